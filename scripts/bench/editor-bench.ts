/**
 * The editor in real Chromium, on the production build:
 * - initial_js_gzip_kb: the JavaScript index.html loads (entry and modulepreloads), gzipped;
 *   first_screen_js_gzip_kb adds the chunks fetched before the first screen is complete:
 *   the sliders usable and the conversation beside them with the scenario's replies painted
 *   (Live replay on with the offline rehearsal, as on first launch), on the bench's persona (built
 *   on the French "service-public" preset), in the English interface.
 *   first_screen_en_js_gzip_kb is the same on a first launch in English (an English preset),
 *   whose meter also fetches the English formality data (about 200 KiB gzip).
 * - slider_to_paint_p95_ms: from a key press on a slider to the new prompt painted (the
 *   Prompt tab open beside the sliders), on a persona with 20 examples and 50 lexicon entries. Every step crosses a band, so every
 *   step recompiles and repaints the prompt (the worst case). The figure is main-thread
 *   time: the key's handling and React's commit, plus the next frame's style, layout and
 *   paint; slider_key_to_frame_p95_ms also counts the idle wait for that frame, which the
 *   display's refresh interval bounds from below.
 */
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { build, preview } from "vite";
import { launchChromium } from "../../tests/browser/harness/chromium";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { median, percentile } from "./harness";
import { longPersona } from "./long-persona";
import type { Bench, Metric } from "./types";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = path.join(ROOT, "dist");
/** Key presses per round, and rounds: the figure is the median of the rounds' p95s. */
const STEPS = 200;
const ROUNDS = 5;

const gzipKb = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(DIST, file))).length, 0) /
  1024;

/** The scripts index.html itself loads: the entry and its modulepreloads. */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const srcs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
  ];
  return srcs.map((m) => m[1]!);
}

