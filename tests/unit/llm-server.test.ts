// The test server speaks the real protocol: recorded OpenAI bodies, replayed byte for byte,
// rebuild the recorded messages through the real SDK and through the studio's provider.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createOpenAIProvider } from "../../src/providers/openai-provider";
import type { ChatEvent } from "../../src/providers/types";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import { makePersona } from "../helpers/make-persona";

const FIXTURES = new URL("../fixtures/openai-sse/", import.meta.url);
const WEATHER =
  "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.";

let server: LlmServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startLlmServer({ maxHangMs: 2_000 });
  client = new OpenAI({
    apiKey: "sk-test-SECRET123",
    baseURL: server.url,
    maxRetries: 0,
    logLevel: "off",
  });
});
afterEach(() => server.reset());
afterAll(() => server.close());

async function viaProvider(): Promise<{ text: string; done: ChatEvent | undefined }> {
  const provider = createOpenAIProvider({ baseURL: server.url, apiKey: "sk-test-SECRET123" });
  let text = "";
  let done: ChatEvent | undefined;
  const request = {
    systemPrompt: "x",
    persona: makePersona(),
    messages: [{ role: "user" as const, content: "What's the weather like in SF?" }],
    params: { model: "gpt-4o-2024-08-06", temperature: 1, maxTokens: 100 },
    signal: new AbortController().signal,
  };
  for await (const event of provider.stream(request)) {
    if (event.type === "delta") text += event.text;
    else done = event;
  }
  return { text, done };
}

describe("replaying recorded OpenAI streams", () => {
  test("the server sends the recording byte for byte (its SHA-256 is upstream's snapshot id)", async () => {
    server.setMode({ kind: "replay", file: "01_plain_text_weather_sf", pieceBytes: 97 });
    const response = await fetch(`${server.url}/chat/completions`, { method: "POST", body: "{}" });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(readFileSync(new URL("01_plain_text_weather_sf.sse", FIXTURES)))).toBe(
      true,
    );
    expect(createHash("sha256").update(bytes).digest("hex").slice(0, 12)).toBe("e2aad469b71d");
  });

  test.each([undefined, 7])(
    "01 plain text (pieces of %s bytes) → the exact content through the provider",
    async (pieceBytes) => {
      server.setMode({ kind: "replay", file: "01_plain_text_weather_sf", pieceBytes });
      expect(await viaProvider()).toEqual({
        text: WEATHER,
        // The recording ends with OpenAI's usage chunk: the provider reports it as sent.
        done: {
          type: "done",
          finishReason: "stop",
          usage: { promptTokens: 14, completionTokens: 30 },
        },
      });
    },
  );

  test("01 through the SDK's own stream helper", async () => {
    server.setMode({ kind: "replay", file: "01_plain_text_weather_sf" });
    const stream = client.chat.completions.stream({
      model: "gpt-4o-2024-08-06",
      messages: [{ role: "user", content: "What's the weather like in SF?" }],
    });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe(WEATHER);
    expect(final.choices[0]?.finish_reason).toBe("stop");
  });

  test("02 say foo → 'Foo!'", async () => {
    server.setMode({ kind: "replay", file: "02_plain_text_say_foo_logprobs" });
    expect((await viaProvider()).text).toBe("Foo!");
  });

  test("04 max_tokens=1 → finish reason length", async () => {
    server.setMode({ kind: "replay", file: "04_max_tokens_1_finish_length" });
    expect(await viaProvider()).toEqual({
      text: '{"',
      done: {
        type: "done",
        finishReason: "length",
        usage: { promptTokens: 79, completionTokens: 1 },
      },
    });
  });

  test("06 n=3: the SDK rebuilds three choices, the provider keeps choice 0", async () => {
    server.setMode({ kind: "replay", file: "06_n3_multiple_choices" });
    const final = await client.chat.completions
      .stream({ model: "gpt-4o-2024-08-06", messages: [], n: 3 })
      .finalChatCompletion();
    expect(final.choices.map((c) => c.message.content)).toEqual(
      [65, 61, 59].map((t) => `{"city":"San Francisco","temperature":${t},"units":"f"}`),
    );
    server.setMode({ kind: "replay", file: "06_n3_multiple_choices" });
    expect((await viaProvider()).text).toBe(
      '{"city":"San Francisco","temperature":65,"units":"f"}',
    );
  });

  test("07 refusal: no content, a refusal; the provider shows the refusal as the reply", async () => {
    const refusal = "I'm sorry, I can't assist with that request.";
    server.setMode({ kind: "replay", file: "07_refusal" });
    const chunks = await client.chat.completions.create({
      model: "gpt-4o-2024-08-06",
      messages: [],
      stream: true,
    });
    let content = "";
    let refused = "";
    for await (const chunk of chunks) {
      content += chunk.choices[0]?.delta.content ?? "";
      refused += chunk.choices[0]?.delta.refusal ?? "";
    }
    expect({ content, refused }).toEqual({ content: "", refused: refusal });
    server.setMode({ kind: "replay", file: "07_refusal" });
    expect(await viaProvider()).toEqual({
      text: refusal,
      done: {
        type: "done",
        finishReason: "stop",
        usage: { promptTokens: 79, completionTokens: 11 },
      },
    });
  });
});

