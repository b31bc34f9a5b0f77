/**
 * The A/B comparison in real Chromium on the production build: two 2,000-token replies
 * streaming side by side at 200 tokens/s each, from two models on the project's test server,
 * through the real `openai` SDK in the page. compare_longest_task_ms is the longest main-thread
 * task the Long Tasks API saw while both streamed (it reports tasks over 50 ms only: 0 means
 * none; the goal is none); compare_longest_frame_gap_ms the longest gap between two animation
 * frames. compare_meter_longest_task_ms is the longest task after that, while the style meter
 * reads the two finished replies.
 */
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launchChromium } from "../../tests/browser/harness/chromium";
import {
  lastTurn,
  send,
  useEndpoint,
  clearConversation,
} from "../../tests/browser/harness/preview";
import { startLlmServer } from "../../tests/llm-server/server";
import type { Bench, Metric } from "./types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKENS = 2000;
const TOKENS_PER_SECOND = 200;

const round = (n: number) => Math.round(n * 10) / 10;

interface Watch {
  longTasks: number[];
  gaps: number[];
}

export const compareBench: Bench = {
  id: "compare",
  description: `two ${TOKENS}-token replies streamed side by side at ${TOKENS_PER_SECOND} tokens/s each, in Chromium`,
  async run(): Promise<Metric[]> {
    await build({ root: ROOT, logLevel: "silent" });
    const site = await preview({
      root: ROOT,
      logLevel: "silent",
      preview: { host: "127.0.0.1", port: 0 },
    });
    const llm = await startLlmServer({ maxHangMs: 120_000 });
    const { context, dispose } = await launchChromium();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(new URL("/?lang=en", site.resolvedUrls!.local[0]!).href);
      await page.getByRole("slider").first().waitFor();
      await useEndpoint(page, llm.url, { model: "model-a", apiKey: "sk-bench" });
      // One hand-typed turn on screen (answered at once): the conversation both sides answer.
      // The studio opens with the scenario replayed: clear it first.
      await clearConversation(page);
      await send(page, "Tell me a very long story.");
      await lastTurn(page).getByText("Done").waitFor();

      await page.getByRole("button", { name: "Compare", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Compare two versions" });
      for (const side of ["A", "B"])
        await dialog
          .getByRole("region", { name: `Version ${side}` })
          .getByLabel("Target")
          .selectOption("endpoint");
      // Two models the preview has not asked: model-a's reply to this turn is in the shared cache.
      for (const [side, model] of [
        ["A", "model-b"],
        ["B", "model-c"],
      ])
        await dialog
          .getByRole("region", { name: `Version ${side}` })
          .getByLabel("Model")
          .fill(model!);
      llm.setMode({ kind: "long", tokens: TOKENS, tokensPerSecond: TOKENS_PER_SECOND });

      await page.evaluate(`(() => {
        const watch = { longTasks: [], gaps: [], on: true };
        new PerformanceObserver((list) => { for (const e of list.getEntries()) watch.longTasks.push(e.duration); }).observe({ type: "longtask" });
        let last = performance.now();
        const tick = (now) => { watch.gaps.push(now - last); last = now; if (watch.on) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
        globalThis.__compareWatch = watch;
      })()`);
      const started = Date.now();
      await dialog.getByRole("button", { name: "Run both" }).click();
      const writing = dialog.getByText("Writing…");
      await writing.first().waitFor();
      await writing.first().waitFor({
        state: "detached",
        timeout: (TOKENS / TOKENS_PER_SECOND) * 1000 + 60_000,
      });
      const seconds = (Date.now() - started) / 1000;
      const watch = (await page.evaluate(
        "(() => ({ longTasks: [...globalThis.__compareWatch.longTasks], gaps: [...globalThis.__compareWatch.gaps] }))()",
      )) as Watch;
      // Then the meter reads both finished replies, in tasks of its own: measured apart.
      await dialog
        .getByRole("list", { name: "Style meter, Version B" })
        .waitFor({ timeout: 30_000 });
      await dialog
        .getByRole("list", { name: "Style meter, Version A" })
        .waitFor({ timeout: 30_000 });
      const after = (await page.evaluate(
        "(() => { globalThis.__compareWatch.on = false; return globalThis.__compareWatch; })()",
      )) as Watch;
      const meterTasks = after.longTasks.slice(watch.longTasks.length);
      const inFlight = llm.maxInFlight();
      const words = await Promise.all(
        ["A", "B"].map(
          async (side) =>
            (
              (await dialog
                .getByRole("list", { name: `Conversation ${side}`, exact: true })
                .locator(".cp-text")
                .last()
                .textContent()) ?? ""
            ).split(/\s+/).length,
        ),
      );
      if (inFlight < 2) throw new Error(`the two replies did not stream at once (${inFlight})`);
      if (Math.min(...words) < TOKENS / 2)
        throw new Error(
          `the replies show ${words.join(" and ")} words; expected most of ${TOKENS}`,
        );
      return [
        {
          name: "compare_longest_task_ms",
          value: round(Math.max(0, ...watch.longTasks)),
          unit: "ms",
          detail: `${watch.longTasks.length} tasks over 50 ms while both streamed; goal: none`,
        },
        {
          name: "compare_longest_frame_gap_ms",
          value: round(Math.max(...watch.gaps.slice(1))),
          unit: "ms",
          detail: `${watch.gaps.length} frames`,
        },
        {
          name: "compare_meter_longest_task_ms",
          value: round(Math.max(0, ...meterTasks)),
          unit: "ms",
          detail: `the style meter reading both finished replies; ${meterTasks.length} tasks over 50 ms`,
        },
        {
          name: "compare_stream_s",
          value: round(seconds),
          unit: "s",
          detail: `${words.join(" and ")} words shown, ${inFlight} requests open at once`,
        },
      ];
    } finally {
      await dispose();
      await llm.close();
      await site.close();
    }
  },
};
