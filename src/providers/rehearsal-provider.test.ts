import * as fc from "fast-check";
import { expect, test } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { rehearse } from "../core/rehearsal/rehearse";
import { createRehearsalProvider, wordChunks } from "./rehearsal-provider";
import { ProviderError, type ChatEvent, type ChatRequest } from "./types";

function request(signal = new AbortController().signal): ChatRequest {
  return {
    systemPrompt: "(unused offline)",
    persona: makePersona(),
    messages: [{ role: "user", content: "Bonjour, quels sont les horaires de la mairie ?" }],
    params: { model: "rehearsal", temperature: 0, maxTokens: 0 },
    signal,
  };
}

test("streams, word by word, exactly the text the rehearsal engine writes", async () => {
  const req = request();
  const events: ChatEvent[] = [];
  for await (const event of createRehearsalProvider().stream(req)) events.push(event);
  const deltas = events.filter((e) => e.type === "delta");
  const expected = rehearse(req.persona, req.messages).text;
  expect(deltas.map((e) => e.text).join("")).toBe(expected);
  expect(deltas.length).toBe(wordChunks(expected).length);
  expect(deltas.length).toBeGreaterThan(1);
  expect(events.at(-1)).toEqual({ type: "done", finishReason: "stop" });
});

test("Stop after the first word ends with 'aborted'", async () => {
  const controller = new AbortController();
  const seen: string[] = [];
  const failure = await (async () => {
    for await (const event of createRehearsalProvider().stream(request(controller.signal))) {
      if (event.type === "delta") seen.push(event.text);
      controller.abort();
    }
  })().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ProviderError);
  expect((failure as ProviderError).kind).toBe("aborted");
  expect(seen).toHaveLength(1);
});

test("Stop during the delay between words ends at once", async () => {
  const controller = new AbortController();
  const stream = createRehearsalProvider({ wordDelayMs: 10_000 }).stream(
    request(controller.signal),
  );
  const iterator = stream[Symbol.asyncIterator]();
  const next = iterator.next();
  setTimeout(() => controller.abort(), 20);
  await expect(next).rejects.toMatchObject({ kind: "aborted" });
});

test("word chunks always concatenate back to the text", () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const chunks = wordChunks(text);
      expect(chunks.join("")).toBe(text);
      expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
    }),
  );
  expect(wordChunks(" Bonjour  Madame.\n")).toEqual([" Bonjour", "  Madame.", "\n"]);
});

async function streamed(req: ChatRequest): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const event of createRehearsalProvider().stream(req)) out.push(event);
  return out;
}

test("Regenerate: the variant's wording, and on done whether it is another one", async () => {
  const req = { ...request(), variant: 1 };
  const again = await streamed(req);
  const expected = rehearse(req.persona, req.messages, { variant: 1 });
  expect(expected.alternative).toBe(true);
  expect(
    again
      .filter((e) => e.type === "delta")
      .map((e) => e.text)
      .join(""),
  ).toBe(expected.text);
  expect(again.at(-1)).toEqual({ type: "done", finishReason: "stop", alternative: true });
  const greeting = "Bonjour, je suis Camille. Que puis-je faire pour vous ?";
  const alone = {
    ...request(),
    persona: makePersona({
      greeting,
      voice: { verbosity: 0, humor: 0 },
      guardrails: { discloseAI: false },
    }),
    messages: [{ role: "user" as const, content: "Bonjour" }],
    variant: 2,
  };
  expect((await streamed(alone)).at(-1)).toEqual({
    type: "done",
    finishReason: "stop",
    alternative: false,
  });
});
