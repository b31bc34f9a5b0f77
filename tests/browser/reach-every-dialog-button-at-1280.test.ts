/**
 * A laptop's 1280×720 window: every dialog fits, its body scrolls, and the buttons that
 * close it or act on it stay in view without scrolling, however long the body.
 */
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFeedback, serializeFeedback } from "../../src/core/review/feedback";
import { openStudio, type Session } from "./harness/browser";
import { preset, reviewPath } from "./harness/review";
import { preview } from "./harness/preview";
import { waitForStudio } from "./harness/studio-page";

const WINDOW = { width: 1280, height: 720 };

/** Inside the window and not covered or clipped: the element itself is hit at its centre. */
async function inView(control: Locator): Promise<boolean> {
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (
      box.width === 0 ||
      box.top < 0 ||
      box.left < 0 ||
      box.bottom > window.innerHeight ||
      box.right > window.innerWidth
    )
      return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
}

/** Scrolls the dialog, and everything that scrolls inside it, to its end. */
async function scrollToEnd(dialog: Locator): Promise<void> {
  await dialog.evaluate((element) => {
    for (const box of [element, ...element.querySelectorAll("*")]) {
      if (box.scrollHeight > box.clientHeight) box.scrollTop = box.scrollHeight;
    }
  });
}

/**
 * The controls of `dialog` named here that are out of view, as "role name", when it opens
 * and again once its content is scrolled to the end (empty when all are always in view).
 */
async function outOfView(
  dialog: Locator,
  controls: readonly [role: "button" | "link", name: string][],
): Promise<string[]> {
  await dialog.waitFor();
  const missing = new Set<string>();
  for (const moment of ["open", "scrolled"]) {
    if (moment === "scrolled") await scrollToEnd(dialog);
    for (const [role, name] of controls) {
      if (!(await inView(dialog.getByRole(role, { name, exact: true }))))
        missing.add(`${role} ${name} (${moment})`);
    }
  }
  return [...missing];
}

async function chooseExport(page: Page, item: string): Promise<void> {
  await page.getByRole("button", { name: /^Export as/ }).click();
  await page.getByRole("menuitem", { name: item, exact: true }).click();
}

/** A client's feedback long enough to overflow any window: twenty rated replies, each with a comment. */
async function longFeedbackFile(): Promise<string> {
  const persona = preset("tech-support.json");
  const ratings = Array.from({ length: 20 }, (_, i) => ({
    user: `Question ${i + 1}: my account is locked and the reset link does not arrive.`,
    reply: `Reply ${i + 1}: ${"Let us check the address the link is sent to, then your spam folder. ".repeat(3)}`,
    rating: i % 2 === 0 ? ("up" as const) : ("down" as const),
    comment: `Comment ${i + 1}: fine, but shorter please.`,
  }));
  const feedback = createFeedback({
    persona,
    runsOn: { kind: "rehearsal" },
    ratings,
    createdAt: "2025-03-01T10:15:00Z",
  });
  const file = path.join(tmpdir(), `${Date.now()}-long.feedback.json`);
  await writeFile(file, serializeFeedback(feedback));
  return file;
}

describe("at 1280×720, a designer reaches every dialog's buttons without scrolling", () => {
  let session: Session;
  beforeAll(async () => {
    session = await openStudio(WINDOW);
    await session.page.goto(session.url("/?lang=en"));
    await waitForStudio(session.page);
  });
  afterAll(async () => {
    await session?.close();
  });
  // A dialog a failed check left open must not cover the next test's buttons.
  afterEach(async () => {
    const dialog = session.page.getByRole("dialog");
    if ((await dialog.count()) > 0) {
      await session.page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
    }
  });

  it("in the Import dialog", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Import a persona" });
    expect(
      await outOfView(dialog, [
        ["button", "Close"],
        ["button", "Import"],
      ]),
    ).toEqual([]);
    await session.screenshot("dialog-1280-import");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("in the preview settings, with every endpoint field shown", async () => {
    const { page } = session;
    await preview(page).getByRole("button", { name: "Settings" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.getByLabel("OpenAI-compatible endpoint").check();
    expect(
      await outOfView(dialog, [
        ["button", "Cancel"],
        ["button", "Save"],
      ]),
    ).toEqual([]);
    await session.screenshot("dialog-1280-settings");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
  });

  it("in the API code dialog", async () => {
    const { page } = session;
    await chooseExport(page, "API code: curl, JavaScript, Python…");
    const dialog = page.getByRole("dialog", { name: "Call the persona from code" });
    await dialog.getByRole("tab", { name: "Request body" }).click();
    expect(
      await outOfView(dialog, [
        ["button", "Close"],
        ["button", "Copy"],
        ["button", "Download"],
      ]),
    ).toEqual([]);
    await session.screenshot("dialog-1280-snippets");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("in the Share for review dialog", async () => {
    const { page } = session;
    await chooseExport(page, "Share for review…");
    const dialog = page.getByRole("dialog", { name: "Share for review" });
    expect(
      await outOfView(dialog, [
        ["button", "Close"],
        ["button", "Copy"],
        ["link", "Open the review page"],
      ]),
    ).toEqual([]);
    await session.screenshot("dialog-1280-share");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("in a long client feedback, whose body scrolls", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .getByRole("dialog")
      .getByLabel("Choose a file")
      .setInputFiles(await longFeedbackFile());
    const dialog = page.getByRole("dialog", { name: /^Client feedback on/ });
    expect(await outOfView(dialog, [["button", "Close"]])).toEqual([]);
    const box = await dialog.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= WINDOW.height).toBe(true);
    await session.screenshot("dialog-1280-feedback");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  });

  it("in the review page's model settings", async () => {
    const { page } = session;
    await page.goto(session.url(reviewPath(preset("tech-support.json"))));
    await page.getByRole("button", { name: "Connect your own model" }).click();
    const dialog = page.getByRole("dialog", { name: "Settings" });
    await dialog.getByLabel("OpenAI-compatible endpoint").check();
    expect(
      await outOfView(dialog, [
        ["button", "Cancel"],
        ["button", "Save"],
      ]),
    ).toEqual([]);
    await session.screenshot("dialog-1280-review-settings");
  });
});
