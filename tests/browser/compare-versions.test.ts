/**
 * A/B comparison in real Chromium on the production build: two versions of a persona offline,
 * aligned turn by turn with the meter beside each reply; two models on the project's test
 * server, streaming at once (counted at the server); and the exported comparison opened from
 * disk (file://), with no script. Screenshots: compare-1280, compare-1440, compare-375 and
 * compare-export. The Compare button is mounted in the header for now (see the report).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Locator, Page } from "playwright-core";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { ARTIFACTS } from "./harness/browser";
import { axeViolations } from "./harness/axe-audit";
import { useEndpoint } from "./harness/preview";
import { slider, studioSession } from "./harness/studio-page";

const compareDialog = (page: Page) => page.getByRole("dialog", { name: "Compare two versions" });
const side = (page: Page, name: "A" | "B") =>
  compareDialog(page).getByRole("region", { name: `Version ${name}` });
const list = (page: Page, name: "A" | "B") =>
  compareDialog(page).getByRole("list", { name: `Conversation ${name}`, exact: true });

/** The window as the designer sees it (a full-page capture would stretch the fixed dialog). */
async function shot(page: Page, name: string): Promise<void> {
  await mkdir(path.join(ARTIFACTS, "screenshots"), { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, "screenshots", `${name}.png`) });
}

async function openCompare(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const dialog = compareDialog(page);
  await dialog.waitFor();
  return dialog;
}

async function runBoth(page: Page): Promise<void> {
  const dialog = compareDialog(page);
  await dialog.getByRole("button", { name: "Run both" }).click();
  await dialog.getByRole("button", { name: "Export comparison (HTML)" }).waitFor();
  await expect
    .poll(() => dialog.getByRole("button", { name: "Export comparison (HTML)" }).isEnabled(), {
      timeout: 30_000,
    })
    .toBe(true);
}

/** Each reply's top edge, per side: aligned rows put turn N of A and B at the same height. */
async function replyTops(page: Page, name: "A" | "B"): Promise<number[]> {
  return list(page, name)
    .locator(":scope > li .cp-reply")
    .evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
}

