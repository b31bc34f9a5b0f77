// Its own file: the compiler module loads once per file, and these tests need it not yet loaded.
import { describe, expect, it } from "vitest";
import { compile } from "../core/compiler/compile";
import { setVoice } from "../core/persona/edits";
import { chatWith, fakeProvider, finished } from "../../tests/helpers/chat-test-kit";
import { systemPromptNow } from "./compiler";

describe("the system prompt of a preview run", () => {
  it("is not compiled for the rehearsal, which reads the persona, and a move inside a band costs nothing", async () => {
    const provider = fakeProvider({ id: "rehearsal" });
    const { studio, chat } = chatWith(provider, { offline: true });
    studio.edit(setVoice("warmth", 90));
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests.length).toBeGreaterThan(0);
    expect(provider.requests.every((r) => r.systemPrompt === "")).toBe(true);
    expect(systemPromptNow(studio.openPersona()!)).toBeUndefined();

    // 90 and 95 are one band: the same replies, from the cache.
    const asked = provider.requests.length;
    studio.edit(setVoice("warmth", 95));
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests).toHaveLength(asked);
    // Another band: asked again.
    studio.edit(setVoice("warmth", 10));
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests.length).toBeGreaterThan(asked);
  });

  it("is compiled for a model, the compiler fetched on the first run", async () => {
    const provider = fakeProvider();
    const { studio, chat } = chatWith(provider);
    const persona = studio.openPersona()!;
    expect(systemPromptNow(persona)).toBeUndefined();
    chat.getState().replay();
    await finished(chat);
    expect(provider.requests.length).toBeGreaterThan(0);
    const prompt = compile(persona).systemPrompt;
    expect(provider.requests.every((r) => r.systemPrompt === prompt)).toBe(true);
    expect(systemPromptNow(persona)).toBe(prompt);
  });
});
