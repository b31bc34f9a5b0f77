// The runner and drift (core) with the real reply function, against the project's test server:
// what a designer's run does on the wire. The server's script plays the model.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  startLlmServer,
  type LlmServer,
  type RecordedRequest,
} from "../../tests/llm-server/server";
import { makePersona } from "../../tests/helpers/make-persona";
import type { ChatMessage } from "../core/conversation";
import { runDrift } from "../core/persona-tests/drift";
import { runPersonaTests, testCasesFor } from "../core/persona-tests/runner";
import { endpointUserSimulator } from "../core/persona-tests/user-simulator";
import { createReplyCache } from "./reply-cache";
import { OFFLINE_TARGET, createTestGenerate, endpointTarget } from "./test-generate";

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ maxHangMs: 3_000 });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const persona = makePersona({ language: "fr", address: "formal", lexicon: { avoid: [] } });
const sent = (request: RecordedRequest) => (request.body as { messages: ChatMessage[] }).messages;
const usersIn = (messages: readonly { role: string }[]) =>
  messages.filter((message) => message.role === "user").length;

/** A model that says "vous" for 22 turns, then "tu"; and, playing the user, asks a new question. */
function driftingModel(request: RecordedRequest): string {
  const messages = sent(request);
  const turn = usersIn(messages);
  if (messages[0]?.content.startsWith("Vous jouez")) return `Et pour la question ${turn} ?`;
  return turn < 23
    ? "Bien sûr, je vous envoie le formulaire aujourd'hui. Vous pouvez aussi passer nous voir."
    : "Bien sûr, je t'envoie le formulaire aujourd'hui. Tu peux aussi passer nous voir.";
}

describe("drift on an endpoint", () => {
  test("30 chained requests, and the switch to tu found at turn 23", async () => {
    server.setScript(driftingModel);
    const target = endpointTarget(server.url, "mock-model");
    const [testCase] = testCasesFor(persona);
    const result = await runDrift(persona, testCase!, target, createTestGenerate());
    expect(result.status).toBe("done");
    expect(server.requests).toHaveLength(30);
    // Request n carries the system prompt and the n - 1 earlier exchanges, as they happened.
    server.requests.forEach((request, i) => {
      const messages = sent(request);
      expect(messages).toHaveLength(2 * i + 2);
      expect(messages.at(-1)).toEqual({ role: "user", content: result.turns[i]!.user });
    });
    const replied = server.requests.slice(1).map((request) => sent(request).at(-2)?.content);
    expect(replied).toEqual(result.turns.slice(0, -1).map((turn) => turn.reply));
    expect(result.firstDrifts.find((d) => d.dimension === "address")).toEqual({
      dimension: "address",
      turn: 23,
      measured: "informal",
    });
  });

  test("a model playing the user: its questions become the user's turns", async () => {
    server.setScript(driftingModel);
    const target = endpointTarget(server.url, "mock-model");
    const [testCase] = testCasesFor(persona);
    const generate = createTestGenerate();
    const scenarioTurns = testCase!.turns.length;
    const result = await runDrift(persona, testCase!, target, generate, {
      turns: scenarioTurns + 2,
      userSimulator: endpointUserSimulator(generate, target, { language: "fr" }),
    });
    // Persona, then simulator and persona twice: one request per reply and per user message.
    expect(server.requests).toHaveLength(scenarioTurns + 4);
    expect(result.turns.slice(-2).map((turn) => turn.user)).toEqual([
      `Et pour la question ${scenarioTurns + 1} ?`,
      `Et pour la question ${scenarioTurns + 2} ?`,
    ]);
    const simulator = sent(server.requests[scenarioTurns]!);
    expect(simulator[0]!.role).toBe("system");
    expect(simulator.at(-1)).toEqual({
      role: "user",
      content: result.turns[scenarioTurns - 1]!.reply,
    });
  });
});

describe("a run over the wire", () => {
  test("usage, latency and attempts per reply; a second run comes from the cache", async () => {
    const cache = createReplyCache();
    const targets = [OFFLINE_TARGET, endpointTarget(server.url, "mock-model")];
    const cases = testCasesFor(persona).slice(0, 2);
    const first = await runPersonaTests(persona, cases, targets, createTestGenerate({ cache }));
    const turns = cases.reduce((sum, c) => sum + c.turns.length, 0);
    expect(server.requests).toHaveLength(turns);
    const online = first.results.filter((r) => r.targetId === targets[1]!.id);
    for (const result of online) {
      expect(result).toMatchObject({ cached: false, attempts: 1 });
      expect(result.usage?.completionTokens).toBeGreaterThan(0);
      expect(result.latencyMs).toBeGreaterThan(0);
    }
    const second = await runPersonaTests(persona, cases, targets, createTestGenerate({ cache }));
    expect(server.requests).toHaveLength(turns);
    expect(second.results.every((r) => r.cached && r.attempts === 0)).toBe(true);
    expect(second.results.map((r) => r.reply)).toEqual(first.results.map((r) => r.reply));
  });

  test("cancel closes every request in flight and the rest of the run is cancelled", async () => {
    server.setMode({ kind: "hang" });
    const controller = new AbortController();
    const cases = testCasesFor(persona).slice(0, 3);
    const pending = runPersonaTests(
      persona,
      cases,
      [endpointTarget(server.url, "mock-model")],
      createTestGenerate(),
      { signal: controller.signal, concurrency: 2 },
    );
    await expect.poll(() => server.inFlight()).toBe(2);
    controller.abort();
    const run = await pending;
    expect(await Promise.all(server.requests.map((r) => r.settled))).toEqual([
      "client-closed",
      "client-closed",
    ]);
    expect(run.results.every((r) => r.status === "cancelled")).toBe(true);
    expect(server.requests).toHaveLength(2);
  });
});
