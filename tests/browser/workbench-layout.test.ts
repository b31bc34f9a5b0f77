/**
 * The workbench's first screen: the voice sliders and the live conversation side by side,
 * in view without scrolling, the prompt and the tests one tab away, the identity a tab of
 * the editor's column; one row of tabs on a phone; notices as toasts that leave the header
 * alone.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { openStudio, type Session } from "./harness/browser";
import { slider, sliderValue, waitForStudio } from "./harness/studio-page";
import { conversation } from "./harness/preview";

/** The element's box lies wholly inside the window. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

/** How many pixels of the element's height show inside the window and inside `clip` (its scroller). */
async function shownHeight(page: Page, locator: Locator, clip: Locator): Promise<number> {
  const [box, area] = [await locator.boundingBox(), await clip.boundingBox()];
  if (!box || !area) return 0;
  const top = Math.max(box.y, area.y, 0);
  const bottom = Math.min(box.y + box.height, area.y + area.height, page.viewportSize()!.height);
  return Math.max(0, bottom - top);
}

/** The last reply of the replayed scenario, once painted (the list scrolls to it). */
async function lastReply(page: Page): Promise<Locator> {
  const turns = conversation(page).getByRole("listitem");
  await expect.poll(() => turns.count()).toBeGreaterThan(2);
  const reply = turns.last();
  await reply.getByText(/\w{3}/).first().waitFor();
  return reply;
}

const pageScroll = (page: Page) =>
  page.evaluate(() => ({
    overflowX: document.documentElement.scrollWidth - window.innerWidth,
    scrollY: window.scrollY,
  }));

