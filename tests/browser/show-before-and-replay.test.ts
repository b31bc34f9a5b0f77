import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import path from "node:path";
import { ARTIFACTS } from "./harness/browser";
import { openTab, slider, studioSession } from "./harness/studio-page";
import { conversation, preview, send } from "./harness/preview";

/** Every turn of the conversation finished (none queued or being written). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        conversation(page)
          .locator(".pv-turn-queued, .pv-turn-streaming")
          .count()
          .then(async (busy) => busy === 0 && (await conversation(page).locator("li").count()) > 0),
      { timeout: 15_000 },
    )
    .toBe(true);
}

async function liveOn(page: Page, on: boolean): Promise<void> {
  const live = preview(page).getByRole("switch", { name: "Live replay" });
  if ((await live.getAttribute("aria-checked")) !== String(on)) await live.click();
}

/** Moves a slider to its far end from where it is; returns [before, after]. */
async function moveToFarEnd(page: Page, name: string): Promise<[number, number]> {
  const thumb = slider(page, name);
  const before = Number(await thumb.inputValue());
  await thumb.focus();
  await page.keyboard.press(before > 50 ? "Home" : "End");
  const after = Number(await thumb.inputValue());
  return [before, after];
}

/** The viewport as a person sees it, with the opened "before" in view. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, "screenshots", `${name}.png`) });
}

async function showBeforeAfterSliderMove(page: Page): Promise<{ cause: string }> {
  // At 375 px the sliders and the conversation are tabs of one list; wider, two columns.
  await openTab(page, "Conversation");
  await preview(page).getByRole("list", { name: "Conversation" }).waitFor();
  await liveOn(page, true);
  await settled(page);
  await openTab(page, "Voice");
  const [before, after] = await moveToFarEnd(page, "Register");
  await openTab(page, "Conversation");
  await settled(page);
  await conversation(page).getByRole("button", { name: "Show before" }).first().waitFor();
  // Located by its place: once open, the button is named "Hide before".
  const index = await conversation(page)
    .locator(".pv-turn-assistant")
    .evaluateAll((replies) => replies.findIndex((li) => li.querySelector(".pv-before-toggle")));
  const reply = conversation(page).locator(".pv-turn-assistant").nth(index);
  await reply.getByRole("button", { name: "Show before" }).click();
  const hide = reply.getByRole("button", { name: "Hide before" });
  expect(await hide.getAttribute("aria-expanded")).toBe("true");
  const region = reply.getByRole("region", { name: "The reply before the change" });
  const cause = region.locator(".pv-before-cause");
  await expect.poll(() => cause.textContent()).toBe(`Changed since: Register ${before} → ${after}`);
  // Insertions and deletions, each also named in words for a screen reader.
  const marks = region.locator("ins, del");
  expect(await marks.count()).toBeGreaterThan(0);
  expect(
    await region.locator("ins .cm-visually-hidden, del .cm-visually-hidden").first().textContent(),
  ).toMatch(/^\[(added|removed): $/);
  await region.scrollIntoViewIfNeeded();
  return { cause: (await cause.textContent()) ?? "" };
}

describe("a designer moves a slider and sees what each reply said before", () => {
  const studio = studioSession("/?lang=en");

  it("shows Show before with the word diff and the change that caused it (1440×900)", async () => {
    const { page } = studio.current;
    const { cause } = await showBeforeAfterSliderMove(page);
    expect(cause).toMatch(/^Changed since: Register \d+ → \d+$/);
    await shoot(page, "before-after-1440");
  });

  it("replays a hand-typed conversation with its own messages, not the scenario", async () => {
    const { page } = studio.current;
    await liveOn(page, false);
    await preview(page).getByRole("button", { name: "Clear" }).click();
    await send(page, "My parcel never arrived.");
    await settled(page);
    await send(page, "Can I get a refund?");
    await settled(page);
    const typed = ["My parcel never arrived.", "Can I get a refund?"];
    const userTurns = () => conversation(page).locator(".pv-turn-user .pv-text").allTextContents();
    expect(await userTurns()).toEqual(typed);
    const replies = () =>
      conversation(page).locator(".pv-turn-assistant .pv-text").allTextContents();
    const first = await replies();

    await liveOn(page, true);
    await settled(page);
    expect(await userTurns()).toEqual(typed);
    await moveToFarEnd(page, "Warmth");
    await moveToFarEnd(page, "Register");
    await settled(page);
    expect(await userTurns()).toEqual(typed);
    expect(await conversation(page).getByRole("listitem").count()).toBe(4);
    // Re-run with the new settings, not left as they were.
    expect(await replies()).not.toEqual(first);
    expect(
      await conversation(page).getByRole("button", { name: "Show before" }).count(),
    ).toBeGreaterThan(0);
  });

  it("says the meter in one line, the chips with their targets on demand", async () => {
    const { page } = studio.current;
    const reply = conversation(page).locator(".pv-turn-assistant").first();
    const line = reply.locator(".pv-meter-line");
    await line.waitFor();
    expect(await line.textContent()).toMatch(/^(✓ on target|✗ \d+ drifts?: .+) Details$/);
    const details = reply.getByRole("button", { name: "Details" });
    await details.focus();
    await page.keyboard.press("Enter");
    expect(await details.getAttribute("aria-expanded")).toBe("true");
    const chips = reply.locator(".pv-meter-cells button");
    expect(await chips.count()).toBeGreaterThan(3);
    for (const chip of await chips.allTextContents()) expect(chip).toMatch(/ · target /);
  });
});

describe.each([
  { width: 1280, height: 720 },
  { width: 375, height: 812 },
])("Show before at $width×$height", ({ width, height }) => {
  const studio = studioSession("/?lang=en", { width, height });

  it("shows the diff and its cause", async () => {
    const { page } = studio.current;
    const { cause } = await showBeforeAfterSliderMove(page);
    expect(cause).toMatch(/^Changed since: Register \d+ → \d+$/);
    const box = await conversation(page).locator(".pv-before").first().boundingBox();
    expect(box).not.toBeNull();
    // No horizontal scroll: the before fits the width.
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await shoot(page, `before-after-${width}`);
  });
});
