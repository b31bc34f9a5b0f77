/** The offline provider fetches the persona's phrasebook itself: no import of rehearse.ts here. */
import { afterEach, expect, test, vi } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import type { ChatEvent, ChatRequest } from "./types";

afterEach(() => {
  vi.doUnmock("../core/rehearsal/language-books");
  vi.resetModules();
});

function request(language: "en" | "fr"): ChatRequest {
  return {
    systemPrompt: "(unused offline)",
    persona: makePersona({ language }),
    messages: [{ role: "user", content: "Hello, when are you open?" }],
    params: { model: "rehearsal", temperature: 0, maxTokens: 0 },
    signal: new AbortController().signal,
  };
}

test("loads the persona's language on its first reply, and no other", async () => {
  const { languageBooks } = await import("../core/rehearsal/language-books");
  const { createRehearsalProvider } = await import("./rehearsal-provider");
  expect(() => languageBooks("en")).toThrow(/not loaded/);
  const events: ChatEvent[] = [];
  for await (const event of createRehearsalProvider().stream(request("en"))) events.push(event);
  expect(events.filter((e) => e.type === "delta").length).toBeGreaterThan(1);
  expect(events.at(-1)).toEqual({ type: "done", finishReason: "stop" });
  expect(languageBooks("en").phrases).toBeDefined();
  expect(() => languageBooks("fr")).toThrow(/not loaded/);
});

test("says a phrasebook that cannot be fetched could not be loaded, not a crash", async () => {
  vi.doMock("../core/rehearsal/language-books", async (original) => ({
    ...(await original<typeof import("../core/rehearsal/language-books")>()),
    loadLanguageBooks: () =>
      Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
  }));
  const { createRehearsalProvider } = await import("./rehearsal-provider");
  // The class as the freshly imported provider sees it (modules are reset between cases).
  const { ProviderError } = await import("./types");
  const failure = await (async () => {
    for await (const event of createRehearsalProvider().stream(request("fr"))) void event;
  })().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ProviderError);
  expect(failure).toMatchObject({ kind: "unloaded", cause: expect.any(TypeError) });
});
