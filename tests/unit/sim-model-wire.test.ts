/**
 * The simulated model on the wire: deterministic replies, per-model behaviours on one endpoint,
 * usage, max_tokens and the latency before the first chunk, through the real `openai` SDK.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compile } from "../../src/core/compiler/compile";
import { checkReply } from "../../src/core/persona-tests/checks";
import { PRESETS } from "../helpers/presets";
import { parseBehaviour } from "../llm-server/sim/behaviour";
import { simulatedReply } from "../llm-server/sim/write";
import { startLlmServer, type LlmServer } from "../llm-server/server";

let server: LlmServer;
let client: OpenAI;

const BEHAVIOURS: Record<string, string> = {
  "faithful-model": "faithful",
  "drifting-model": "drifts-to-tu:1",
};

beforeAll(async () => {
  server = await startLlmServer({
    initialMode: {
      kind: "model",
      behaviour: (model) => parseBehaviour(BEHAVIOURS[model] ?? "faithful"),
    },
  });
  client = new OpenAI({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0, logLevel: "off" });
});
afterAll(() => server.close());

const persona = PRESETS.find((each) => each.id === "banque-conseil");
if (persona === undefined) throw new Error("the banque-conseil preset is missing");
const system = compile(persona).systemPrompt;
const CONVERSATION: OpenAI.ChatCompletionMessageParam[] = [
  { role: "system", content: system },
  { role: "user", content: "Bonjour" },
  { role: "assistant", content: "Bonjour, comment puis-je vous aider ?" },
  { role: "user", content: "Ma carte est bloquée depuis hier, que dois-je faire ?" },
];

async function ask(
  model: string,
  extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {},
) {
  return client.chat.completions.create({ model, messages: CONVERSATION, ...extra });
}

const failed = (reply: string) =>
  checkReply(persona, reply)
    .filter((check) => !check.pass)
    .map((check) => check.id);

describe("the simulated model on the wire", { timeout: 60_000 }, () => {
  test("the same messages give the same reply, computed afresh or served again", async () => {
    const sent = CONVERSATION.map((m) => ({ role: m.role, content: m.content }));
    const once = simulatedReply(parseBehaviour("uses-avoided:0.5:3"), sent);
    const twice = simulatedReply(parseBehaviour("uses-avoided:0.5:3"), sent);
    expect(twice).toBe(once);
    expect(once.length).toBeGreaterThan(20);
    const first = await ask("faithful-model");
    const second = await ask("faithful-model");
    expect(second.choices[0]?.message.content).toBe(first.choices[0]?.message.content);
    expect(first.choices[0]?.message.content).toBe(
      simulatedReply(parseBehaviour("faithful"), sent),
    );
  });

  test("two models on one endpoint: one faithful, one drifting to tu", async () => {
    const faithful = (await ask("faithful-model")).choices[0]?.message.content ?? "";
    const drifting = (await ask("drifting-model")).choices[0]?.message.content ?? "";
    expect(failed(faithful)).toEqual([]);
    expect(failed(drifting)).toEqual(["derived:address"]);
    expect(drifting).toMatch(/\b(?:tu|te|t'|ton|ta|tes|toi)\b/i);
  });

  test("usage counts the prompt's words and the reply's chunks; max_tokens cuts the reply", async () => {
    const full = await ask("faithful-model");
    const words = CONVERSATION.map((m) => String(m.content).match(/\S+/g)?.length ?? 0);
    const promptWords = words.reduce((a, b) => a + b, 0);
    expect(full.usage?.prompt_tokens).toBe(promptWords);
    const reply = full.choices[0]?.message.content ?? "";
    expect(full.usage?.completion_tokens).toBe(reply.match(/\S+/g)?.length);
    expect(full.choices[0]?.finish_reason).toBe("stop");

    const cut = await ask("faithful-model", { max_tokens: 3 });
    expect(cut.choices[0]?.finish_reason).toBe("length");
    expect(cut.usage?.completion_tokens).toBe(3);
    expect(reply.startsWith(cut.choices[0]?.message.content ?? "-")).toBe(true);

    const stream = await client.chat.completions.create({
      model: "faithful-model",
      messages: CONVERSATION,
      stream: true,
      stream_options: { include_usage: true },
    });
    let streamed = "";
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      const piece = chunk.choices[0]?.delta.content;
      if (piece) {
        streamed += piece;
        chunks++;
      }
      usage = chunk.usage ?? usage;
    }
    expect(streamed).toBe(reply);
    expect(usage).toEqual({
      prompt_tokens: promptWords,
      completion_tokens: chunks,
      total_tokens: promptWords + chunks,
    });
  });

  test("latencyMs: the first chunk waits, the reply does not change", async () => {
    const plain = (await ask("faithful-model")).choices[0]?.message.content;
    server.setMode({ kind: "model", behaviour: parseBehaviour("faithful"), latencyMs: 150 });
    try {
      const started = Date.now();
      const stream = await client.chat.completions.create({
        model: "any",
        messages: CONVERSATION,
        stream: true,
      });
      let firstAt = 0;
      let text = "";
      for await (const chunk of stream) {
        firstAt ||= Date.now();
        text += chunk.choices[0]?.delta.content ?? "";
      }
      expect(firstAt - started).toBeGreaterThanOrEqual(140);
      expect(text).toBe(plain);
    } finally {
      server.reset();
    }
  });

  test("eight at once, each waiting 40 ms: all eight are open together", async () => {
    server.setMode({ kind: "model", behaviour: {}, latencyMs: 40 });
    try {
      const users = Array.from({ length: 8 }, (_, i) => `Question numéro ${i + 1} sur mon compte.`);
      const replies = await Promise.all(
        users.map((content) =>
          client.chat.completions.create({
            model: "any",
            messages: [
              { role: "system", content: system },
              { role: "user", content },
            ],
          }),
        ),
      );
      expect(server.maxInFlight()).toBe(8);
      expect(new Set(replies.map((r) => r.choices[0]?.message.content)).size).toBeGreaterThan(1);
    } finally {
      server.reset();
    }
  });
});
