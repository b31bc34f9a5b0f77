/**
 * A 500-turn run (the built-in scenarios on 17 models of the test server) completes and fills
 * the whole matrix, every cell passed or failed. How long the page's tasks take while it does is
 * the bench's to say (`npm run bench -- tests-view`, on the production build): timing goals live
 * in benchmarks, not in tests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import type { Page } from "playwright-core";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { ARTIFACTS } from "./harness/browser";
import { useEndpoint } from "./harness/preview";
import { openTab, studioSession } from "./harness/studio-page";

const testsView = (page: Page) => page.getByRole("region", { name: "Tests" });
const MODELS = Array.from({ length: 15 }, (_, i) => `model-${i + 2}`);

describe("a long test run", () => {
  let server: LlmServer;
  beforeAll(async () => {
    server = await startLlmServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const studio = studioSession("/?lang=en");

  it("fills a 500-turn matrix, every cell passed or failed", async () => {
    const { page } = studio.current;
    await useEndpoint(page, server.url, { model: "model-1" });
    await openTab(page, "Tests");
    const view = testsView(page);
    for (const model of MODELS) {
      await view.getByLabel("Another model on this endpoint").fill(model);
      await view.getByRole("button", { name: "Add model" }).click();
    }
    await view.getByRole("button", { name: "Run tests" }).click();
    const bar = view.getByRole("progressbar", { name: "Test progress" });
    await expect
      .poll(
        async () => {
          const max = Number(await bar.getAttribute("aria-valuemax"));
          return max > 0 && (await bar.getAttribute("aria-valuenow")) === String(max);
        },
        { timeout: 120_000, interval: 500 },
      )
      .toBe(true);
    await view.getByRole("status").getByText("Done.").waitFor();
    const total = Number(await bar.getAttribute("aria-valuemax"));
    expect(total).toBeGreaterThanOrEqual(500);
    const cells = view.getByRole("table", { name: "Test results" }).locator("tbody td");
    expect(await cells.count()).toBe(total);
    const texts = await cells.allTextContents();
    expect(texts.filter((t) => !/^(✓ Pass|✗ Fail)$/.test(t))).toEqual([]);
    await view.getByRole("list", { name: "Summary by target" }).screenshot({
      path: path.join(ARTIFACTS, "screenshots", "persona-tests-long-run-summary.png"),
    });
  });
});
