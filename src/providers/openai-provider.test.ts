// The provider against the project's test server over real HTTP, with the real SDK (never mocked).
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { startLlmServer, type LlmMode, type LlmServer } from "../../tests/llm-server/server";
import { makePersona } from "../../tests/helpers/make-persona";
import { providerFailure } from "./errors";
import { createOpenAIProvider, listModels, retryAfter } from "./openai-provider";
import {
  MAX_REPLY_CHARS,
  ProviderError,
  type ChatEvent,
  type ChatRequest,
  type ProviderErrorKind,
} from "./types";

const KEY = "sk-test-SECRET123";
let server: LlmServer;

beforeAll(async () => {
  server = await startLlmServer({ maxHangMs: 3_000 });
});
afterEach(() => server.reset());
afterAll(() => server.close());

function request(overrides: Partial<ChatRequest> = {}): ChatRequest {
  return {
    systemPrompt: "Tu es Camille, conseillère à la Mairie de Lyon.",
    persona: makePersona(),
    messages: [
      { role: "user", content: "Bonjour" },
      { role: "assistant", content: "Bonjour, que puis-je pour vous ?" },
      { role: "user", content: "Quels sont vos horaires ?" },
    ],
    params: { model: "mock-model", temperature: 0.7, maxTokens: 256 },
    signal: new AbortController().signal,
    ...overrides,
  };
}

async function run(
  req: ChatRequest,
  config: { apiKey?: string; firstByteTimeoutMs?: number; baseURL?: string } = {},
) {
  const provider = createOpenAIProvider({ baseURL: server.url, apiKey: KEY, ...config });
  const events: ChatEvent[] = [];
  try {
    for await (const event of provider.stream(req)) events.push(event);
    return { events, text: joined(events), error: undefined };
  } catch (error) {
    return { events, text: joined(events), error: error as ProviderError };
  }
}
const joined = (events: ChatEvent[]) =>
  events.map((e) => (e.type === "delta" ? e.text : "")).join("");

test("streams the reply in several deltas and ends with the finish reason", async () => {
  const { events, text, error } = await run(request());
  expect(error).toBeUndefined();
  expect(text).toBe("Reply to: Quels sont vos horaires ?");
  expect(events.filter((e) => e.type === "delta").length).toBeGreaterThan(3);
  expect(events.at(-1)).toEqual({ type: "done", finishReason: "stop" });
});

test("sends the compiled prompt first, then the history, the model, temperature, max_tokens and the key", async () => {
  const req = request();
  await run(req);
  const [sent] = server.requests;
  expect(sent?.method).toBe("POST");
  expect(sent?.path).toBe("/v1/chat/completions");
  expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(sent?.body).toMatchObject({
    model: "mock-model",
    temperature: 0.7,
    max_tokens: 256,
    stream: true,
    messages: [{ role: "system", content: req.systemPrompt }, ...req.messages],
  });
});

test("sends no authorization header when the key is empty (local servers need none)", async () => {
  const { error } = await run(request(), { apiKey: "  " });
  expect(error).toBeUndefined();
  expect(server.requests[0]?.headers.authorization).toBeUndefined();
});

test("max_tokens reached ends with finish reason length", async () => {
  const { events } = await run(request({ params: { model: "m", temperature: 0, maxTokens: 2 } }));
  expect(joined(events)).toBe("Reply to:");
  expect(events.at(-1)).toEqual({ type: "done", finishReason: "length" });
});

test("Stop mid-stream ends with 'aborted' and the server sees the connection closed", async () => {
  server.setMode({ kind: "echo", chunkDelayMs: 50 });
  const controller = new AbortController();
  const provider = createOpenAIProvider({ baseURL: server.url, apiKey: KEY });
  const deltas: string[] = [];
  const failure = await (async () => {
    for await (const event of provider.stream(request({ signal: controller.signal }))) {
      if (event.type === "delta" && event.text) deltas.push(event.text);
      if (deltas.length === 2) controller.abort();
    }
  })().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(ProviderError);
  expect((failure as ProviderError).kind).toBe("aborted");
  expect(deltas).toHaveLength(2);
  expect(await server.requests[0]?.settled).toBe("client-closed");
});

test("an already-aborted signal never reaches the server", async () => {
  const controller = new AbortController();
  controller.abort();
  const { error } = await run(request({ signal: controller.signal }));
  expect(error?.kind).toBe("aborted");
  expect(server.requests).toHaveLength(0);
});

