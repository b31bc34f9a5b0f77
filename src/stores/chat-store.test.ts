import { beforeAll, describe, expect, it } from "vitest";
import { loadCompiler } from "./compiler";
import { setVoice } from "../core/persona/edits";
import { createRehearsalProvider } from "../providers/rehearsal-provider";
import { ProviderError, type ChatProvider } from "../providers/types";
import { compiledOf } from "./compiled";
import {
  chatWith,
  fakeProvider,
  finished,
  settle,
  testStudio,
} from "../../tests/helpers/chat-test-kit";
import { createChatStore, type ChatStore } from "./chat-store";

// A model run starts at once when the compiler is here (chat-prompt.test.ts: when it is not).
beforeAll(async () => {
  await loadCompiler();
});

const turnsOf = (chat: ChatStore, id: string) => chat.getState().conversations[id] ?? [];

describe("chat store: a conversation with the open persona", () => {
  it("sends a message and streams the reply into the conversation", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    const persona = studio.openPersona()!;
    chat.getState().send("Bonjour");
    expect(chat.getState().status).toBe("submitted");
    await finished(chat);
    const turns = turnsOf(chat, persona.id);
    expect(turns.map((t) => [t.role, t.text, t.status])).toEqual([
      ["user", "Bonjour", "done"],
      ["assistant", "reply 1 w0 w1 to Bonjour", "done"],
    ]);
    expect(chat.getState().status).toBe("done");
    const [request] = provider.requests;
    expect(request!.systemPrompt).toBe(compiledOf(persona).systemPrompt);
    expect(request!.persona).toBe(persona);
    expect(request!.messages).toEqual([{ role: "user", content: "Bonjour" }]);
  });

  it("sends the whole conversation so far with the next message", async () => {
    const provider = fakeProvider();
    const { chat } = chatWith(provider);
    chat.getState().send("Un");
    await finished(chat);
    chat.getState().send("Deux");
    await finished(chat);
    expect(provider.requests[1]!.messages).toEqual([
      { role: "user", content: "Un" },
      { role: "assistant", content: "reply 1 w0 w1 to Un" },
      { role: "user", content: "Deux" },
    ]);
  });

  it("ignores an empty message", () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().send("   ");
    expect(turnsOf(chat, studio.openPersona()!.id)).toEqual([]);
    expect(provider.requests).toHaveLength(0);
  });

  it("paints streamed text at most once per frame", async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const provider: ChatProvider = {
      id: "burst",
      async *stream() {
        for (let i = 0; i < 100; i++) yield { type: "delta", text: "a" };
        await gate;
        for (let i = 0; i < 100; i++) yield { type: "delta", text: "b" };
        yield { type: "done", finishReason: "stop" };
      },
    };
    const frames: (() => void)[] = [];
    const { studio, chat } = chatWith(provider, { frame: (paint) => frames.push(paint) });
    const id = studio.openPersona()!.id;
    const painted: string[] = [];
    chat.subscribe((s) => {
      const text = s.conversations[id]?.[1]?.text ?? "";
      if (text !== "" && text !== painted.at(-1)) painted.push(text);
    });
    chat.getState().send("Bonjour");
    await settle(5);
    // 100 deltas arrived, one frame was asked for, and nothing is painted before it comes.
    expect(frames).toHaveLength(1);
    expect(painted).toEqual([]);
    frames.shift()!();
    expect(painted).toEqual(["a".repeat(100)]);
    open();
    await finished(chat);
    // The second burst: one more frame asked for, and the end paints the whole reply at once.
    expect(frames).toHaveLength(1);
    expect(painted).toEqual(["a".repeat(100), "a".repeat(100) + "b".repeat(100)]);
    frames.shift()!();
    expect(painted).toHaveLength(2);
  });

  it("stops a reply: the partial text stays, marked stopped, and it is not an error", async () => {
    const provider = fakeProvider({ words: 50, delayMs: 1 });
    const { studio, chat } = chatWith(provider);
    chat.getState().send("Bonjour");
    await new Promise((resolve) => setTimeout(resolve, 15));
    chat.getState().stop();
    const reply = turnsOf(chat, studio.openPersona()!.id)[1]!;
    expect(reply.status).toBe("stopped");
    expect(reply.text).toMatch(/^reply 1 w0/);
    expect(reply.error).toBeUndefined();
    expect(chat.getState().status).toBe("done");
    expect(provider.requests[0]!.signal.aborted).toBe(true);
    await settle();
    expect(turnsOf(chat, studio.openPersona()!.id)[1]!.status).toBe("stopped");
  });

  it("regenerates the last reply with a new request, even when it is cached", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().send("Bonjour");
    await finished(chat);
    chat.getState().regenerate();
    await finished(chat);
    const turns = turnsOf(chat, studio.openPersona()!.id);
    expect(provider.requests).toHaveLength(2);
    expect(turns).toHaveLength(2);
    expect(turns[1]!.text).toBe("reply 2 w0 w1 to Bonjour");
  });

  it("regenerates an offline reply in another wording each time, and says when there is none", async () => {
    const rehearsal = createRehearsalProvider();
    const { studio, chat } = chatWith(rehearsal, { offline: true });
    const id = studio.openPersona()!.id;
    chat.getState().send("Comment renouveler mon passeport ?");
    await finished(chat);
    const texts = [turnsOf(chat, id)[1]!.text];
    for (let i = 1; i <= 2; i++) {
      chat.getState().regenerate();
      await finished(chat);
      const reply = turnsOf(chat, id)[1]!;
      expect(reply).toMatchObject({ status: "done", variant: i });
      expect(reply.noOtherWording).toBeUndefined();
      texts.push(reply.text);
    }
    expect(texts[1]).not.toBe(texts[0]);
    expect(texts[2]).not.toBe(texts[1]);
    // The persona's own greeting alone, at the shortest length and with no AI disclosure to
    // add to it: the phrasebook has no other wording.
    studio.edit((p) => ({
      ...p,
      greeting: "Bonjour, je suis Camille. Que puis-je faire pour vous ?",
      voice: { ...p.voice, verbosity: 0, humor: 0 },
      guardrails: { ...p.guardrails, discloseAI: false },
    }));
    chat.getState().clear();
    chat.getState().send("Bonjour");
    await finished(chat);
    const greeting = turnsOf(chat, id)[1]!.text;
    chat.getState().regenerate();
    await finished(chat);
    expect(turnsOf(chat, id)[1]).toMatchObject({
      text: greeting,
      status: "done",
      noOtherWording: true,
    });
    // A message sent afterwards starts from the first wording again.
    chat.getState().send("Merci");
    await finished(chat);
    expect(turnsOf(chat, id)[3]!.variant).toBeUndefined();
    expect(turnsOf(chat, id)[3]!.noOtherWording).toBeUndefined();
  });

  it("asks an endpoint for a variant too, which it may ignore: no 'no other wording' then", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().send("Bonjour");
    await finished(chat);
    expect(provider.requests[0]!.variant).toBeUndefined();
    chat.getState().regenerate();
    await finished(chat);
    expect(provider.requests[1]!.variant).toBe(1);
    expect(turnsOf(chat, studio.openPersona()!.id)[1]!.noOtherWording).toBeUndefined();
  });

  it("clears the conversation and ends the run in flight", async () => {
    const provider = fakeProvider({ words: 50, delayMs: 1 });
    const { studio, chat } = chatWith(provider);
    chat.getState().send("Bonjour");
    await new Promise((resolve) => setTimeout(resolve, 5));
    chat.getState().clear();
    expect(turnsOf(chat, studio.openPersona()!.id)).toEqual([]);
    expect(chat.getState().status).toBe("idle");
    expect(provider.requests[0]!.signal.aborted).toBe(true);
    await settle();
    expect(turnsOf(chat, studio.openPersona()!.id)).toEqual([]);
  });

  it("keeps a conversation per persona", async () => {
    const { studio, chat } = chatWith(fakeProvider());
    const first = studio.openPersona()!.id;
    chat.getState().send("Bonjour");
    await finished(chat);
    const second = studio.duplicatePreset(studio.presets.getState().list![0]!, "Autre");
    expect(turnsOf(chat, second)).toEqual([]);
    studio.library.getState().open(first);
    expect(turnsOf(chat, first)).toHaveLength(2);
  });
});

