/**
 * The workbench with a long conversation on screen, in real Chromium on the production build:
 * 250 messages typed into the composer (answered at once by the test server's echo, so the
 * setup is quick), then the offline rehearsal and Live replay on, which re-runs those 500
 * turns on every slider step.
 * - slider_to_paint_500_turns_p95_ms: from a key press on the Warmth slider to the next frame
 *   painted (the prompt and the conversation), main-thread time as editor-bench.ts counts it.
 *   Every step crosses a band, so every step recompiles the prompt and re-runs the replies.
 * - slider_to_paint_500_turns_live_off_p95_ms: the same with Live replay off (the long
 *   conversation only sits there).
 * - live_replay_500_turns_settled_ms: from one step to every reply re-written, and the longest
 *   main-thread task the Long Tasks API saw meanwhile (it reports tasks over 50 ms only).
 */
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { launchChromium } from "../../tests/browser/harness/chromium";
import { useEndpoint } from "../../tests/browser/harness/preview";
import { startLlmServer } from "../../tests/llm-server/server";
import { median, percentile } from "./harness";
import type { Bench, Metric } from "./types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MESSAGES = 250;
/** Key presses per round, and rounds: the figure is the median of the rounds' p95s. */
const STEPS = 60;
const ROUNDS = 5;

const round = (n: number) => Math.round(n * 100) / 100;

interface Sample {
  work: number;
  committed: boolean;
}

const LIST = '[aria-label="Conversation"]';

/** Resolves when no reply of the conversation is queued or being written. */
async function settled(page: Page, turns: number): Promise<void> {
  await page.waitForFunction(
    ({ list, turns: wanted }) => {
      const items = document.querySelectorAll(`${list} > li.pv-turn`);
      const ol = document.querySelector(list);
      const count = Number(ol?.getAttribute("data-turns") ?? items.length);
      return (
        count >= wanted &&
        !document.querySelector(`${list} .pv-turn-queued, ${list} .pv-turn-streaming`)
      );
    },
    { list: LIST, turns },
    { timeout: 300_000, polling: 50 },
  );
}

/** STEPS alternate PageUp/PageDown presses on Warmth, each timed to its next painted frame. */
async function steps(page: Page): Promise<number[]> {
  const rounds: Sample[][] = [];
  // Round 0 warms the JIT and caches up and is not counted.
  for (let r = 0; r <= ROUNDS; r++)
    rounds.push(
      await page.evaluate(async (count: number): Promise<Sample[]> => {
        const slider = document.querySelector<HTMLInputElement>(
          'input[type="range"][aria-label="Warmth"]',
        )!;
        slider.focus();
        // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs inside the page
        const nextFrame = () =>
          new Promise<[number, number]>((resolve) =>
            requestAnimationFrame(() => {
              const frameStart = performance.now();
              // A task queued from rAF runs after the frame's style, layout and paint.
              setTimeout(() => resolve([frameStart, performance.now()]), 0);
            }),
          );
        await nextFrame();
        const out: Sample[] = [];
        for (let i = 0; i < count; i++) {
          const before = slider.value;
          const start = performance.now();
          slider.dispatchEvent(
            new KeyboardEvent("keydown", {
              key: i % 2 === 0 ? "PageUp" : "PageDown",
              bubbles: true,
              cancelable: true,
            }),
          );
          await Promise.resolve();
          const handled = performance.now();
          const committed = slider.value !== before;
          const [frameStart, painted] = await nextFrame();
          out.push({ work: handled - start + (painted - frameStart), committed });
        }
        return out;
      }, STEPS),
    );
  rounds.shift();
  if (rounds.flat().some((s) => !s.committed))
    throw new Error("a key press was not committed before the frame: the measure would be wrong");
  return rounds.map((r) =>
    percentile(
      r.map((s) => s.work),
      95,
    ),
  );
}

const p95Metric = (name: string, p95s: number[], detail: string): Metric => ({
  name,
  value: round(median(p95s)),
  unit: "ms",
  detail: `median of ${ROUNDS} rounds of ${STEPS} steps; rounds ${p95s.map(round).join(", ")}; ${detail}`,
});

