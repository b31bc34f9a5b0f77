/**
 * A designer runs the persona tests: offline, then on two models of an OpenAI-compatible
 * endpoint (the project's test server), cancels a slow run, re-runs what failed, and sends
 * the HTML report. The persona is a French preset ("vous") with the studio in English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Locator, Page } from "playwright-core";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import type { ChatMessage } from "../../src/core/conversation";
import { startLlmServer, type LlmServer, type RecordedRequest } from "../llm-server/server";
import { ARTIFACTS } from "./harness/browser";
import { useEndpoint } from "./harness/preview";
import { preset } from "./harness/review";
import { openTab, studioSession, waitForStudio } from "./harness/studio-page";

const PERSONA = preset("banque-conseil.json");
const TU = "Salut ! Je te réponds tout de suite, t’inquiète, tu vas voir c’est simple.";

const chats = (server: LlmServer): RecordedRequest[] =>
  server.requests.filter((r) => r.method === "POST");
const bodyOf = (request: RecordedRequest) =>
  request.body as { model: string; messages: { role: string; content: string }[] };

/** What the offline rehearsal would say: a reply that keeps the persona's voice. */
const inVoice = (request: RecordedRequest) =>
  rehearse(
    PERSONA,
    bodyOf(request).messages.filter((m): m is ChatMessage => m.role !== "system"),
  ).text;

/** The Tests view alone: the whole studio is several screens tall. */
async function shot(page: Page, name: string): Promise<void> {
  await testsView(page).screenshot({ path: path.join(ARTIFACTS, "screenshots", `${name}.png`) });
}

function testsView(page: Page): Locator {
  return page.getByRole("region", { name: "Tests" });
}
const results = (page: Page) => testsView(page).getByRole("table", { name: "Test results" });
const bar = (page: Page) => testsView(page).getByRole("progressbar", { name: "Test progress" });

