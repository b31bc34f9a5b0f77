import { beforeAll, describe, expect, it } from "vitest";
import { loadCompiler } from "./compiler";
import { setVoice } from "../core/persona/edits";
import { createRehearsalProvider } from "../providers/rehearsal-provider";
import { createChatStore } from "./chat-store";
import type { SliceScheduler } from "./run-slices";
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

const replies = (chat: ReturnType<typeof createChatStore>, id: string) =>
  (chat.getState().conversations[id] ?? []).filter((t) => t.role === "assistant");

describe("live replay of the conversation on screen", () => {
  it("replays a hand-typed conversation with its own user turns, never the scenario", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider, { offline: true });
    for (const message of ["Mon colis est perdu", "Je veux être remboursé"]) {
      chat.getState().send(message);
      await finished(chat);
    }
    const id = studio.openPersona()!.id;
    const ids = chat.getState().conversations[id]!.map((t) => t.id);
    chat.getState().setLive(true);
    await finished(chat);
    studio.edit(setVoice("warmth", 95));
    await finished(chat);
    const turns = chat.getState().conversations[id]!;
    expect(turns.map((t) => t.id)).toEqual(ids);
    expect(turns.filter((t) => t.role === "user").map((t) => t.text)).toEqual([
      "Mon colis est perdu",
      "Je veux être remboursé",
    ]);
    expect(turns.some((t) => SCENARIO.turns.includes(t.text))).toBe(false);
    // Each live run asked again for every reply, with the typed messages as the history.
    const last = provider.requests.slice(-2);
    expect(last.map((r) => r.messages.at(-1)!.content)).toEqual([
      "Mon colis est perdu",
      "Je veux être remboursé",
    ]);
    expect(last.every((r) => r.persona === studio.openPersona())).toBe(true);
  });

  it("replays the selected scenario when the conversation is empty", async () => {
    const { studio, chat } = chatWith(fakeProvider(), { offline: true });
    chat.getState().setLive(true);
    await finished(chat);
    const turns = chat.getState().conversations[studio.openPersona()!.id]!;
    expect(turns.filter((t) => t.role === "user").map((t) => t.text)).toEqual(SCENARIO.turns);
  });
});

describe("the reply before a live re-run", () => {
  it("keeps the previous text and its persona when a re-run changes a reply, one per turn", async () => {
    const studio = testStudio();
    const chat = createChatStore({
      studio,
      connection: () => connectionTo(createRehearsalProvider(), true),
      scenarios: () => [SCENARIO],
    });
    chat.getState().setLive(true);
    await finished(chat);
    const id = studio.openPersona()!.id;
    const first = replies(chat, id).map((t) => t.text);
    expect(replies(chat, id).every((t) => t.before === undefined)).toBe(true);
    const p1 = studio.openPersona()!;

    studio.edit(setVoice("register", 2));
    await finished(chat);
    const p2 = studio.openPersona()!;
    const second = replies(chat, id);
    const changed = second.filter((t, i) => t.text !== first[i]);
    expect(changed.length).toBeGreaterThan(0);
    for (const [i, turn] of second.entries()) {
      if (turn.text === first[i]) continue;
      expect(turn.before).toEqual({ text: first[i], persona: p1 });
      expect(turn.settled).toEqual({ text: turn.text, persona: p2 });
    }

    studio.edit(setVoice("register", 98));
    await finished(chat);
    // Only the reply just before the latest re-run is kept.
    for (const [i, turn] of replies(chat, id).entries()) {
      if (turn.text === second[i]!.text) continue;
      expect(turn.before).toEqual({ text: second[i]!.text, persona: p2 });
    }
  });

  it("drops the before on Regenerate: another wording is not a change of persona", async () => {
    const studio = testStudio();
    const chat = createChatStore({
      studio,
      connection: () => connectionTo(createRehearsalProvider(), true),
      scenarios: () => [SCENARIO],
    });
    chat.getState().setLive(true);
    await finished(chat);
    studio.edit(setVoice("register", 2));
    await finished(chat);
    const id = studio.openPersona()!.id;
    expect(replies(chat, id).at(-1)!.before).toBeDefined();
    chat.getState().regenerate();
    await finished(chat);
    expect(replies(chat, id).at(-1)!.before).toBeUndefined();
  });

  it("writes a long live re-run in slices, giving the page its turn between them", async () => {
    let clock = 0;
    let yields = 0;
    const slices: SliceScheduler = {
      budgetMs: 5,
      // Each reading of the clock is one millisecond of work.
      now: () => ++clock,
      yield: async () => {
        yields++;
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    };
    const studio = testStudio();
    const chat = createChatStore({
      studio,
      connection: () => connectionTo(createRehearsalProvider(), true),
      scenarios: () => [SCENARIO],
      slices,
    });
    const id = studio.openPersona()!.id;
    for (let i = 0; i < 20; i++) {
      chat.getState().send(`Message ${i}`);
      await finished(chat);
    }
    expect(yields).toBe(0);
    const typed = replies(chat, id).map((t) => t.text);
    let updates = 0;
    chat.subscribe(() => updates++);
    chat.getState().setLive(true);
    // The key's own task shows nothing yet: the replies are drawn with the first slice.
    expect(replies(chat, id).map((t) => [t.status, t.text])).toEqual(
      typed.map((text) => ["done", text]),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One slice written: the later replies are queued, still showing their last text.
    const now = replies(chat, id);
    const queued = now.filter((t) => t.status === "queued");
    expect(queued.length).toBeGreaterThan(10);
    expect(queued.map((t) => t.text)).toEqual(typed.slice(now.length - queued.length));
    await finished(chat);
    expect(yields).toBeGreaterThan(3);
    // One store update per slice (and the run's start and end), not two per reply.
    expect(updates).toBeLessThan(yields + 6);
    expect(replies(chat, id).every((t) => t.status === "done")).toBe(true);
  });
});
