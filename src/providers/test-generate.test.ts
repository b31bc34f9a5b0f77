// The persona tests' reply function against the project's test server: real HTTP, real SSE,
// the real SDK. Faults are switched on the server; "fail twice, then answer" switches back to
// echo from the server's own onExchange hook, so the client sees exactly what it would see.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { startLlmServer, type LlmMode, type LlmServer } from "../../tests/llm-server/server";
import { makePersona } from "../../tests/helpers/make-persona";
import type { ChatMessage } from "../core/conversation";
import type { GenerateRequest, TestTarget } from "../core/persona-tests/types";
import { rehearse } from "../core/rehearsal/rehearse";
import { createReplyCache, replyKey } from "./reply-cache";
import {
  GenerateError,
  OFFLINE_TARGET,
  createTestGenerate,
  endpointTarget,
  type TestGenerateOptions,
} from "./test-generate";

const KEY = "sk-test-SECRET123";
let server: LlmServer;
/** Exchanges seen by the server, with the time each ended. */
let exchanges: { status: number; at: number }[] = [];
/** Called after each exchange: a test switches the server's mode from here. */
let afterExchange: ((count: number) => void) | undefined;

beforeAll(async () => {
  server = await startLlmServer({
    maxHangMs: 3_000,
    onExchange: (_request, status) => {
      exchanges.push({ status, at: performance.now() });
      afterExchange?.(exchanges.length);
    },
  });
});
afterEach(() => {
  server.reset();
  exchanges = [];
  afterExchange = undefined;
});
afterAll(() => server.close());

const persona = makePersona();
const SYSTEM = "Tu es Camille, conseillère à la Mairie de Lyon.";
const MESSAGES: ChatMessage[] = [
  { role: "user", content: "Bonjour" },
  { role: "assistant", content: "Bonjour, que puis-je pour vous ?" },
  { role: "user", content: "Quels sont vos horaires ?" },
];

function ask(target: TestTarget, signal = new AbortController().signal): GenerateRequest {
  return { target, persona, systemPrompt: SYSTEM, messages: MESSAGES, signal };
}

const model = () => endpointTarget(server.url, "mock-model");
/** Quick retries whose waits come from the server, not from the backoff. */
const quick = (more: TestGenerateOptions = {}) =>
  createTestGenerate({ apiKey: KEY, backoffMs: 5, random: () => 0.5, ...more });

/** The server fails with `mode` for the first `failures` exchanges, then echoes. */
function failThenAnswer(mode: LlmMode, failures: number) {
  server.setMode(mode);
  afterExchange = (count) => {
    if (count >= failures) server.setMode({ kind: "echo" });
  };
}

async function failure(promise: Promise<unknown>): Promise<GenerateError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerateError);
  return error as GenerateError;
}

describe("targets", () => {
  test("an endpoint target is named by its model and host, its id by URL and model", () => {
    const target = endpointTarget("http://127.0.0.1:8787/v1", "gpt-4o-mini");
    expect(target).toMatchObject({
      id: "http://127.0.0.1:8787/v1#gpt-4o-mini",
      label: "gpt-4o-mini · 127.0.0.1:8787",
      temperature: 0.7,
      maxTokens: 512,
    });
    const warmer = endpointTarget("http://127.0.0.1:8787/v1", "gpt-4o-mini", { temperature: 1 });
    expect(warmer.id).not.toBe(target.id);
    expect(warmer.label).toContain("t 1");
  });
});

