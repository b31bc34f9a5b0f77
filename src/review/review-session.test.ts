import { describe, expect, it } from "vitest";
import { createPreview } from "../stores/preview";
import { finished } from "../../tests/helpers/chat-test-kit";
import { makePersona } from "../../tests/helpers/make-persona";
import { createReviewSession } from "./review-session";

const greeting = "Bonjour, je suis Camille, de la mairie. Que puis-je faire pour vous ?";
const persona = makePersona({ greeting, guardrails: { discloseAI: false } });
const host = { openPersona: () => persona, library: { subscribe: () => () => undefined } };

async function firstReply(chat: ReturnType<typeof createPreview>["chat"]): Promise<string> {
  chat.getState().send("Bonjour");
  await finished(chat);
  const turns = chat.getState().conversations[persona.id] ?? [];
  return turns[1]?.text ?? "";
}

describe("the review page's conversation starts after the greeting it shows", () => {
  it("answers a first 'Bonjour' without greeting again", async () => {
    const session = createReviewSession(persona, { ui: "fr", preview: { typingDelayMs: 0 } });
    const reply = await firstReply(session.preview.chat);
    expect(reply).not.toBe("");
    expect(reply).not.toContain(greeting);
    expect(reply).not.toMatch(/^Bonjour\b/);
    session.dispose();
  });

  it("while the studio's preview, which shows no greeting, opens with it", async () => {
    const preview = createPreview(host, { typingDelayMs: 0 });
    expect(await firstReply(preview.chat)).toContain(greeting);
    preview.dispose();
  });
});
