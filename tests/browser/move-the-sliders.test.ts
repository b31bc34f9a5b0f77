import { describe, expect, it } from "vitest";
import { CATALOG } from "../../src/core/persona/catalog";
import { bandIndex } from "../../src/core/persona/bands";
import { DIMENSION_IDS } from "../../src/core/persona/schema";
import { openTab, promptText, slider, sliderValue, studioSession } from "./harness/studio-page";

describe("a designer moves the sliders", () => {
  const studio = studioSession("/?lang=en");

  it.each(DIMENSION_IDS.map((id) => [CATALOG[id].label.en, id] as const))(
    "%s: the keyboard crosses a band and the band and the prompt change",
    async (name, id) => {
      const { page } = studio.current;
      const thumb = slider(page, name);
      await thumb.focus();
      await page.keyboard.press("Home");
      expect(await sliderValue(page, name)).toBe(0);
      const atZero = await promptText(page);
      expect(await thumb.getAttribute("aria-valuetext")).toContain(CATALOG[id].bands[0].name.en);
      await page.keyboard.press("ArrowRight");
      expect(await sliderValue(page, name)).toBe(1);
      expect(await promptText(page)).toBe(atZero); // same band, same prompt
      await page.keyboard.press("PageUp"); // +10
      await page.keyboard.press("PageUp");
      expect(await sliderValue(page, name)).toBe(21);
      expect(bandIndex(21)).toBe(1);
      expect(await thumb.getAttribute("aria-valuetext")).toContain(CATALOG[id].bands[1].name.en);
      expect(await promptText(page)).not.toBe(atZero);
      await page.keyboard.press("End");
      expect(await sliderValue(page, name)).toBe(100);
      expect(await thumb.getAttribute("aria-valuetext")).toContain(CATALOG[id].bands[4].name.en);
    },
  );

  it.each(DIMENSION_IDS.map((id) => [CATALOG[id].label.en, id] as const))(
    "%s: the mouse drags the thumb, and the drag is one undo step",
    async (name, id) => {
      const { page } = studio.current;
      const thumb = slider(page, name);
      await thumb.focus();
      await page.keyboard.press("End");
      const before = await promptText(page);
      // The slider is a native range: its box is the track, and at 100 its 24 px thumb
      // sits at the right end.
      const box = await thumb.boundingBox();
      expect(box).toBeTruthy();
      const y = box!.y + box!.height / 2;
      await page.mouse.move(box!.x + box!.width - 12, y);
      await page.mouse.down();
      for (const fraction of [0.8, 0.6, 0.4, 0.2, 0.1]) {
        await page.mouse.move(box!.x + box!.width * fraction, y, { steps: 3 });
      }
      await page.mouse.up();
      const dragged = await sliderValue(page, name);
      expect(dragged).toBeLessThan(20);
      expect(await thumb.getAttribute("aria-valuetext")).toContain(
        CATALOG[id].bands[bandIndex(dragged)].name.en,
      );
      expect(await promptText(page)).not.toBe(before);
      await page.getByRole("button", { name: "Undo", exact: true }).click();
      expect(await sliderValue(page, name)).toBe(100);
      expect(await promptText(page)).toBe(before);
      await page.getByRole("button", { name: "Redo", exact: true }).click();
      expect(await sliderValue(page, name)).toBe(dragged);
    },
  );

  it("warns when a slider contradicts the address form, and the warning goes when the slider comes back", async () => {
    const { page } = studio.current;
    const clash = page
      .getByRole("listitem")
      .filter({ hasText: "formal-address-with-intimate-register" });
    await page.getByRole("radio", { name: /^Formal/ }).check();
    const thumb = slider(page, "Register");
    await thumb.focus();
    await page.keyboard.press("Home");
    // The prompt's warnings are in the Prompt tab, beside the sliders.
    await openTab(page, "Prompt");
    await expect.poll(() => clash.count()).toBe(1);
    expect(await clash.textContent()).toContain("Formal address clashes with an intimate register");
    await thumb.focus();
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    expect(await sliderValue(page, "Register")).toBe(20);
    await expect.poll(() => clash.count()).toBe(0);
    await openTab(page, "Conversation");
  });

  it("undoes and redoes with the keyboard shortcuts", async () => {
    const { page } = studio.current;
    const thumb = slider(page, "Warmth");
    await thumb.focus();
    await page.keyboard.press("Home");
    // Key steps on one slider less than a second apart are one undo step: pause between them.
    await page.waitForTimeout(1_200);
    await page.keyboard.press("PageUp");
    await page.waitForTimeout(1_200);
    await page.keyboard.press("PageUp");
    expect(await sliderValue(page, "Warmth")).toBe(20);
    await page.keyboard.press("Control+z");
    expect(await sliderValue(page, "Warmth")).toBe(10);
    await page.keyboard.press("Control+z");
    expect(await sliderValue(page, "Warmth")).toBe(0);
    await page.keyboard.press("Control+Shift+z");
    expect(await sliderValue(page, "Warmth")).toBe(10);
    await studio.current.screenshot("sliders-moved");
  });
});
