import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KEY_BURST_MS, createHistoryStore } from "./history-store";
import type { Persona } from "../core/persona/schema";

/** Snapshots only need to be told apart: the store never reads inside them. */
const at = (warmth: number) => ({ id: "p", voice: { warmth } }) as unknown as Persona;
const warmthOf = (p: Persona | undefined) => p?.voice.warmth;

/** Key steps 30 → 31 → … each `gapMs` after the last, recorded as the slider records them. */
function steps(history: ReturnType<typeof createHistoryStore>, from: number, gaps: number[]) {
  let level = from;
  for (const gap of gaps) {
    vi.advanceTimersByTime(gap);
    history.getState().record("p", at(level), "slider:warmth:keys", KEY_BURST_MS);
    level += 1;
  }
  return at(level);
}

describe("the history's key bursts", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("makes steps less than a second apart one undo step", () => {
    const history = createHistoryStore();
    const current = steps(history, 30, [0, 200, 300, 900]);
    expect(history.getState().byId.p!.past.map(warmthOf)).toEqual([30]);
    expect(warmthOf(history.getState().undo("p", current))).toBe(30);
  });

  it("starts a new step after a pause longer than the burst", () => {
    const history = createHistoryStore();
    steps(history, 30, [0, 100, KEY_BURST_MS + 1, 100]);
    expect(history.getState().byId.p!.past.map(warmthOf)).toEqual([30, 32]);
  });

  it("measures the pause from the last step, so a long steady burst stays one step", () => {
    const history = createHistoryStore();
    steps(
      history,
      0,
      Array.from({ length: 20 }, () => 500),
    );
    expect(history.getState().byId.p!.past).toHaveLength(1);
  });

  it("ends a burst at another gesture, and at an undo", () => {
    const history = createHistoryStore();
    steps(history, 30, [0, 100]);
    history.getState().record("p", at(32), "field:identity.assistantName");
    steps(history, 32, [100]);
    expect(history.getState().byId.p!.past.map(warmthOf)).toEqual([30, 32, 32]);
    history.getState().undo("p", at(33));
    steps(history, 32, [100]);
    expect(history.getState().byId.p!.past.map(warmthOf)).toEqual([30, 32, 32]);
    expect(history.getState().byId.p!.future).toEqual([]);
  });

  it("keeps a gesture without a burst (a drag) one step however long it lasts", () => {
    const history = createHistoryStore();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(5000);
      history.getState().record("p", at(i), "slider:warmth");
    }
    expect(history.getState().byId.p!.past.map(warmthOf)).toEqual([0]);
  });
});