describe("chat store: faults", () => {
  it("shows a fault on the turn, keeps the partial text, and retries it", async () => {
    const failing = fakeProvider({
      words: 5,
      fail: new ProviderError("interrupted", "cut"),
      failAfter: 2,
    });
    const { studio, chat } = chatWith(failing);
    chat.getState().send("Bonjour");
    await finished(chat);
    const reply = turnsOf(chat, studio.openPersona()!.id)[1]!;
    expect(chat.getState().status).toBe("error");
    expect(reply.status).toBe("error");
    expect(reply.text).toBe("reply 1 w0");
    expect((reply.error as ProviderError).kind).toBe("interrupted");
    chat.getState().retry(reply.id);
    await finished(chat);
    expect(failing.requests).toHaveLength(2);
    expect(turnsOf(chat, studio.openPersona()!.id)[1]!.status).toBe("error");
  });

  it("turns anything a provider throws into an error state, never an unhandled rejection", async () => {
    const { studio, chat } = chatWith(fakeProvider({ fail: new TypeError("boom") }));
    chat.getState().send("Bonjour");
    await finished(chat);
    expect(turnsOf(chat, studio.openPersona()!.id)[1]).toMatchObject({ status: "error", text: "" });
  });

  it("reports a provider that cannot be loaded on the turn", async () => {
    const studio = testStudio();
    const chat = createChatStore({
      studio,
      scenarios: () => [],
      connection: () => ({
        providerId: "x",
        baseURL: "",
        params: { model: "m", temperature: 0, maxTokens: 1 },
        offline: false,
        load: () => Promise.reject(new ProviderError("network", "offline")),
      }),
    });
    chat.getState().send("Bonjour");
    await finished(chat);
    expect(chat.getState().conversations[studio.openPersona()!.id]![1]!.status).toBe("error");
  });
});

