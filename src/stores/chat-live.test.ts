import { beforeAll, afterEach, describe, expect, it, vi } from "vitest";
import { loadCompiler } from "./compiler";
import { setVoice } from "../core/persona/edits";
import { rehearse } from "../core/rehearsal/rehearse";
import { createRehearsalProvider } from "../providers/rehearsal-provider";
import { createChatStore } from "./chat-store";
import { LIVE_DELAY_MS } from "./live-replay";
import {
  SCENARIO,
  chatWith,
  connectionTo,
  fakeProvider,
  finished,
  testStudio,
} from "../../tests/helpers/chat-test-kit";

// A model run starts at once when the compiler is here (chat-prompt.test.ts: when it is not).
beforeAll(async () => {
  await loadCompiler();
});

afterEach(() => vi.useRealTimers());

describe("live replay", () => {
  it("does no provider work at all on edits while it is off", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider, { offline: true });
    const before = chat.getState();
    for (let level = 0; level <= 100; level += 5) studio.edit(setVoice("warmth", level));
    await finished(chat);
    expect(provider.requests).toHaveLength(0);
    expect(chat.getState()).toBe(before);
  });

  it("offline: re-runs the scenario at once on every change, each run replacing the last", async () => {
    const provider = fakeProvider({ delayMs: 1 });
    const { studio, chat } = chatWith(provider, { offline: true });
    chat.getState().setLive(true);
    await finished(chat);
    expect(provider.requests).toHaveLength(SCENARIO.turns.length);
    // Far-apart levels: the prompt (and so the cache key) changes with each.
    for (const edit of [setVoice("warmth", 5), setVoice("warmth", 95), setVoice("humor", 95)]) {
      studio.edit(edit);
      // At once: the new run has started before anything else happens.
      expect(chat.getState().status).toBe("submitted");
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await finished(chat);
    const latest = studio.openPersona()!;
    const last = provider.requests.at(-1)!;
    expect(last.persona).toBe(latest);
    // Every run but the last was aborted when the next change came.
    const stale = provider.requests.filter((r) => r.persona !== latest);
    expect(stale.length).toBeGreaterThan(SCENARIO.turns.length);
    expect(stale.slice(SCENARIO.turns.length).every((r) => r.signal.aborted)).toBe(true);
    const replies = chat.getState().conversations[latest.id]!.filter((t) => t.role === "assistant");
    expect(replies.map((t) => t.status)).toEqual(["done", "done", "done"]);
  });

  it("returns to an earlier setting from the cache, without a request", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider, { offline: true });
    const start = studio.openPersona()!.voice.warmth;
    chat.getState().setLive(true);
    await finished(chat);
    studio.edit(setVoice("warmth", start === 90 ? 10 : 90));
    await finished(chat);
    const asked = provider.requests.length;
    studio.edit(setVoice("warmth", start));
    await finished(chat);
    expect(provider.requests).toHaveLength(asked);
    const replies = chat
      .getState()
      .conversations[studio.openPersona()!.id]!.filter((t) => t.role === "assistant");
    expect(replies.every((t) => t.cached)).toBe(true);
  });

  it("with an endpoint: 20 changes in 2 s make one run per user turn, after the debounce", async () => {
    vi.useFakeTimers();
    const provider = fakeProvider({ delayMs: 40 });
    const { studio, chat } = chatWith(provider, {
      offline: false,
      frame: (paint) => setTimeout(paint, 16),
    });
    chat.getState().setLive(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(provider.requests).toHaveLength(1);
    const stale = provider.requests[0]!;

    for (let i = 0; i < 20; i++) {
      studio.edit(setVoice("warmth", 5 + i * 4));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 2 s of editing: the stale reply was stopped at the first change, nothing new was asked.
    expect(stale.signal.aborted).toBe(true);
    expect(provider.requests).toHaveLength(1);
    expect(chat.getState().liveWaiting).toBe(true);

    await vi.advanceTimersByTimeAsync(LIVE_DELAY_MS - 100 - 1);
    expect(provider.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(provider.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);

    const fresh = provider.requests.slice(1);
    expect(fresh).toHaveLength(SCENARIO.turns.length);
    expect(fresh.every((r) => r.persona === studio.openPersona() && !r.signal.aborted)).toBe(true);
    expect(chat.getState().status).toBe("done");
    expect(chat.getState().liveWaiting).toBe(false);
  });

  it("with an endpoint: a change during a run aborts it, and the next run starts after the debounce", async () => {
    vi.useFakeTimers();
    const provider = fakeProvider({ delayMs: 40 });
    const { studio, chat } = chatWith(provider, {
      offline: false,
      frame: (paint) => setTimeout(paint, 16),
    });
    chat.getState().setLive(true);
    await vi.advanceTimersByTimeAsync(LIVE_DELAY_MS * 2);
    const settled = provider.requests.length;
    studio.edit(setVoice("humor", 80));
    await vi.advanceTimersByTimeAsync(LIVE_DELAY_MS + 100);
    studio.edit(setVoice("humor", 20));
    await vi.advanceTimersByTimeAsync(10);
    expect(provider.requests.at(-1)!.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    const last = provider.requests.slice(-SCENARIO.turns.length);
    expect(last.every((r) => r.persona === studio.openPersona())).toBe(true);
    expect(provider.requests.length).toBeGreaterThan(settled);
  });

  it("stops following the persona when switched off", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider, { offline: true });
    chat.getState().setLive(true);
    await finished(chat);
    chat.getState().setLive(false);
    const asked = provider.requests.length;
    studio.edit(setVoice("warmth", 3));
    await finished(chat);
    expect(provider.requests).toHaveLength(asked);
  });
});

describe("live replay on the real offline rehearsal", () => {
  it("re-runs on each slider step and shows the persona's new voice", async () => {
    const studio = testStudio();
    const rehearsal = createRehearsalProvider();
    const chat = createChatStore({
      studio,
      connection: () => connectionTo(rehearsal, true),
      scenarios: () => [SCENARIO],
    });
    chat.getState().setLive(true);
    for (const edit of [
      setVoice("register", 5),
      setVoice("register", 95),
      setVoice("emoji", 95),
      setVoice("verbosity", 100),
    ]) {
      studio.edit(edit);
      expect(chat.getState().status).toBe("submitted");
      await finished(chat);
      const persona = studio.openPersona()!;
      const turns = chat.getState().conversations[persona.id]!;
      const first = turns[1]!;
      expect(first.status).toBe("done");
      expect(first.text).toBe(
        rehearse(persona, [{ role: "user", content: SCENARIO.turns[0]! }]).text,
      );
      expect(
        turns
          .filter((t) => t.role === "assistant")
          .every((t) => t.status === "done" && t.text !== ""),
      ).toBe(true);
    }
  });
});
