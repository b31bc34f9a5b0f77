// Drift (core) with the real reply function, against the project's test server: what a long
// conversation does on the wire. The server's script plays the model, and the user when asked.
// The runner's own run over HTTP is tests/unit/persona-test-runner-http.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  startLlmServer,
  type LlmServer,
  type RecordedRequest,
} from "../../tests/llm-server/server";
import { makePersona } from "../../tests/helpers/make-persona";
import type { ChatMessage } from "../core/conversation";
import { runDrift } from "../core/persona-tests/drift";
import { testCasesFor } from "../core/persona-tests/runner";
import { endpointUserSimulator } from "../core/persona-tests/user-simulator";
import { createTestGenerate, endpointTarget } from "./test-generate";

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