describe("the workbench's first screen", () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it.each([
    [1280, 720],
    [1440, 900],
  ])("at %i×%i: sliders and conversation both in view, replayed live", async (width, height) => {
    session = await openStudio({ width, height });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const reply = await lastReply(page);
    expect(await inView(page, slider(page, "Warmth"))).toBe(true);
    expect(await inView(page, slider(page, "Humor"))).toBe(true);
    expect(await inView(page, conversation(page))).toBe(true);
    // Replies show in the list, a few lines of them at least (scrolled wherever it is).
    const replies = conversation(page).getByRole("listitem").filter({ hasText: /Done/ });
    let shown = 0;
    for (const item of await replies.all())
      shown += await shownHeight(page, item, conversation(page));
    expect(shown).toBeGreaterThan(60);
    expect(
      await page.getByRole("switch", { name: "Live replay" }).getAttribute("aria-checked"),
    ).toBe("true");
    // The page itself does not scroll: each column does.
    expect(await pageScroll(page)).toEqual({ overflowX: 0, scrollY: 0 });
    const outer = await page.evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(outer).toBeLessThanOrEqual(0);

    // The meter's line under each reply and the summary below the list arrive after the
    // replies: the list still ends on the newest reply, whole, and the composer stays in view.
    await reply.getByText(/on target|drifts?\b/).waitFor();
    await page.getByRole("region", { name: "Across the conversation" }).waitFor();
    await expect
      .poll(async () => {
        const box = await reply.boundingBox();
        return box
          ? Math.round(box.height - (await shownHeight(page, reply, conversation(page))))
          : -1;
      })
      .toBe(0);
    await session.screenshot(`workbench-${width}`);
    expect(await inView(page, page.getByRole("button", { name: "Send" }))).toBe(true);
    expect(await inView(page, page.getByRole("button", { name: "Clear" }))).toBe(true);
    expect((await conversation(page).boundingBox())!.height).toBeGreaterThan(240);

    // Scrolled up, the list stays where the reader is while a slider step re-runs it
    // (Live replay with the rehearsal, at once).
    await conversation(page).hover();
    await page.mouse.wheel(0, -5000);
    await expect.poll(() => conversation(page).evaluate((el) => el.scrollTop)).toBe(0);
    const before = await reply.textContent();
    await slider(page, "Warmth").focus();
    await page.keyboard.press("End");
    await expect
      .poll(async () => conversation(page).getByRole("listitem").last().textContent())
      .not.toBe(before);
    expect(await conversation(page).evaluate((el) => el.scrollTop)).toBeLessThan(40);
  });

  it("keeps an earlier reply in place when the reader opens its details at the end of the list", async () => {
    session = await openStudio({ width: 1440, height: 900 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const reply = await lastReply(page);
    await reply.getByText(/on target|drifts?\b/).waitFor();
    await page.getByRole("region", { name: "Across the conversation" }).waitFor();
    const replies = conversation(page).getByRole("listitem").filter({ hasText: /Done/ });
    const earlier = replies.nth((await replies.count()) - 2);
    const details = earlier.getByRole("button", { name: "Details" });
    // The list is at its end, following, with the earlier reply's button in sight.
    await expect
      .poll(() =>
        conversation(page).evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight),
      )
      .toBeLessThan(2);
    expect(await shownHeight(page, details, conversation(page))).toBeGreaterThan(10);
    const before = (await earlier.boundingBox())!;
    await details.click();
    await expect
      .poll(async () => (await earlier.boundingBox())!.height)
      .toBeGreaterThan(before.height + 40);
    // Still where it was: the list did not run off to its end as the reply grew.
    expect(Math.abs((await earlier.boundingBox())!.y - before.y)).toBeLessThan(2);
  });

  it("keeps the prompt, the identity and the tests one click away, with arrow keys between tabs", async () => {
    session = await openStudio({ width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const output = page.getByRole("tablist", { name: "Output" });
    await output.getByRole("tab", { name: "Conversation" }).focus();
    await page.keyboard.press("ArrowRight");
    // Polled: under load the tab's selection can commit a moment after the key.
    await expect
      .poll(() => output.getByRole("tab", { name: "Prompt" }).getAttribute("aria-selected"))
      .toBe("true");
    const promptText = page.getByRole("region", { name: "Prompt text" });
    await promptText.waitFor();
    expect(await inView(page, page.getByRole("button", { name: "Copy prompt" }))).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page
      .getByRole("region", { name: "Tests" })
      .getByRole("button", { name: "Run tests" })
      .waitFor();
    await page.keyboard.press("Home");
    await conversation(page).waitFor();

    const editor = page.getByRole("tablist", { name: "Editor sections" });
    await editor.getByRole("tab", { name: "Voice" }).focus();
    await page.keyboard.press("ArrowRight");
    const name = page.getByRole("textbox", { name: "Assistant name" });
    await name.waitFor();
    expect(await inView(page, name)).toBe(true);
    expect(await slider(page, "Warmth").count()).toBe(0);
    await page.keyboard.press("ArrowLeft");
    await slider(page, "Warmth").waitFor();
  });

  it("starts with the library folded at 1280 px, and unfolds it from the keyboard", async () => {
    session = await openStudio({ width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const folded = await page.getByRole("main").boundingBox();
    const show = page.getByRole("button", { name: "Show the library" });
    expect(await show.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("searchbox").count()).toBe(0);
    await show.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("searchbox").waitFor();
    const hide = page.getByRole("button", { name: "Hide the library" });
    expect(await hide.getAttribute("aria-expanded")).toBe("true");
    const unfolded = await page.getByRole("main").boundingBox();
    expect(folded!.width).toBeGreaterThan(unfolded!.width + 50);
    // Both columns keep their room: the sliders and the conversation stay in view.
    expect(await inView(page, slider(page, "Warmth"))).toBe(true);
    expect(await inView(page, conversation(page))).toBe(true);
    await session.screenshot("workbench-1280-library");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("searchbox").count()).toBe(0);
  });

  it("at 375×812: one row of tabs switches Voice, Conversation and Prompt, never sideways", async () => {
    session = await openStudio({ width: 375, height: 812 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const views = page.getByRole("tablist", { name: "Views" });
    expect(await pageScroll(page)).toMatchObject({ overflowX: expect.any(Number) });
    expect((await pageScroll(page)).overflowX).toBeLessThanOrEqual(0);
    expect(await inView(page, slider(page, "Warmth"))).toBe(true);
    // One row, every tab whole on screen; the header leaves the phone most of its height.
    const tops = new Set<number>();
    for (const tab of await views.getByRole("tab").all()) {
      expect(await inView(page, tab)).toBe(true);
      tops.add(Math.round((await tab.boundingBox())!.y));
    }
    expect(tops.size).toBe(1);
    expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(812 * 0.25);
    await session.screenshot("workbench-375");

    await views.getByRole("tab", { name: "Conversation" }).click();
    const list = page
      .getByRole("region", { name: "Preview" })
      .getByRole("list", { name: "Conversation" });
    await list.getByRole("listitem").nth(1).getByText(/\w{3}/).first().waitFor();
    expect(await slider(page, "Warmth").count()).toBe(0);
    expect((await pageScroll(page)).overflowX).toBeLessThanOrEqual(0);
    await session.screenshot("workbench-375-conversation");

    await views.getByRole("tab", { name: "Prompt" }).click();
    await page.getByRole("region", { name: "Prompt text" }).waitFor();
    expect((await pageScroll(page)).overflowX).toBeLessThanOrEqual(0);
    await views.getByRole("tab", { name: "Tests" }).click();
    await page.getByRole("button", { name: "Run tests" }).waitFor();
    expect((await pageScroll(page)).overflowX).toBeLessThanOrEqual(0);
  });

  it("in French at 1280×720 too", async () => {
    session = await openStudio({ width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.url("/?lang=fr"));
    await waitForStudio(page);
    const list = page
      .getByRole("complementary", { name: "Aperçu" })
      .getByRole("list", { name: "Conversation" });
    await list.getByRole("listitem").nth(1).getByText(/\w{3}/).first().waitFor();
    await session.screenshot("workbench-1280-fr");
    expect(await inView(page, slider(page, "Chaleur"))).toBe(true);
    expect(await inView(page, list)).toBe(true);
    const replies = list.getByRole("listitem").filter({ hasText: /Terminé/ });
    let shown = 0;
    for (const item of await replies.all()) shown += await shownHeight(page, item, list);
    expect(shown).toBeGreaterThan(60);
    expect(
      await page.getByRole("tablist", { name: "Résultat" }).getByRole("tab").allTextContents(),
    ).toEqual(["Conversation", "Prompt", "Tests"]);
    // The longer French buttons leave the name its first word, whole (not "Ps…"), and
    // screen readers the whole name.
    const title = page.getByRole("heading", { level: 1, name: "Psydesign Studio" });
    expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
    expect((await title.boundingBox())!.width).toBeGreaterThan(80);
  });

  it("shows a notice as a toast: the header keeps its height and one line", async () => {
    session = await openStudio({ width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const header = page.getByRole("banner");
    const before = await header.boundingBox();
    // The three version controls fit beside the others without wrapping.
    expect(
      await header.getByRole("group", { name: "Versions" }).getByRole("button").allTextContents(),
    ).toEqual(["Save version", "Versions", "Compare"]);
    const tops: number[] = await header
      .getByRole("button")
      .evaluateAll((buttons) => [
        ...new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))),
      ]);
    // One line: every control's top within a few pixels of the others'.
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    // Nothing overlaps: the title gives way (cut short) before the persona actions.
    const brand = await header.locator(".sh-brand").boundingBox();
    const actions = await header.getByRole("group", { name: "Persona actions" }).boundingBox();
    expect(brand!.x + brand!.width).toBeLessThanOrEqual(actions!.x);
    const overflow = await header.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /^Export as/ }).click();
    await page.getByRole("menuitem", { name: /Markdown/ }).click();
    await download;
    const toast = page.getByRole("status").filter({ hasText: /Saved/ });
    await toast.waitFor();
    expect(await inView(page, toast)).toBe(true);
    expect((await header.boundingBox())!.height).toBe(before!.height);
    expect(await inView(page, slider(page, "Warmth"))).toBe(true);
    await session.screenshot("workbench-toast-1280");
    await toast.getByRole("button", { name: "Dismiss" }).click();
    expect((await header.boundingBox())!.height).toBe(before!.height);

    // Left alone, the next one goes by itself and uncovers the composer.
    await page.getByRole("button", { name: /^Export as/ }).click();
    await page.getByRole("menuitem", { name: /Markdown/ }).click();
    await toast.getByText(/Saved/).waitFor();
    await page.mouse.move(300, 400);
    await toast.getByText(/Saved/).waitFor({ state: "detached", timeout: 12_000 });
    const composer = page.getByRole("textbox", { name: "Message", exact: true });
    expect(await inView(page, composer)).toBe(true);
  });
});

describe("undo after a burst of key steps on one slider", () => {
  let session: Session;
  afterEach(async () => {
    await session.close();
  });

  it("takes the whole burst back in one step, and a later burst in another", async () => {
    session = await openStudio({ width: 1280, height: 720 });
    const { page } = session;
    await page.goto(session.url("/?lang=en"));
    await waitForStudio(page);
    const start = await sliderValue(page, "Warmth");
    await slider(page, "Warmth").focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    expect(await sliderValue(page, "Warmth")).toBe(start + 5);
    await page.waitForTimeout(1300);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(await sliderValue(page, "Warmth")).toBe(start + 8);
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await sliderValue(page, "Warmth")).toBe(start + 5);
    await page.getByRole("button", { name: "Undo" }).click();
    expect(await sliderValue(page, "Warmth")).toBe(start);
    await page.getByRole("button", { name: "Redo" }).click();
    expect(await sliderValue(page, "Warmth")).toBe(start + 5);
  });
});
