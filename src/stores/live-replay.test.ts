/**
 * Live replay on its own, over a host whose persona the test replaces by hand: what it hears,
 * when it re-runs, how it debounces. chat-live.test.ts drives it through the chat store.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Persona } from "../core/persona/schema";
import { makePersona } from "../../tests/helpers/make-persona";
import { createLiveReplay } from "./live-replay";

afterEach(() => vi.useRealTimers());

/** A host with one open persona, and a library that tells its listeners about every change. */
function fakeHost() {
  let open: Persona | undefined = makePersona({ id: "guichet" });
  const listeners = new Set<() => void>();
  return {
    host: {
      openPersona: () => open,
      library: {
        subscribe(listener: () => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    },
    listeners,
    /** A library change after which `next` is open (the same object: a change elsewhere). */
    notify(next: Persona | undefined) {
      open = next;
      for (const listener of listeners) listener();
    },
  };
}

function liveReplayOn(options: { offline: boolean; delayMs?: number }) {
  const { host, listeners, notify } = fakeHost();
  /** An edit: a new version of the open persona. */
  const change = () => notify({ ...host.openPersona()! });
  const calls: string[] = [];
  let offline = options.offline;
  const live = createLiveReplay({
    host,
    offline: () => offline,
    rerun: () => calls.push("rerun"),
    hold: () => calls.push("hold"),
    delayMs: options.delayMs,
  });
  return { live, calls, listeners, change, notify, host, goOnline: () => (offline = false) };
}

describe("live replay", () => {
  it("hears nothing before it follows or after it unfollows, and holds no listener then", () => {
    const { live, calls, listeners, change } = liveReplayOn({ offline: true });
    change();
    expect(listeners.size).toBe(0);
    live.follow();
    change();
    live.unfollow();
    change();
    expect(calls).toEqual(["rerun"]);
    expect(listeners.size).toBe(0);
  });

  it("follows with one listener however often it is asked to", () => {
    const { live, calls, listeners, change } = liveReplayOn({ offline: true });
    live.follow();
    live.follow();
    expect(listeners.size).toBe(1);
    change();
    expect(calls).toEqual(["rerun"]);
  });

  it("ignores a library change that leaves the open persona the same object", () => {
    const { live, calls, notify, host } = liveReplayOn({ offline: true });
    live.follow();
    notify(host.openPersona());
    expect(calls).toEqual([]);
    // Closing the persona is a change; staying closed is not.
    notify(undefined);
    notify(undefined);
    expect(calls).toEqual(["rerun"]);
  });

  it("offline: re-runs at once on each new version, never holds", () => {
    const { live, calls, change } = liveReplayOn({ offline: true });
    live.follow();
    for (let i = 0; i < 5; i++) change();
    expect(calls).toEqual(["rerun", "rerun", "rerun", "rerun", "rerun"]);
  });

  it("with an endpoint: holds at once, and re-runs once the persona has been still for the delay", () => {
    vi.useFakeTimers();
    const { live, calls, change } = liveReplayOn({ offline: false, delayMs: 300 });
    live.follow();
    change();
    expect(calls).toEqual(["hold"]);
    // Each change restarts the wait.
    for (let i = 0; i < 4; i++) {
      vi.advanceTimersByTime(299);
      change();
    }
    expect(calls).toEqual(["hold", "hold", "hold", "hold", "hold"]);
    vi.advanceTimersByTime(299);
    expect(calls.at(-1)).toBe("hold");
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["hold", "hold", "hold", "hold", "hold", "rerun"]);
    vi.advanceTimersByTime(10_000);
    expect(calls).toHaveLength(6);
  });

  it("waits 500 ms by default", () => {
    vi.useFakeTimers();
    const { live, calls, change } = liveReplayOn({ offline: false });
    live.follow();
    change();
    vi.advanceTimersByTime(499);
    expect(calls).toEqual(["hold"]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(["hold", "rerun"]);
  });

  it("asks at each change whether replies are offline", () => {
    vi.useFakeTimers();
    const { live, calls, change, goOnline } = liveReplayOn({ offline: true, delayMs: 100 });
    live.follow();
    change();
    goOnline();
    change();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(["rerun", "hold", "rerun"]);
  });

  it.each([
    ["cancel (Stop, Clear)", "cancel" as const, true],
    ["unfollow (switched off)", "unfollow" as const, false],
  ])("%s drops the waiting re-run", (_name, method, stillFollowing) => {
    vi.useFakeTimers();
    const { live, calls, change } = liveReplayOn({ offline: false, delayMs: 100 });
    live.follow();
    change();
    live[method]();
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(["hold"]);
    change();
    vi.advanceTimersByTime(100);
    expect(calls).toEqual(stillFollowing ? ["hold", "hold", "rerun"] : ["hold"]);
  });
});
