/**
 * A live re-run of a long conversation writes hundreds of replies in a row. Written in one go
 * it would hold the page for as long as that takes, and the slider key that started it would
 * paint late; so the run works in slices of a few milliseconds and gives the page back its
 * main thread between them (the next key press, a frame to paint).
 */

export interface SliceScheduler {
  /** Milliseconds of work before giving the main thread back. */
  budgetMs: number;
  now(): number;
  /** Resolves once the page has had its turn (input, rendering). */
  yield(): Promise<void>;
}

/** Yields a macrotask: scheduler.yield where the browser has it, else a zero timeout. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** About half a 60 Hz frame: a key press waits at most that long for the run to pause. */
export const pageSlices: SliceScheduler = {
  budgetMs: 6,
  now: () => performance.now(),
  yield: yieldToPage,
};
