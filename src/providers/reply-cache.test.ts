import { describe, expect, it } from "vitest";
import type { ChatMessage } from "../core/conversation";
import { makePersona } from "../../tests/helpers/make-persona";
import {
  NO_HISTORY,
  REHEARSAL_SOURCE,
  createReplyCache,
  historyAfter,
  historyOf,
  replyKey,
} from "./reply-cache";

const user = (content: string): ChatMessage => ({ role: "user", content });

describe("conversation histories as numbers", () => {
  it("give one history one number, and different histories different numbers", () => {
    const hello = user("Bonjour");
    const reply: ChatMessage = { role: "assistant", content: "Bonjour !" };
    expect(historyOf([hello, reply])).toBe(historyOf([{ ...hello }, { ...reply }]));
    expect(historyOf([hello, reply])).not.toBe(historyOf([reply, hello]));
    expect(historyOf([user("ab"), user("c")])).not.toBe(historyOf([user("a"), user("bc")]));
    expect(historyOf([])).toBe(NO_HISTORY);
  });

  it("never give an old number to a new history once the table is forgotten", () => {
    const before = historyOf([user("Où en est mon colis ?")]);
    // More steps than the table keeps: it starts over.
    for (let i = 0; i < 50_001; i++) historyAfter(NO_HISTORY, user(`filler ${i}`));
    const after = historyOf([user("Où en est mon colis ?")]);
    expect(after).toBeGreaterThan(before);
    expect(historyAfter(NO_HISTORY, user("something new"))).toBeGreaterThan(after);
  });

  it("key a cached reply by its history, so a changed history misses", () => {
    const cache = createReplyCache();
    const persona = makePersona({ language: "fr" });
    const key = (messages: ChatMessage[]) =>
      replyKey({ ...REHEARSAL_SOURCE, systemPrompt: "", persona, messages });
    cache.set(key([user("Bonjour")]), "Bonjour, que puis-je faire pour vous ?");
    expect(cache.get(key([user("Bonjour")]))).toBe("Bonjour, que puis-je faire pour vous ?");
    expect(cache.get(key([user("Bonsoir")]))).toBeUndefined();
  });
});
