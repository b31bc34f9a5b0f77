/**
 * Versions in real Chromium over its real IndexedDB: save, list, compare, restore (undoable),
 * after a reload, kept on every export, exported with history and imported back into another
 * browser through the file chooser, and a browser whose IndexedDB is broken.
 */
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restoreHistoryText } from "../../src/core/versions/history-file";
import { axeViolations } from "./harness/axe-audit";
import { ARTIFACTS, openStudio } from "./harness/browser";
import { slider, sliderValue, studioSession, waitForStudio } from "./harness/studio-page";
import type { Page } from "playwright-core";

async function saveVersion(page: Page, name: string, note = ""): Promise<void> {
  await page.getByRole("button", { name: "Save version", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Save a version" });
  await dialog.getByLabel("Name").fill(name);
  if (note) await dialog.getByLabel("Note (optional)").fill(note);
  await dialog.getByRole("button", { name: "Save version" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Version “${name}” saved.` })
    .waitFor();
}

/** What is on screen (the dialog over the studio), not the whole page's length. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, "screenshots", `${name}.png`) });
}

async function openVersions(page: Page) {
  await page.getByRole("button", { name: "Versions", exact: true }).click();
  return page.getByRole("dialog", { name: /^Versions of / });
}

describe("a designer keeps versions and compares them", () => {
  const studio = studioSession("/?lang=en");

  it("saves two versions, lists them, compares them and restores one as one undo step", async () => {
    const { page } = studio.current;
    await page.setViewportSize({ width: 1280, height: 720 });
    await slider(page, "Warmth").focus();
    await page.keyboard.press("Home");
    await saveVersion(page, "Cold start");
    await page.keyboard.press("End");
    await slider(page, "Warmth").focus();
    await page.keyboard.press("End");
    await saveVersion(page, "Warm for the client", "What we showed on Monday");
    expect(await sliderValue(page, "Warmth")).toBe(100);

    const dialog = await openVersions(page);
    const list = dialog.getByRole("list", { name: "Saved versions" });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(2);
    expect(await list.getByRole("listitem").first().textContent()).toMatch(
      /^Warm for the client.*Saved by hand · Warmth 0 → 100What we showed on Monday$/,
    );
    await shot(page, "versions-list-1280");

    await dialog.getByRole("checkbox", { name: "Cold start" }).check();
    await dialog.getByRole("checkbox", { name: "Warm for the client" }).check();
    await dialog.getByRole("button", { name: "Compare versions" }).click();
    const changes = dialog.getByRole("region", { name: "Changes" });
    await changes.waitFor();
    expect(await changes.textContent()).toMatch(/Warmth: .+ \(0\) → .+ \(100\)/);
    expect(await changes.locator("ins").count()).toBeGreaterThan(0);
    await changes.scrollIntoViewIfNeeded();
    await shot(page, "versions-diff-1280");
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await shot(page, "versions-diff-1440");
    await page.setViewportSize({ width: 375, height: 812 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await changes.locator("pre").scrollIntoViewIfNeeded();
    await shot(page, "versions-diff-375");
    await page.setViewportSize({ width: 1280, height: 720 });

    await dialog.getByRole("checkbox", { name: "Warm for the client" }).uncheck();
    await dialog.getByRole("button", { name: "Restore" }).click();
    await dialog.getByText("Restored “Cold start”. Undo brings back what you had.").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => sliderValue(page, "Warmth")).toBe(0);
    expect(
      await page
        .getByRole("button", { name: "Versions", exact: true })
        .evaluate((b) => b === document.activeElement),
    ).toBe(true);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    expect(await sliderValue(page, "Warmth")).toBe(100);
  });

  it("finds its versions after a reload, and keeps one on every export", async () => {
    const { page } = studio.current;
    await page.reload();
    await waitForStudio(page);
    await slider(page, "Humor").focus();
    await page.keyboard.press("End");
    await page.getByRole("button", { name: "Export JSON", exact: true }).click();
    const dialog = await openVersions(page);
    const items = dialog.getByRole("list", { name: "Saved versions" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(3);
    expect(await items.first().textContent()).toMatch(
      /\.persona\.json.*Export · Humou?r \d+ → 100/,
    );
    await page.keyboard.press("Escape");
    // The same persona exported again is not a new version.
    await page.getByRole("button", { name: "Export JSON", exact: true }).click();
    const again = await openVersions(page);
    await again.getByRole("list", { name: "Saved versions" }).waitFor();
    await page.waitForTimeout(300);
    expect(await again.getByRole("listitem").count()).toBe(3);
    await page.keyboard.press("Escape");
  });

  it("exports with history and imports it back into another browser through the file chooser", async () => {
    const { page } = studio.current;
    const dialog = await openVersions(page);
    await dialog.getByRole("list", { name: "Saved versions" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Export with history" }).click(),
    ]);
    const file = path.join(tmpdir(), `history-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.history\.json$/);
    const history = restoreHistoryText(await readFile(file, "utf8"));
    expect(history.ok && history.history.versions.map((v) => v.name).slice(0, 2)).toEqual([
      "Cold start",
      "Warm for the client",
    ]);
    await page.keyboard.press("Escape");

    const other = await openStudio();
    try {
      await other.page.goto(other.url("/?lang=en"));
      await waitForStudio(other.page);
      await other.page.getByRole("button", { name: "Import", exact: true }).click();
      await other.page.getByRole("dialog").getByLabel("Choose a file").setInputFiles(file);
      await other.page.getByText(/^\d+ versions added · 0 already there$/).waitFor();
      const list = (await openVersions(other.page)).getByRole("list", { name: "Saved versions" });
      await expect
        .poll(() => list.getByRole("listitem").count())
        .toBe(history.ok ? history.history.versions.length : -1);
      expect(await list.getByRole("checkbox", { name: "Cold start" }).count()).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe("a browser whose IndexedDB is broken", () => {
  it("still keeps the persona, and says versions are unavailable", async () => {
    const session = await openStudio();
    try {
      const { page } = session;
      await page.addInitScript(() => {
        Object.defineProperty(window, "indexedDB", {
          get() {
            throw new DOMException("The user denied permission", "SecurityError");
          },
        });
      });
      await page.goto(session.url("/?lang=en"));
      await waitForStudio(page);
      await slider(page, "Humor").focus();
      await page.keyboard.press("End");
      await page.getByRole("button", { name: "Save version", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Save a version" });
      await dialog.getByLabel("Name").fill("Anything");
      await dialog.getByRole("button", { name: "Save version" }).click();
      await dialog.getByText(/^Versions are unavailable in this browser/).waitFor();
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Export JSON", exact: true }).click();
      await page.reload();
      await waitForStudio(page);
      expect(await sliderValue(page, "Humor")).toBe(100);
      const versions = await openVersions(page);
      await versions.getByText(/^Versions are unavailable in this browser/).waitFor();
    } finally {
      await session.close();
    }
  });
});