const faults: [string, LlmMode, ProviderErrorKind, number | undefined][] = [
  ["401 (real body)", { kind: "status", status: 401 }, "auth", 401],
  ["401 quoting the whole key", { kind: "status", status: 401, echoKey: true }, "auth", 401],
  ["403", { kind: "status", status: 403 }, "auth", 403],
  ["404", { kind: "status", status: 404 }, "not-found", 404],
  ["400", { kind: "status", status: 400 }, "bad-request", 400],
  ["422", { kind: "status", status: 422 }, "bad-request", 422],
  ["500 (real body)", { kind: "status", status: 500 }, "server", 500],
  ["502 (HTML page)", { kind: "status", status: 502 }, "server", 502],
  ["503", { kind: "status", status: 503 }, "server", 503],
  ["socket destroyed mid-reply", { kind: "cut", afterChunks: 2 }, "interrupted", undefined],
  [
    "body ended without finish_reason or [DONE]",
    { kind: "end-early", afterChunks: 2 },
    "interrupted",
    undefined,
  ],
  ["a data: line that is not JSON", { kind: "malformed", afterChunks: 1 }, "malformed", undefined],
  [
    "an error event inside the stream",
    { kind: "stream-error", afterChunks: 1 },
    "server",
    undefined,
  ],
];

describe.each(faults)("fault: %s", (_name, mode, kind, status) => {
  // The words come from the UI (ui/chat/failure-text.test.ts); what it words must not hold the key.
  test(`→ ${kind}, as data to word, without the key`, async () => {
    server.setMode(mode);
    const { error } = await run(request());
    expect(error).toBeInstanceOf(ProviderError);
    expect(error?.kind).toBe(kind);
    expect(error?.status).toBe(status);
    expect(providerFailure(error)).toMatchObject({ kind, status });
    expect(JSON.stringify(providerFailure(error))).not.toContain("SECRET123");
    expect(`${error?.message} ${error?.serverMessage ?? ""}`).not.toContain("SECRET123");
    expect(error?.message).not.toMatch(/<html/i);
  });
});

test("429 with retry-after in seconds gives retryAfterMs, the wait the description words", async () => {
  server.setMode({ kind: "status", status: 429, retryAfter: "12" });
  const { error } = await run(request());
  expect(error?.kind).toBe("rate-limit");
  expect(error?.retryAfterMs).toBe(12_000);
  expect(providerFailure(error)).toMatchObject({
    kind: "rate-limit",
    retryAfterMs: 12_000,
    retryable: true,
  });
  expect(error?.serverMessage).toContain("Rate limit reached");
});

test("429 with retry-after-ms wins over retry-after", async () => {
  server.setMode({ kind: "status", status: 429, retryAfter: "30", retryAfterMs: "1500" });
  const { error } = await run(request());
  expect(error?.retryAfterMs).toBe(1500);
});

test("503 with retry-after gives retryAfterMs too", async () => {
  server.setMode({ kind: "status", status: 503, retryAfter: "7" });
  const { error } = await run(request());
  expect(error?.kind).toBe("server");
  expect(error?.retryAfterMs).toBe(7_000);
  server.setMode({ kind: "status", status: 503 });
  expect((await run(request())).error?.retryAfterMs).toBeUndefined();
});

test("asks for token usage only when told, and gives it on done", async () => {
  const plain = await run(request());
  expect(server.requests[0]?.body).not.toHaveProperty("stream_options");
  expect(plain.events.at(-1)).toEqual({ type: "done", finishReason: "stop" });
  const counted = await run(request({ includeUsage: true }));
  expect(server.requests[1]?.body).toMatchObject({ stream_options: { include_usage: true } });
  expect(counted.text).toBe("Reply to: Quels sont vos horaires ?");
  expect(counted.events.at(-1)).toEqual({
    type: "done",
    finishReason: "stop",
    usage: { promptTokens: 1, completionTokens: 7 },
  });
});

test("retry-after as an HTTP date, and OpenAI's 'try again in 26.604s' wording", () => {
  const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
  expect(retryAfter(new Headers({ "retry-after": inTenSeconds }))).toBeGreaterThan(8_000);
  expect(retryAfter(new Headers(), "Please try again in 26.604s. Visit")).toBeCloseTo(26_604);
  expect(retryAfter(new Headers(), "Please try again in 6ms. Contact")).toBe(6);
  expect(retryAfter(new Headers())).toBeUndefined();
});