function presets(): Persona[] {
  const dir = path.join(ROOT, "personas");
  return readdirSync(dir).map((f) => {
    const r = restorePersonaText(readFileSync(path.join(dir, f), "utf8"));
    if (!r.ok) throw new Error(`${f} is invalid`);
    return r.persona;
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Waits until the replayed scenario's replies are painted with the meter's line under each:
 * the first screen is complete (the meter's code and data are part of what it needs).
 */
async function firstScreenPainted(page: Page, done: string) {
  const turns = page.getByRole("list", { name: "Conversation" }).getByRole("listitem");
  await turns.nth(1).getByText(done).waitFor({ timeout: 30_000 });
  await turns.last().getByText(done).waitFor({ timeout: 30_000 });
  await turns
    .last()
    .getByText(/on target|drifts?\b/)
    .waitFor({ timeout: 30_000 });
}

/** The scripts a first launch in English fetches until its first screen is complete. */
async function englishFirstScreen(url: string): Promise<string[]> {
  const { context, dispose } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const scripts = new Set<string>();
    page.on("response", (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith(".js")) scripts.add(pathname.slice(1));
    });
    await page.goto(new URL("/?lang=en", url).href);
    await page.getByRole("slider", { name: "Warmth", exact: true }).waitFor();
    await firstScreenPainted(page, "Done");
    return [...scripts];
  } finally {
    await dispose();
  }
}

/** The heaviest scripts by name: what to look at first when a size moves. */
const heaviest = (files: string[]) =>
  `${files.length} scripts; heaviest ${files
    .map((file) => ({ file, kb: gzipKb([file]) }))
    .toSorted((a, b) => b.kb - a.kb)
    .slice(0, 6)
    .map(({ file, kb }) => `${file.replace(/^assets\//, "")} ${round(kb)}`)
    .join(", ")}`;

interface Sample {
  work: number;
  handling: number;
  total: number;
  committed: boolean;
}

export const editorBench: Bench = {
  id: "editor",
  description: "production build in Chromium: initial JS size, slider key press to painted prompt",
  async run(): Promise<Metric[]> {
    await build({ root: ROOT, logLevel: "silent" });
    const initial = initialScripts();
    const server = await preview({
      root: ROOT,
      logLevel: "silent",
      preview: { host: "127.0.0.1", port: 0 },
    });
    const { context, dispose } = await launchChromium();
    try {
      const persona = longPersona(presets());
      const library = {
        state: {
          entries: {
            [persona.id]: {
              persona: { ...persona, voice: { ...persona.voice, warmth: 15 } },
              updatedAt: 1,
              revision: 1,
              editedBy: "bench",
            },
          },
          order: [persona.id],
          deleted: {},
          openId: persona.id,
        },
        version: 1,
      };
      // tsx compiles this file with esbuild's keepNames, so functions sent to the page call
      // esbuild's __name helper: give the page a no-op one.
      await context.addInitScript("globalThis.__name = (fn) => fn;");
      await context.addInitScript((value) => {
        if (!sessionStorage.getItem("bench-seeded")) {
          localStorage.setItem("psydesign.library", value);
          sessionStorage.setItem("bench-seeded", "1");
        }
      }, JSON.stringify(library));
      const page = context.pages()[0] ?? (await context.newPage());
      const scripts = new Set<string>();
      page.on("response", (response) => {
        const url = new URL(response.url());
        if (url.pathname.endsWith(".js")) scripts.add(url.pathname.slice(1));
      });
      await page.goto(new URL("/?lang=en", server.resolvedUrls!.local[0]!).href);
      const thumb = page.getByRole("slider", { name: "Warmth", exact: true });
      await thumb.waitFor();
      // The first screen is complete when the replayed scenario's replies are painted.
      await firstScreenPainted(page, "Done");
      const firstScreen = [...scripts];
      const firstScreenEn = await englishFirstScreen(server.resolvedUrls!.local[0]!);
      // What a slider step repaints in the prompt is measured with the prompt in view.
      await page.getByRole("tab", { name: "Prompt", exact: true }).click();
      await page.getByRole("region", { name: "System prompt" }).waitFor();

      const rounds: Sample[][] = [];
      // Round 0 warms the JIT and caches up and is not counted.
      for (let r = 0; r <= ROUNDS; r++)
        rounds.push(
          await page.evaluate(async (steps: number): Promise<Sample[]> => {
            const slider = document.querySelector<HTMLInputElement>(
              'input[type="range"][aria-label="Warmth"]',
            )!;
            slider.focus();
            // Defined here because this function runs inside the page, not in Node.
            // oxlint-disable-next-line unicorn/consistent-function-scoping
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
            for (let i = 0; i < steps; i++) {
              const before = slider.value;
              const start = performance.now();
              slider.dispatchEvent(
                new KeyboardEvent("keydown", {
                  key: i % 2 === 0 ? "PageUp" : "PageDown",
                  bubbles: true,
                  cancelable: true,
                }),
              );
              await Promise.resolve(); // React flushes a discrete event's update in a microtask
              const handled = performance.now();
              const committed = slider.value !== before;
              const [frameStart, painted] = await nextFrame();
              out.push({
                work: handled - start + (painted - frameStart),
                handling: handled - start,
                total: painted - start,
                committed,
              });
            }
            return out;
          }, STEPS),
        );
      rounds.shift();
      const samples = rounds.flat();

      if (samples.some((s) => !s.committed))
        throw new Error(
          "a key press was not committed before the frame: the measure would be wrong",
        );
      const stored = await page.evaluate(
        () =>
          JSON.parse(localStorage.getItem("psydesign.library") ?? "{}").state?.entries?.[
            "bench-long"
          ]?.persona?.voice?.warmth,
      );
      if (stored !== 15)
        throw new Error(
          `expected the persona saved back at warmth 15 after an even number of steps, found ${String(stored)}`,
        );
      const p95s = (pick: (s: Sample) => number) => rounds.map((r) => percentile(r.map(pick), 95));
      const work = p95s((s) => s.work);
      return [
        {
          name: "initial_js_gzip_kb",
          value: round(gzipKb(initial)),
          unit: "KiB",
          detail: initial.join(", "),
        },
        {
          name: "first_screen_js_gzip_kb",
          value: round(gzipKb(firstScreen)),
          unit: "KiB",
          detail: heaviest(firstScreen),
        },
        {
          name: "first_screen_en_js_gzip_kb",
          value: round(gzipKb(firstScreenEn)),
          unit: "KiB",
          detail: heaviest(firstScreenEn),
        },
        {
          name: "slider_to_paint_p95_ms",
          value: round(median(work)),
          unit: "ms",
          detail: `median of ${ROUNDS} rounds of ${STEPS} steps; rounds ${work.map(round).join(", ")}; p50 ${round(
            percentile(
              samples.map((s) => s.work),
              50,
            ),
          )} ms`,
        },
        {
          name: "slider_handling_p95_ms",
          value: round(median(p95s((s) => s.handling))),
          unit: "ms",
          detail: "key handling and React commit only",
        },
        {
          name: "slider_key_to_frame_p95_ms",
          value: round(median(p95s((s) => s.total))),
          unit: "ms",
          detail: "includes the wait for the next frame",
        },
      ];
    } finally {
      await dispose();
      await server.close();
    }
  },
};