export const workbenchBench: Bench = {
  id: "workbench",
  description: "production build in Chromium: slider step to paint with a 500-turn conversation",
  async run(): Promise<Metric[]> {
    await build({ root: ROOT, logLevel: "silent" });
    const site = await preview({
      root: ROOT,
      logLevel: "silent",
      preview: { host: "127.0.0.1", port: 0 },
    });
    const llm = await startLlmServer();
    const { context, dispose } = await launchChromium();
    try {
      // tsx compiles this file with esbuild's keepNames, so functions sent to the page call
      // esbuild's __name helper: give the page a no-op one.
      await context.addInitScript("globalThis.__name = (fn) => fn;");
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(new URL("/?lang=en", site.resolvedUrls!.local[0]!).href);
      const aside = page.getByRole("complementary", { name: "Preview" });
      await aside.getByRole("textbox", { name: "Message", exact: true }).waitFor();
      const live = aside.getByRole("switch", { name: "Live replay" });
      // The first launch may already replay a scenario live: start from a blank conversation.
      if ((await live.getAttribute("aria-checked")) === "true") await live.click();
      const clear = aside.getByRole("button", { name: "Clear" });
      if ((await clear.count()) > 0) await clear.click();
      await useEndpoint(page, llm.url, { model: "echo" });
      const box = aside.getByRole("textbox", { name: "Message", exact: true });
      for (let i = 0; i < MESSAGES; i++) {
        await box.fill(`Message ${i + 1}: my parcel has not arrived, what can I do?`);
        await box.press("Enter");
        await settled(page, 2 * (i + 1));
      }
      await aside.getByRole("button", { name: "Settings" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Offline rehearsal", { exact: true }).check();
      await dialog.getByRole("button", { name: "Save" }).click();
      await dialog.waitFor({ state: "detached" });

      const off = await steps(page);
      process.stderr.write(`workbench: live off p95 per round ${off.map(round).join(", ")} ms\n`);

      await live.click();
      await settled(page, 2 * MESSAGES);
      const on = await steps(page);
      process.stderr.write(`workbench: live on p95 per round ${on.map(round).join(", ")} ms\n`);
      await settled(page, 2 * MESSAGES);
      const turns = await page.evaluate(
        (list) =>
          Number(
            document.querySelector(list)?.getAttribute("data-turns") ??
              document.querySelectorAll(`${list} > li.pv-turn`).length,
          ),
        LIST,
      );
      if (turns !== 2 * MESSAGES)
        throw new Error(
          `Live replay left ${turns} turns on screen instead of the ${2 * MESSAGES} typed`,
        );

      await page.evaluate(`(() => {
        const watch = { longTasks: [], started: 0 };
        new PerformanceObserver((list) => { for (const e of list.getEntries()) watch.longTasks.push(e.duration); }).observe({ type: "longtask" });
        globalThis.__workbenchWatch = watch;
        const slider = document.querySelector('input[type="range"][aria-label="Warmth"]');
        slider.focus();
        watch.started = performance.now();
        slider.dispatchEvent(new KeyboardEvent("keydown", { key: "PageUp", bubbles: true, cancelable: true }));
      })()`);
      await settled(page, 2 * MESSAGES);
      const watch = (await page.evaluate(
        "(() => ({ longTasks: globalThis.__workbenchWatch.longTasks, ms: performance.now() - globalThis.__workbenchWatch.started }))()",
      )) as { longTasks: number[]; ms: number };
      return [
        p95Metric("slider_to_paint_500_turns_p95_ms", on, "Live replay on, offline rehearsal"),
        p95Metric("slider_to_paint_500_turns_live_off_p95_ms", off, "Live replay off"),
        {
          name: "live_replay_500_turns_settled_ms",
          value: Math.round(watch.ms),
          unit: "ms",
          detail: `one step to every reply re-written (polled every 50 ms); ${watch.longTasks.length} tasks over 50 ms, the longest ${Math.round(Math.max(0, ...watch.longTasks))} ms`,
        },
      ];
    } finally {
      await dispose();
      await llm.close();
      await site.close();
    }
  },
};
