import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restorePersonaText } from "../../src/core/persona/restore";
import {
  promptText,
  slider,
  sliderValue,
  studioSession,
  waitForStudio,
} from "./harness/studio-page";

describe("a designer keeps, exports and re-imports their work", () => {
  const studio = studioSession("/?lang=en");

  it("finds the work again after a reload", async () => {
    const { page } = studio.current;
    await slider(page, "Humor").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("ArrowRight");
    const prompt = await promptText(page);
    await page.reload();
    await waitForStudio(page);
    expect(await sliderValue(page, "Humor")).toBe(11);
    expect(await promptText(page)).toBe(prompt);
  });

  it("exports the persona file, then imports it back as a new persona", async () => {
    const { page } = studio.current;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export JSON", exact: true }).click(),
    ]);
    const file = path.join(tmpdir(), `export-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.persona\.json$/);
    const exported = restorePersonaText(await readFile(file, "utf8"));
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.persona.voice.humor).toBe(11);

    const prompt = await promptText(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Choose a file").setInputFiles(file);
    // The import opens as a new persona: same settings, so the same prompt, under a new id.
    await page
      .getByRole("status")
      .filter({ hasText: /import/i })
      .first()
      .waitFor();
    expect(await promptText(page)).toBe(prompt);
    expect(await page.locator('[aria-current="true"]').count()).toBe(1);
    await studio.current.screenshot("after-import");
  });

  it("shows every problem of an invalid file and changes nothing", async () => {
    const { page } = studio.current;
    const before = await promptText(page);
    const humor = await sliderValue(page, "Humor");
    const bad = path.join(tmpdir(), `bad-${Date.now()}.json`);
    await writeFile(
      bad,
      JSON.stringify({
        format: "psydesign.persona",
        schemaVersion: 1,
        voice: { warmth: "high" },
        colour: 1,
      }),
    );
    if (!(await page.getByRole("dialog").isVisible())) {
      await page.getByRole("button", { name: "Import", exact: true }).click();
    }
    await page.getByRole("dialog").getByLabel("Choose a file").setInputFiles(bad);
    const alert = page.getByRole("alert").filter({ hasText: "voice.warmth" });
    await alert.waitFor();
    const text = await alert.textContent();
    for (const fragment of [
      "voice.warmth",
      "expected an integer from 0 to 100",
      "colour",
      "identity",
    ]) {
      expect(text).toContain(fragment);
    }
    await studio.current.screenshot("invalid-import");
    await page.keyboard.press("Escape");
    expect(await promptText(page)).toBe(before);
    expect(await sliderValue(page, "Humor")).toBe(humor);
  });
});