test("no first byte within firstByteTimeoutMs → timeout, and the request is dropped", async () => {
  server.setMode({ kind: "hang" });
  const started = Date.now();
  const { error } = await run(request(), { firstByteTimeoutMs: 200 });
  expect(error?.kind).toBe("timeout");
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(await server.requests[0]?.settled).toBe("client-closed");
});

test("a stream that stalls after its first chunks → stalled, the text so far kept, the request dropped", async () => {
  server.setMode({ kind: "stall", afterChunks: 2 });
  const started = Date.now();
  const { text, error } = await run(request(), { firstByteTimeoutMs: 300 });
  expect(error?.kind).toBe("stalled");
  expect(text).toBe("Reply to:");
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(await server.requests[0]?.settled).toBe("client-closed");
});

test("chunks that keep coming, each within the wait, are not a stall however long the reply takes", async () => {
  server.setMode({ kind: "echo", chunkDelayMs: 120 });
  const { text, error } = await run(request(), { firstByteTimeoutMs: 400 });
  expect(error).toBeUndefined();
  expect(text).toBe("Reply to: Quels sont vos horaires ?");
});

test("a reply past the cap (a server that ignores max_tokens) stops there, keeps the text, drops the request", async () => {
  server.setMode({ kind: "huge", chars: 5_000_000, chunkChars: 4_096 });
  const { events, text, error } = await run(request());
  expect(error?.kind).toBe("too-long");
  expect(text).toHaveLength(MAX_REPLY_CHARS);
  expect(text.startsWith("All work and no play")).toBe(true);
  expect(events.some((e) => e.type === "done")).toBe(false);
  expect(server.requests[0]?.body).toMatchObject({ max_tokens: 256 });
  expect(await server.requests[0]?.settled).toBe("client-closed");
});

test("a reply of exactly the cap is whole, not too long", async () => {
  server.setMode({ kind: "huge", chars: MAX_REPLY_CHARS, chunkChars: 1_000 });
  const { events, text, error } = await run(request());
  expect(error).toBeUndefined();
  expect(text).toHaveLength(MAX_REPLY_CHARS);
  expect(events.at(-1)).toEqual({ type: "done", finishReason: "stop" });
});

test("a slow first byte within the limit is fine", async () => {
  server.setMode({ kind: "slow-first-byte", delayMs: 150 });
  const { text, error } = await run(request(), { firstByteTimeoutMs: 2_000 });
  expect(error).toBeUndefined();
  expect(text).toBe("Reply to: Quels sont vos horaires ?");
});

test("a refused connection → network, with the CORS possibility spelled out", async () => {
  const closed = await startLlmServer();
  const url = closed.url;
  await closed.close();
  const { error } = await run(request(), { baseURL: url });
  expect(error?.kind).toBe("network");
  expect(error?.message).toMatch(/unreachable.*origin \(CORS\)/);
  // Worded with the Ollama and LM Studio settings that allow it (ui/chat/failure-text.test.ts).
  expect(providerFailure(error).kind).toBe("network");
});

test("a base URL that is not a URL → not-found, before any request", async () => {
  const { error } = await run(request(), { baseURL: "localhost:11434/v1" });
  expect(error?.kind).toBe("not-found");
});

test("listModels returns the ids from GET /models, with the key", async () => {
  expect(await listModels({ baseURL: server.url, apiKey: KEY })).toEqual([
    "gpt-4o-mini",
    "llama3.2",
    "mock-model",
  ]);
  expect(server.requests[0]).toMatchObject({
    method: "GET",
    path: "/v1/models",
    headers: { authorization: `Bearer ${KEY}` },
  });
});

test("listModels maps failures the same way", async () => {
  server.setMode({ kind: "status", status: 401, echoKey: true });
  const error = await listModels({ baseURL: server.url, apiKey: KEY }).catch(
    (e: unknown) => e as ProviderError,
  );
  expect(error).toBeInstanceOf(ProviderError);
  expect((error as ProviderError).kind).toBe("auth");
  expect(
    JSON.stringify({ ...(error as ProviderError), message: (error as Error).message }),
  ).not.toContain("SECRET123");
});
