import { describe, expect, it } from "vitest";
import { PRESETS } from "../../tests/helpers/presets";
import { DEFAULT_ENDPOINT } from "./endpoint-store";
import { createTestsStore } from "./tests-store";
import { loadTestsEngine } from "./tests-store-engine";
import type { FrameScheduler } from "./chat-run";

const persona = Object.values(PRESETS).find((p) => p.id === "banque-conseil")!;

/** Frames that paint only when the test says so, as a busy page's would. */
function manualFrames() {
  const queued: (() => void)[] = [];
  const frame: FrameScheduler = (paint) => void queued.push(paint);
  return {
    frame,
    get waiting() {
      return queued.length;
    },
    flush() {
      for (const paint of queued.splice(0)) paint();
    },
  };
}

/** The real runner and rehearsal, with the built-in scenarios repeated into a long run. */
async function longRunEngine(copies: number) {
  const engine = await loadTestsEngine();
  return {
    ...engine,
    testCasesFor: (...args: Parameters<typeof engine.testCasesFor>) =>
      Array.from({ length: copies }, (_, i) =>
        engine.testCasesFor(...args).map((c) => ({ ...c, scenarioId: `${c.scenarioId}-${i}` })),
      ).flat(),
  };
}

function storeWith(frames: ReturnType<typeof manualFrames>, copies: number) {
  let clock = 0;
  return createTestsStore({
    openPersona: () => persona,
    endpoint: () => ({ ...DEFAULT_ENDPOINT, apiKey: "" }),
    frame: frames.frame,
    now: () => (clock += 10),
    load: () => longRunEngine(copies),
  });
}

describe("the Tests store", () => {
  it("paints a 500-turn run once per frame, not once per result", async () => {
    const frames = manualFrames();
    const store = storeWith(frames, 17);
    let updates = 0;
    store.subscribe(() => updates++);
    const running = store.getState().run();
    let painted = 0;
    while (store.getState().status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (frames.waiting > 0) {
        painted++;
        frames.flush();
      }
    }
    await running;
    const kept = store.getState().kept[persona.id]!;
    expect(kept.run.results.length).toBeGreaterThanOrEqual(500);
    expect(Object.keys(kept.cells)).toHaveLength(kept.run.results.length);
    // One update per painted frame, plus the start and the end of the run.
    expect(updates).toBeLessThanOrEqual(painted + 4);
    expect(painted).toBeLessThan(kept.run.results.length / 2);
    expect(store.getState().progress.done).toBe(kept.run.results.length);
  });

  it("keeps the cells already painted when the run ends, so rows do not re-render", async () => {
    const frames = manualFrames();
    const store = storeWith(frames, 1);
    const running = store.getState().run();
    const seen = new Map<string, unknown>();
    while (store.getState().status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 2));
      frames.flush();
      for (const [key, cell] of Object.entries(store.getState().kept[persona.id]?.cells ?? {}))
        seen.set(key, cell);
    }
    await running;
    const { cells, run } = store.getState().kept[persona.id]!;
    const same = Object.entries(cells).filter(([key, cell]) => seen.get(key) === cell);
    expect(seen.size).toBeGreaterThan(0);
    expect(same).toHaveLength(seen.size);
    expect(run.finishedAt).toBeDefined();
  });
});