async function runToTheEnd(page: Page, button = "Run tests"): Promise<void> {
  await testsView(page).getByRole("button", { name: button }).click();
  await expect
    .poll(
      async () => {
        const now = await bar(page).getAttribute("aria-valuenow");
        const max = await bar(page).getAttribute("aria-valuemax");
        return max !== "0" && now === max;
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  await testsView(page).getByRole("status").getByText("Done.").waitFor();
}

async function cellTexts(page: Page): Promise<string[]> {
  return results(page).locator("tbody td").allTextContents();
}

async function chooseTargets(page: Page, offline: boolean, models: string[]): Promise<void> {
  const view = testsView(page);
  const box = view.getByRole("checkbox", { name: "Offline rehearsal" });
  if ((await box.isChecked()) !== offline) await box.click();
  for (const model of models) {
    await view.getByLabel("Another model on this endpoint").fill(model);
    await view.getByRole("button", { name: "Add model" }).click();
  }
}

describe("a designer tests the persona", () => {
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer();
  });
  afterAll(async () => {
    await server.close();
  });
  // A French persona opened in French, then the studio read in English.
  const studio = studioSession("/?lang=fr");
  beforeAll(async () => {
    const { page } = studio.current;
    await page.goto(studio.current.url("/?lang=en"));
    await waitForStudio(page);
    await openTab(page, "Tests");
  });

  it("runs the tests offline: the matrix fills, the progressbar reaches the end, a summary per target", async () => {
    const { page } = studio.current;
    await runToTheEnd(page);
    const texts = await cellTexts(page);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.every((t) => /^(✓ Pass|✗ Fail)$/.test(t))).toBe(true);
    expect(await bar(page).getAttribute("aria-valuemax")).toBe(String(texts.length));
    await expect(
      testsView(page).getByText(`${texts.length} of ${texts.length} turns`).count(),
    ).resolves.toBe(1);
    const summary = testsView(page).getByRole("list", { name: "Summary by target" });
    expect(await summary.textContent()).toMatch(/Offline rehearsal\d+ of \d+ checks held/);
    expect(chats(server)).toHaveLength(0);
    await results(page).scrollIntoViewIfNeeded();
    await shot(page, "persona-tests-offline");
  });

  it("runs on two models of the test server: two columns, each model asked", async () => {
    const { page } = studio.current;
    server.reset();
    await useEndpoint(page, server.url, { model: "model-a" });
    await chooseTargets(page, false, ["model-b"]);
    await runToTheEnd(page);
    const headers = await results(page).getByRole("columnheader").allTextContents();
    expect(headers).toEqual([
      "Scenario turn",
      expect.stringMatching(/^model-a at 127\.0\.0\.1:\d+$/),
      expect.stringMatching(/^model-b at 127\.0\.0\.1:\d+$/),
    ]);
    const turns = (await cellTexts(page)).length / 2;
    const models = chats(server).map((r) => bodyOf(r).model);
    expect(models.filter((m) => m === "model-a")).toHaveLength(turns);
    expect(models.filter((m) => m === "model-b")).toHaveLength(turns);
    expect(server.maxInFlight()).toBeLessThanOrEqual(4);
    await shot(page, "persona-tests-two-models");
  });

  it("re-runs failed: only the conversations that failed are sent again", async () => {
    const { page } = studio.current;
    server.reset();
    // Two models the cache has not seen, in the persona's voice, except model-d's first
    // scenario, which says "tu".
    await useEndpoint(page, server.url, { model: "model-c" });
    await testsView(page).getByRole("button", { name: "Remove model-b" }).click();
    await chooseTargets(page, false, ["model-d"]);
    const firstTurn = (await results(page)
      .getByRole("rowheader")
      .first()
      .locator("q")
      .textContent())!;
    server.setScript((request) => {
      const { model, messages } = bodyOf(request);
      const users = messages.filter((m) => m.role === "user");
      return model === "model-d" && users[0]?.content === firstTurn ? TU : inVoice(request);
    });
    await testsView(page).getByLabel("Conversations at once").fill("3");
    await runToTheEnd(page);
    const rows = await results(page).getByRole("row").all();
    const conversations = new Map<string, { turns: number; failed: boolean }>();
    for (const row of rows.slice(1)) {
      const title = ((await row.locator(".tt-turn-title").textContent()) ?? "").replace(
        /, turn \d+$/,
        "",
      );
      const cells = await row.locator("td").allTextContents();
      cells.forEach((text, column) => {
        const key = `${title}|${column}`;
        const seen = conversations.get(key) ?? { turns: 0, failed: false };
        conversations.set(key, { turns: seen.turns + 1, failed: seen.failed || text !== "✓ Pass" });
      });
    }
    const expected = [...conversations.values()]
      .filter((c) => c.failed)
      .reduce((n, c) => n + c.turns, 0);
    expect(expected).toBeGreaterThan(0);
    expect([...conversations.values()].some((c) => !c.failed)).toBe(true);
    server.reset();
    server.setScript(inVoice);
    await runToTheEnd(page, "Re-run failed");
    expect(chats(server)).toHaveLength(expected);
    expect(await bar(page).getAttribute("aria-valuemax")).toBe(String(expected));
    await shot(page, "persona-tests-rerun-failed");
  });

  it("exports the HTML report, which opens from disk and shows the summary", async () => {
    const { page } = studio.current;
    const download = page.waitForEvent("download");
    await testsView(page).getByRole("button", { name: "HTML report" }).click();
    const file = path.join(ARTIFACTS, "persona-tests-report.html");
    await (await download).saveAs(file);
    const html = await readFile(file, "utf8");
    expect(html).not.toMatch(/<script/i);
    const report = await studio.current.context.newPage();
    await report.goto(pathToFileURL(file).href);
    const text = (await report.locator("body").textContent()) ?? "";
    expect(text).toContain(PERSONA.name);
    expect(text).toMatch(/\d+ of \d+ checks held/);
    await report.screenshot({
      path: path.join(ARTIFACTS, "screenshots", "persona-tests-html-report.png"),
      fullPage: true,
    });
    await report.close();
  });

  it("cancels a slow run: the turns not answered stay cancelled, nothing more is sent", async () => {
    const { page } = studio.current;
    const slow = await startLlmServer({ chunkDelayMs: 150 });
    try {
      await useEndpoint(page, slow.url, { model: "model-a" });
      await testsView(page).getByRole("button", { name: "Run tests" }).click();
      await expect
        .poll(async () => Number(await bar(page).getAttribute("aria-valuenow")), {
          timeout: 20_000,
        })
        .toBeGreaterThan(0);
      await testsView(page).getByRole("button", { name: "Cancel" }).click();
      await testsView(page)
        .getByRole("status")
        .getByText(/^Cancelled/)
        .waitFor();
      const texts = await cellTexts(page);
      expect(texts.filter((t) => t === "– Cancelled").length).toBeGreaterThan(texts.length / 2);
      const answered = texts.filter((t) => t !== "– Cancelled").length;
      expect(await bar(page).getAttribute("aria-valuenow")).toBe(String(answered));
      expect(await bar(page).getAttribute("aria-valuemax")).toBe(String(texts.length));
      const sent = chats(slow).length;
      expect(sent).toBeLessThan(texts.length);
      await page.waitForTimeout(500);
      expect(chats(slow)).toHaveLength(sent);
      await shot(page, "persona-tests-cancelled");
    } finally {
      await slow.close();
    }
  });
});