describe("a designer compares two versions of a persona, side by side", () => {
  const studio = studioSession("/?lang=en");
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer({ chunkDelayMs: 15 });
  });
  afterAll(async () => {
    await server.close();
  });

  it("runs the scenario on two versions offline, aligned turn by turn, the meter beside each reply", async () => {
    const { page } = studio.current;
    await page.setViewportSize({ width: 1280, height: 720 });
    // Below 1400 px the library starts folded: unfold it to duplicate a preset.
    await page.getByRole("button", { name: "Show the library" }).click();
    const original = await page.locator('[aria-current="true"]').first().textContent();
    // A second version: the same preset duplicated, its warmth pushed to the top.
    const duplicate = page.getByRole("button", { name: /^Duplicate to edit: / }).first();
    await duplicate.click();
    await slider(page, "Warmth").focus();
    await page.keyboard.press("End");

    const dialog = await openCompare(page);
    const a = side(page, "A").getByLabel("Persona");
    const other = await a.locator("optgroup option").first().getAttribute("value");
    expect(other).toMatch(/^persona:/);
    await a.selectOption(other!);
    expect(await side(page, "B").getByLabel("Persona").inputValue()).toBe("current");
    await runBoth(page);

    const turns = await list(page, "A").locator(":scope > li").count();
    expect(turns).toBeGreaterThan(1);
    expect(await list(page, "B").locator(":scope > li").count()).toBe(turns);
    const summary = await dialog.getByLabel("Targets held").textContent();
    expect(summary).toMatch(
      new RegExp(`^A: \\d+ of ${turns * 9} targets held — B: \\d+ of ${turns * 9}$`),
    );
    expect(await dialog.getByRole("list", { name: /^Style meter, Version [AB]$/ }).count()).toBe(
      turns * 2,
    );
    // Side by side: same row heights, B's column to the right of A's.
    expect(await replyTops(page, "B")).toEqual(await replyTops(page, "A"));
    const [boxA, boxB] = await Promise.all(
      (["A", "B"] as const).map((n) =>
        list(page, n).locator(":scope > li .cp-reply").first().boundingBox(),
      ),
    );
    expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1);
    expect(original).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, "compare-1280");

    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await replyTops(page, "B")).toEqual(await replyTops(page, "A"));
    await shot(page, "compare-1440");

    // 375 px: one column, each turn's user message, A's reply, then B's; no horizontal scroll.
    await page.setViewportSize({ width: 375, height: 812 });
    const [narrowA, narrowB] = await Promise.all(
      (["A", "B"] as const).map((n) =>
        list(page, n).locator(":scope > li .cp-reply").first().boundingBox(),
      ),
    );
    expect(narrowB!.y).toBeGreaterThanOrEqual(narrowA!.y + narrowA!.height);
    expect(
      await dialog
        .locator(".cm-dialog-body")
        .evaluate((body) => body.scrollWidth <= body.clientWidth),
    ).toBe(true);
    await list(page, "A").locator(":scope > li").first().scrollIntoViewIfNeeded();
    await shot(page, "compare-375");
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("exports the comparison, which opens from disk with no script and reads as a page", async () => {
    const { page, context } = studio.current;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      compareDialog(page).getByRole("button", { name: "Export comparison (HTML)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^comparison-.+\.html$/);
    const dir = path.join(ARTIFACTS, "compare");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(await readFile(file, "utf8")).not.toMatch(/<script/i);

    const tab = await context.newPage();
    await tab.setViewportSize({ width: 1280, height: 720 });
    await tab.goto(pathToFileURL(file).href);
    expect(await tab.locator("script").count()).toBe(0);
    expect(await tab.getByRole("heading", { level: 2 }).allTextContents()).toEqual([
      "Settings",
      "Prompt: A against B",
      "Conversation",
    ]);
    expect(await tab.locator(".summary").textContent()).toMatch(/^A: \d+ of \d+ targets held/);
    // The warmth moved between the versions: the settings say so, and so does the prompt diff.
    expect(await tab.getByRole("row", { name: /^Warmth/ }).textContent()).toMatch(/\(100\)/);
    expect(await tab.locator("pre ins").count()).toBeGreaterThan(0);
    await tab.screenshot({
      path: path.join(ARTIFACTS, "screenshots", "compare-export.png"),
      fullPage: true,
    });
    await tab.close();

    const [markdown] = await Promise.all([
      page.waitForEvent("download"),
      compareDialog(page).getByRole("button", { name: "Export comparison (Markdown)" }).click(),
    ]);
    expect(markdown.suggestedFilename()).toMatch(/^comparison-.+\.md$/);
    await page.keyboard.press("Escape");
    await compareDialog(page).waitFor({ state: "detached" });
  });

  it("runs two models on the test server at once, each chained on its own replies", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { model: "model-a" });
    server.reset();
    server.setMode({ kind: "echo", chunkDelayMs: 25 });
    server.setScript((request) => {
      const body = request.body as { model: string; messages: { role: string }[] };
      const replies = body.messages.filter((m) => m.role === "assistant").length;
      return `${body.model} answers turn ${replies + 1} with a few words more to stream slowly enough.`;
    });
    await openCompare(page);
    for (const name of ["A", "B"] as const)
      await side(page, name).getByLabel("Target").selectOption("endpoint");
    const model = side(page, "B").getByLabel("Model");
    expect(await model.inputValue()).toBe("model-a");
    await model.fill("model-b");
    await runBoth(page);

    const turns = await list(page, "A").locator(":scope > li").count();
    const chats = server.requests.filter((r) => r.method === "POST");
    const byModel = (m: string) => chats.filter((r) => (r.body as { model: string }).model === m);
    expect(byModel("model-a")).toHaveLength(turns);
    expect(byModel("model-b")).toHaveLength(turns);
    // Streaming at once: both sides had a request open at the same time.
    expect(server.maxInFlight()).toBeGreaterThanOrEqual(2);
    // Each side's history holds its own replies only.
    const last = byModel("model-b").at(-1)!.body as {
      messages: { role: string; content: string }[];
    };
    const own = last.messages.filter((m) => m.role === "assistant").map((m) => m.content);
    expect(own.every((text) => text.startsWith("model-b answers"))).toBe(true);
    expect(await list(page, "B").locator(":scope > li").last().textContent()).toContain(
      `model-b answers turn ${turns}`,
    );
    expect(await list(page, "A").locator(":scope > li").last().textContent()).toContain(
      `model-a answers turn ${turns}`,
    );
    server.setScript(undefined);
  });
});
