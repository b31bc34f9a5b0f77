/**
 * Streaming render in real Chromium: a 5,000-token reply at 200 tokens/s from the
 * project's OpenAI-compatible test server, through the real `openai` SDK in the page.
 * stream_longest_task_ms is the longest main-thread task the Long Tasks API saw during
 * the stream (it reports tasks over 50 ms only, so 0 means none over 50 ms);
 * stream_longest_frame_gap_ms is the longest gap between two animation frames, until the
 * reply is done. meter_after_stream_longest_task_ms is the longest task after that, while the
 * style meter reads the finished reply.
 */
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { launchChromium } from "../../tests/browser/harness/chromium";
import { lastTurn, send, useEndpoint } from "../../tests/browser/harness/preview";
import { startLlmServer } from "../../tests/llm-server/server";
import type { Bench, Metric } from "./types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKENS = 5000;
const TOKENS_PER_SECOND = 200;

const round = (n: number) => Math.round(n * 10) / 10;

interface Watch {
  longTasks: number[];
  gaps: number[];
}

export const streamBench: Bench = {
  id: "stream",
  description: `a ${TOKENS}-token reply streamed at ${TOKENS_PER_SECOND} tokens/s, rendered in Chromium`,
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
      await page.goto(new URL("/?lang=en", site.resolvedUrls!.local[0]!).href);
      await page.getByRole("slider").first().waitFor();
      await useEndpoint(page, llm.url, { apiKey: "sk-bench" });
      llm.setMode({ kind: "long", tokens: TOKENS, tokensPerSecond: TOKENS_PER_SECOND });

      await page.evaluate(`(() => {
        const watch = { longTasks: [], gaps: [], on: true };
        new PerformanceObserver((list) => { for (const e of list.getEntries()) watch.longTasks.push(e.duration); }).observe({ type: "longtask" });
        let last = performance.now();
        const tick = (now) => { watch.gaps.push(now - last); last = now; if (watch.on) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
        globalThis.__streamWatch = watch;
      })()`);
      const started = Date.now();
      await send(page, "Tell me a very long story.");
      await lastTurn(page)
        .getByText("Done")
        .waitFor({ timeout: (TOKENS / TOKENS_PER_SECOND) * 1000 + 60_000 });
      const seconds = (Date.now() - started) / 1000;
      const watch = (await page.evaluate(
        "(() => ({ ...globalThis.__streamWatch, longTasks: [...globalThis.__streamWatch.longTasks], gaps: [...globalThis.__streamWatch.gaps] }))()",
      )) as Watch;
      // Then the style meter reads the finished reply, in tasks of its own: measured apart.
      await lastTurn(page)
        .getByRole("group", { name: /Style meter/ })
        .waitFor({ timeout: 30_000 });
      const after = (await page.evaluate(
        "(() => { globalThis.__streamWatch.on = false; return globalThis.__streamWatch; })()",
      )) as Watch;
      const meterTasks = after.longTasks.slice(watch.longTasks.length);
      const words = ((await lastTurn(page).textContent()) ?? "").split(/\s+/).length;
      if (words < TOKENS / 2)
        throw new Error(`the reply shows ${words} words; expected most of ${TOKENS} tokens`);
      return [
        {
          name: "stream_longest_task_ms",
          value: round(Math.max(0, ...watch.longTasks)),
          unit: "ms",
          detail: `${watch.longTasks.length} tasks over 50 ms`,
        },
        {
          name: "stream_longest_frame_gap_ms",
          value: round(Math.max(...watch.gaps.slice(1))),
          unit: "ms",
          detail: `${watch.gaps.length} frames`,
        },
        {
          name: "meter_after_stream_longest_task_ms",
          value: round(Math.max(0, ...meterTasks)),
          unit: "ms",
          detail: `the style meter reading the finished ${TOKENS}-token reply; ${meterTasks.length} tasks over 50 ms`,
        },
        {
          name: "stream_duration_s",
          value: round(seconds),
          unit: "s",
          detail: `${words} words shown`,
        },
      ];
    } finally {
      await dispose();
      await llm.close();
      await site.close();
    }
  },
};
