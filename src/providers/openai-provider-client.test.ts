// One provider keeps one SDK client for all its requests: what must still hold per request, over
// real HTTP against the project's test server with the real SDK (never mocked).
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { startLlmServer, type LlmServer } from "../../tests/llm-server/server";
import { makePersona } from "../../tests/helpers/make-persona";
import { createOpenAIProvider } from "./openai-provider";
import { ProviderError, type ChatProvider, type ChatRequest, type EndpointConfig } from "./types";

let server: LlmServer;
let other: LlmServer;

beforeAll(async () => {
  [server, other] = await Promise.all([
    startLlmServer({ maxHangMs: 3_000 }),
    startLlmServer({ maxHangMs: 3_000 }),
  ]);
});
afterEach(() => {
  server.reset();
  other.reset();
});
afterAll(() => Promise.all([server.close(), other.close()]));

function request(question: string, signal = new AbortController().signal): ChatRequest {
  return {
    systemPrompt: "Tu es Camille, conseillère à la Mairie de Lyon.",
    persona: makePersona(),
    messages: [{ role: "user", content: question }],
    params: { model: "mock-model", temperature: 0.7, maxTokens: 256 },
    signal,
  };
}

/** The reply's text and how it ended: its finish reason, or the error kind. */
async function reply(provider: ChatProvider, req: ChatRequest, onDelta?: (n: number) => void) {
  let text = "";
  let deltas = 0;
  try {
    for await (const event of provider.stream(req)) {
      if (event.type === "done") return { text, end: event.finishReason };
      text += event.text;
      if (event.text) onDelta?.(++deltas);
    }
    return { text, end: "no done event" };
  } catch (error) {
    return { text, end: error instanceof ProviderError ? error.kind : String(error) };
  }
}

/** The recorded request whose last user message is `question`. */
const sent = (on: LlmServer, question: string) =>
  on.requests.find((r) =>
    JSON.stringify((r.body as { messages?: unknown }).messages).includes(question),
  );

test("requests side by side on one provider: a Stop ends its own request, not the others", async () => {
  server.setMode({ kind: "echo", chunkDelayMs: 40 });
  const provider = createOpenAIProvider({ baseURL: server.url, apiKey: "sk-one" });
  const stop = new AbortController();
  const [stopped, kept] = await Promise.all([
    reply(provider, request("Première question ?", stop.signal), (n) => {
      if (n === 2) stop.abort();
    }),
    reply(provider, request("Deuxième question ?")),
  ]);
  expect(stopped.end).toBe("aborted");
  expect(kept).toEqual({ text: "Reply to: Deuxième question ?", end: "stop" });
  expect(await sent(server, "Première question ?")?.settled).toBe("client-closed");
  expect(await sent(server, "Deuxième question ?")?.settled).toBe("finished");

  // The same provider after a Stop: the next request is whole.
  server.setMode({ kind: "echo" });
  expect(await reply(provider, request("Troisième question ?"))).toEqual({
    text: "Reply to: Troisième question ?",
    end: "stop",
  });
});

test("a watchdog that drops one request leaves the provider's next request alone", async () => {
  const provider = createOpenAIProvider({
    baseURL: server.url,
    apiKey: "sk-one",
    firstByteTimeoutMs: 150,
  });
  server.setMode({ kind: "hang" });
  expect((await reply(provider, request("Vous êtes là ?"))).end).toBe("timeout");
  server.setMode({ kind: "echo" });
  expect((await reply(provider, request("Et maintenant ?"))).end).toBe("stop");
});

test("two providers with two keys, interleaved: each request carries its own provider's key", async () => {
  const first = createOpenAIProvider({ baseURL: server.url, apiKey: "sk-first" });
  const second = createOpenAIProvider({ baseURL: server.url, apiKey: "sk-second" });
  const questions = Array.from({ length: 6 }, (_, i) => `Question numéro ${i} ?`);
  await Promise.all(
    questions.map((question, i) => reply(i % 2 === 0 ? first : second, request(question))),
  );
  expect(server.requests).toHaveLength(6);
  for (const [i, question] of questions.entries())
    expect(sent(server, question)?.headers.authorization).toBe(
      `Bearer ${i % 2 === 0 ? "sk-first" : "sk-second"}`,
    );
});

test("a config changed in place is honoured at the next request: new key, no key, new URL", async () => {
  const config: EndpointConfig = { baseURL: server.url, apiKey: "sk-old" };
  const provider = createOpenAIProvider(config);
  await reply(provider, request("Avec l'ancienne clé ?"));
  config.apiKey = "sk-new";
  await reply(provider, request("Avec la nouvelle clé ?"));
  config.apiKey = "";
  await reply(provider, request("Sans clé ?"));
  config.baseURL = other.url;
  config.apiKey = "sk-other";
  const moved = await reply(provider, request("Ailleurs ?"));

  expect(sent(server, "Avec l'ancienne clé ?")?.headers.authorization).toBe("Bearer sk-old");
  expect(sent(server, "Avec la nouvelle clé ?")?.headers.authorization).toBe("Bearer sk-new");
  expect(sent(server, "Sans clé ?")?.headers).not.toHaveProperty("authorization");
  expect(server.requests).toHaveLength(3);
  expect(moved.end).toBe("stop");
  expect(other.requests.map((r) => r.headers.authorization)).toEqual(["Bearer sk-other"]);
});

test("a base URL that is not one fails each request, then works once corrected in place", async () => {
  const config: EndpointConfig = { baseURL: "not a url", apiKey: "sk-one" };
  const provider = createOpenAIProvider(config);
  expect((await reply(provider, request("Un ?"))).end).toBe("not-found");
  expect((await reply(provider, request("Deux ?"))).end).toBe("not-found");
  config.baseURL = server.url;
  expect((await reply(provider, request("Trois ?"))).end).toBe("stop");
  expect(server.requests).toHaveLength(1);
});