describe("replies", () => {
  test("offline: the rehearsal's reply, without a request or usage", async () => {
    const reply = await createTestGenerate()(ask(OFFLINE_TARGET));
    expect(reply.text).toBe(rehearse(persona, MESSAGES).text);
    expect(reply).toMatchObject({ cached: false, attempts: 1 });
    expect(reply.usage).toBeUndefined();
    expect(reply.latencyMs).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(0);
  });

  test("endpoint: sends the chained history, records usage and latency", async () => {
    const reply = await quick()(ask(model()));
    expect(reply.text).toBe("Reply to: Quels sont vos horaires ?");
    expect(reply).toMatchObject({ cached: false, attempts: 1 });
    // The test server counts one token per word ("Reply", "to:", … "?"), and one for the prompt.
    expect(reply.usage).toEqual({ promptTokens: 1, completionTokens: 7 });
    expect(reply.latencyMs).toBeGreaterThan(0);
    const body = server.requests[0]?.body as Record<string, unknown>;
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(body.messages).toEqual([{ role: "system", content: SYSTEM }, ...MESSAGES]);
    expect(body).toMatchObject({ model: "mock-model", temperature: 0.7, max_tokens: 512 });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});

describe("retries", () => {
  test("a 429 is retried after the retry-after the server asked for", async () => {
    failThenAnswer({ kind: "status", status: 429, retryAfterMs: "300" }, 2);
    const reply = await quick()(ask(model()));
    expect(reply.text).toBe("Reply to: Quels sont vos horaires ?");
    expect(reply.attempts).toBe(3);
    expect(exchanges.map((e) => e.status)).toEqual([429, 429, 200]);
    // Each next request waited at least the 300 ms asked (the backoff alone would be ~10 ms).
    const [first, second] = exchanges;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(295);
    expect(reply.latencyMs).toBeGreaterThanOrEqual(595);
  });

  test("retry-after in seconds is honoured too", async () => {
    failThenAnswer({ kind: "status", status: 429, retryAfter: "1" }, 1);
    const reply = await quick()(ask(model()));
    expect(reply.attempts).toBe(2);
    expect(exchanges[1]!.at - exchanges[0]!.at).toBeGreaterThanOrEqual(995);
  });

  test("a 503 is retried, after its retry-after when it gives one", async () => {
    failThenAnswer({ kind: "status", status: 503, retryAfterMs: "250" }, 1);
    const reply = await quick()(ask(model()));
    expect(reply.attempts).toBe(2);
    expect(exchanges[1]!.at - exchanges[0]!.at).toBeGreaterThanOrEqual(245);
  });

  test("a reply cut mid-stream is asked again", async () => {
    failThenAnswer({ kind: "cut", afterChunks: 2 }, 1);
    const reply = await quick()(ask(model()));
    expect(reply.attempts).toBe(2);
    expect(reply.text).toBe("Reply to: Quels sont vos horaires ?");
  });

  test("an unreachable endpoint is tried 1 + retries times, then reported as network", async () => {
    const gone = await startLlmServer();
    await gone.close();
    const error = await failure(quick({ retries: 2 })(ask(endpointTarget(gone.url, "m"))));
    expect(error.kind).toBe("network");
    expect(error.attempts).toBe(3);
  });

  test("a wait longer than maxRetryWaitMs is cut down to it", async () => {
    failThenAnswer({ kind: "status", status: 429, retryAfter: "30" }, 1);
    const started = performance.now();
    const reply = await quick({ maxRetryWaitMs: 100 })(ask(model()));
    expect(reply.attempts).toBe(2);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("a 401 is not retried, and its message never holds the key", async () => {
    server.setMode({ kind: "status", status: 401, echoKey: true });
    const error = await failure(quick()(ask(model())));
    expect(error.kind).toBe("auth");
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
    expect(`${error.message} ${error.serverMessage ?? ""}`).not.toContain("SECRET123");
  });

  test("404 and 400 are not retried either", async () => {
    for (const [status, kind] of [
      [404, "not-found"],
      [400, "bad-request"],
    ] as const) {
      server.reset();
      server.setMode({ kind: "status", status });
      const error = await failure(quick()(ask(model())));
      expect(error.kind).toBe(kind);
      expect(server.requests).toHaveLength(1);
    }
  });

  test("gives up after 1 + retries attempts with the last error", async () => {
    server.setMode({ kind: "status", status: 500 });
    afterExchange = (count) => {
      if (count === 3) server.setMode({ kind: "status", status: 502 });
    };
    const error = await failure(quick({ retries: 3 })(ask(model())));
    expect(server.requests).toHaveLength(4);
    expect(error.attempts).toBe(4);
    expect(error.kind).toBe("server");
    expect(error.status).toBe(502);
    expect(error.latencyMs).toBeGreaterThan(0);
  });
});

describe("timeout and cancel", () => {
  test("a request that takes too long, first byte or not, times out", async () => {
    server.setMode({ kind: "hang" });
    const hung = await failure(quick({ timeoutMs: 200, retries: 0 })(ask(model())));
    expect(hung.kind).toBe("timeout");
    expect(await server.requests[0]!.settled).toBe("client-closed");

    // Chunks keep coming, each in time, but the whole reply does not: still a timeout.
    server.reset();
    server.setMode({ kind: "echo", chunkDelayMs: 150 });
    const slow = quick({ timeoutMs: 400, firstByteTimeoutMs: 5_000, retries: 0 });
    const error = await failure(slow(ask(model())));
    expect(error.kind).toBe("timeout");
  });

  test("a timeout is retried", async () => {
    failThenAnswer({ kind: "hang" }, 1);
    const reply = await quick({ timeoutMs: 300 })(ask(model()));
    expect(reply.attempts).toBe(2);
  });

  test("cancel closes the HTTP request and sends no other", async () => {
    server.setMode({ kind: "hang" });
    const controller = new AbortController();
    const pending = quick()(ask(model(), controller.signal));
    await expect.poll(() => server.requests.length).toBe(1);
    const started = performance.now();
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(500);
    expect(await server.requests[0]!.settled).toBe("client-closed");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(1);
  });

  test("cancel during a retry wait ends it at once", async () => {
    server.setMode({ kind: "status", status: 429, retryAfter: "5" });
    const controller = new AbortController();
    const pending = quick()(ask(model(), controller.signal));
    await expect.poll(() => exchanges.length).toBe(1);
    const started = performance.now();
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.requests).toHaveLength(1);
  });
});

describe("the preview's reply cache", () => {
  test("a reply the preview already had costs no request", async () => {
    const cache = createReplyCache();
    // The key exactly as the preview builds it (stores/preview.ts, stores/chat-store.ts).
    const previewKey = replyKey({
      providerId: "openai-compatible",
      baseURL: server.url,
      params: { model: "mock-model", temperature: 0.7, maxTokens: 512 },
      systemPrompt: SYSTEM,
      persona,
      messages: MESSAGES,
    });
    cache.set(previewKey, "Nos horaires : 9 h – 17 h.");
    const reply = await quick({ cache })(ask(model()));
    expect(reply).toMatchObject({ text: "Nos horaires : 9 h – 17 h.", cached: true, attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });

  test("a reply fetched by a test is there for the preview, offline as online", async () => {
    const cache = createReplyCache();
    const generate = quick({ cache });
    const online = await generate(ask(model()));
    expect(
      cache.get(
        replyKey({
          providerId: "openai-compatible",
          baseURL: server.url,
          params: { model: "mock-model", temperature: 0.7, maxTokens: 512 },
          systemPrompt: SYSTEM,
          persona,
          messages: MESSAGES,
        }),
      ),
    ).toBe(online.text);
    const offline = await generate(ask(OFFLINE_TARGET));
    const offlineKey = replyKey({
      providerId: "rehearsal",
      baseURL: "",
      params: { model: "rehearsal", temperature: 0, maxTokens: 0 },
      systemPrompt: SYSTEM,
      persona,
      messages: MESSAGES,
    });
    expect(cache.get(offlineKey)).toBe(offline.text);
    const again = await generate(ask(model()));
    expect(again).toMatchObject({ cached: true, attempts: 0, text: online.text });
    expect(server.requests).toHaveLength(1);
  });

  test("a failed reply is not cached", async () => {
    const cache = createReplyCache();
    server.setMode({ kind: "status", status: 401 });
    await failure(quick({ cache })(ask(model())));
    expect(cache.size).toBe(0);
  });
});