describe("the protocol around the stream", () => {
  test("a non-streaming completion, and the usage chunk when asked for", async () => {
    const completion = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "Salut" }],
    });
    expect(completion.choices[0]?.message.content).toBe("Reply to: Salut");
    const stream = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "a b" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.at(-1)?.usage?.completion_tokens).toBe(4);
  });

  test("CORS preflight echoes the requested headers (authorization, x-stainless-*) and exposes retry-after", async () => {
    const requested = "authorization,content-type,x-stainless-os,x-stainless-timeout";
    const response = await fetch(`${server.url}/chat/completions`, {
      method: "OPTIONS",
      headers: {
        origin: "http://127.0.0.1:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": requested,
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toBe(requested);
    expect(response.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect(server.requests[0]?.method).toBe("OPTIONS");
  });

  test("no-cors mode leaves the CORS headers out", async () => {
    server.setMode({ kind: "no-cors" });
    const response = await fetch(`${server.url}/models`);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a base URL without /v1 gets OpenAI's 404 wording, which the provider reports as not-found", async () => {
    const provider = createOpenAIProvider({
      baseURL: server.url.replace(/\/v1$/, ""),
      apiKey: "k",
    });
    const request = {
      systemPrompt: "",
      persona: makePersona(),
      messages: [],
      params: { model: "m", temperature: 1, maxTokens: 1 },
      signal: new AbortController().signal,
    };
    await expect(provider.stream(request)[Symbol.asyncIterator]().next()).rejects.toMatchObject({
      kind: "not-found",
      serverMessage: "Invalid URL (POST /chat/completions)",
    });
  });

  test("long mode streams the asked number of tokens at about the asked rate", async () => {
    server.setMode({ kind: "long", tokens: 300, tokensPerSecond: 3_000 });
    const started = Date.now();
    const stream = await client.chat.completions.create({ model: "m", messages: [], stream: true });
    let words = 0;
    for await (const chunk of stream) if (chunk.choices[0]?.delta.content) words++;
    expect(words).toBe(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(80);
  });

  test("setScript decides the echo reply's text", async () => {
    server.setScript(
      (request) => `seen ${(request.body as { messages: unknown[] }).messages.length} messages`,
    );
    const completion = await client.chat.completions.create({
      model: "m",
      messages: [{ role: "user", content: "x" }],
    });
    expect(completion.choices[0]?.message.content).toBe("seen 1 messages");
  });

  test("close() does not wait for a hanging request", async () => {
    const own = await startLlmServer({ initialMode: { kind: "hang" }, maxHangMs: 60_000 });
    const pending = fetch(`${own.url}/chat/completions`, { method: "POST", body: "{}" }).catch(
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(TypeError);
  });
});

// Streamed, so that each reply takes its chunk delays and the three overlap.
async function ask(content: string): Promise<void> {
  const stream = await client.chat.completions.create({
    model: "mock-model",
    messages: [{ role: "user", content }],
    stream: true,
  });
  for await (const chunk of stream) void chunk;
}

describe("requests in flight", () => {
  test("the server counts chat requests open at once, and reset forgets the peak", async () => {
    server.setMode({ kind: "echo", chunkDelayMs: 30 });
    await Promise.all([ask("one two three"), ask("four five six"), ask("seven eight nine")]);
    expect(server.maxInFlight()).toBe(3);
    expect(server.inFlight()).toBe(0);
    await ask("alone now");
    expect(server.maxInFlight()).toBe(3);
    server.reset();
    expect(server.maxInFlight()).toBe(0);
    await ask("alone again");
    expect(server.maxInFlight()).toBe(1);
  });
});