describe("chat store: scenarios and the reply cache", () => {
  it("replays a scenario's user turns in order, each reply streamed with the replies before it", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().replay();
    const queued = turnsOf(chat, studio.openPersona()!.id);
    expect(queued.map((t) => t.status)).toEqual([
      "done",
      "streaming",
      "done",
      "queued",
      "done",
      "queued",
    ]);
    await finished(chat);
    const turns = turnsOf(chat, studio.openPersona()!.id);
    expect(turns.map((t) => t.text)).toEqual([
      "Bonjour",
      "reply 1 w0 w1 to Bonjour",
      "Et ensuite ?",
      "reply 2 w0 w1 to Et ensuite ?",
      "Merci",
      "reply 3 w0 w1 to Merci",
    ]);
    expect(provider.requests.map((r) => r.messages.length)).toEqual([1, 3, 5]);
  });

  it("answers from the cache when nothing that shapes a reply changed", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().replay();
    await finished(chat);
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests).toHaveLength(3);
    const replies = turnsOf(chat, studio.openPersona()!.id).filter((t) => t.role === "assistant");
    expect(replies.every((t) => t.cached && t.status === "done")).toBe(true);
    expect(replies[0]!.text).toBe("reply 1 w0 w1 to Bonjour");
  });

  it("asks again once the prompt changed", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    chat.getState().replay();
    await finished(chat);
    studio.edit(setVoice("humor", 90));
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests).toHaveLength(6);
  });

  it("stops a replay: later replies are not asked for", async () => {
    const provider = fakeProvider({ words: 30, delayMs: 1 });
    const { studio, chat } = chatWith(provider);
    chat.getState().replay();
    await new Promise((resolve) => setTimeout(resolve, 5));
    chat.getState().stop();
    await settle();
    expect(provider.requests).toHaveLength(1);
    const statuses = turnsOf(chat, studio.openPersona()!.id)
      .filter((t) => t.role === "assistant")
      .map((t) => t.status);
    expect(statuses).toEqual(["stopped", "stopped", "stopped"]);
  });
});

describe("chat store: an abort the studio did not ask for", () => {
  it("is a normal end: the reply is marked stopped, not failed", async () => {
    const { studio, chat } = chatWith(
      fakeProvider({ words: 4, fail: new ProviderError("aborted", "gone"), failAfter: 2 }),
    );
    chat.getState().send("Bonjour");
    await finished(chat);
    expect(chat.getState().conversations[studio.openPersona()!.id]![1]).toMatchObject({
      status: "stopped",
      text: "reply 1 w0",
    });
    expect(chat.getState().status).toBe("done");
  });
});
