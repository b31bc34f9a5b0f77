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

/**
 * Yields a macrotask, queued behind whatever the page already has to do (a key press, a
 * timer). Not scheduler.yield: its continuation jumps ahead of the page's other tasks, so a
 * long re-run would still run before them. A MessageChannel, as React's own scheduler uses,
 * has no 4 ms clamp for nested timeouts.
 */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel !== "function") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.addEventListener(
      "message",
      () => {
        channel.port1.close();
        resolve();
      },
      { once: true },
    );
    // A port heard through addEventListener delivers only once started.
    channel.port1.start();
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a MessagePort, not a window
    channel.port2.postMessage(null);
  });
}

/** A third of a 60 Hz frame: a key press waits at most that long for the run to pause. */
export const pageSlices: SliceScheduler = {
  budgetMs: 5,
  now: () => performance.now(),
  yield: yieldToPage,
};
