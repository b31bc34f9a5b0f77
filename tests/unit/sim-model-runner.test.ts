/**
 * The persona-test runner against the simulated model: the studio's reply function (the real
 * `openai` SDK) over HTTP to the test server, two models on one endpoint. A faithful model
 * passes every turn; a drifting one fails the address, and only the address, from the turn its
 * behaviour names; a retried request gets the same reply as a first one; "Re-run failed" runs
 * only the drifting conversations again and finds the same failures.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  failedConversation,
  runPersonaTests,
  summarize,
  testCasesFor,
} from "../../src/core/persona-tests/runner";
import type { TestRun, TurnResult } from "../../src/core/persona-tests/types";
import { createTestGenerate, endpointTarget } from "../../src/providers/test-generate";
import { PRESETS } from "../helpers/presets";
import { parseBehaviour } from "../llm-server/sim/behaviour";
import { startLlmServer, type LlmServer } from "../llm-server/server";
import type { LlmMode } from "../llm-server/modes";

const BEHAVIOURS: Record<string, string> = {
  "faithful-model": "faithful",
  "drifting-model": "drifts-to-tu:2",
};
const MODEL: LlmMode = {
  kind: "model",
  behaviour: (model) => parseBehaviour(BEHAVIOURS[model] ?? "faithful"),
};

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ initialMode: MODEL });
});
afterAll(() => server.close());

const persona = PRESETS.find((p) => p.id === "banque-conseil") ?? PRESETS[0]!;
const failedIds = (result: TurnResult) =>
  result.checks.filter((check) => !check.pass).map((check) => check.id);
const of = (run: TestRun, targetId: string) => run.results.filter((r) => r.targetId === targetId);

describe("the runner against the simulated model", { timeout: 120_000 }, () => {
  test("a faithful model passes, a drifting one fails only the address from turn 3", async () => {
    const faithful = endpointTarget(server.url, "faithful-model");
    const drifting = endpointTarget(server.url, "drifting-model");
    const cases = testCasesFor(persona);
    const run = await runPersonaTests(persona, cases, [faithful, drifting], createTestGenerate(), {
      concurrency: 4,
    });
    const turns = cases.reduce((sum, testCase) => sum + testCase.turns.length, 0);
    expect(of(run, faithful.id)).toHaveLength(turns);
    expect(of(run, faithful.id).filter((r) => r.status !== "passed")).toEqual([]);
    for (const result of of(run, drifting.id)) {
      expect({ turn: result.turn, failed: failedIds(result) }).toEqual({
        turn: result.turn,
        failed: result.turn >= 2 ? ["derived:address"] : [],
      });
      expect(result.status).toBe(result.turn >= 2 ? "failed" : "passed");
      expect(result.usage?.promptTokens).toBeGreaterThan(100);
    }
    const [held, drifted] = summarize(run);
    expect(held?.held).toBe(held?.checks);
    expect(held?.turnsPassed).toBe(turns);
    const late = of(run, drifting.id).filter((r) => r.turn >= 2).length;
    expect(drifted?.checks).toBe(held?.checks);
    expect((drifted?.checks ?? 0) - (drifted?.held ?? 0)).toBe(late);

    // Re-run failed: the drifting conversations again, the faithful results kept as they were.
    const before = server.requests.length;
    const again = await runPersonaTests(
      persona,
      cases,
      [faithful, drifting],
      createTestGenerate(),
      {
        only: failedConversation(run),
        previous: run,
      },
    );
    const sent = server.requests.slice(before).map((r) => (r.body as { model: string }).model);
    expect(new Set(sent)).toEqual(new Set(["drifting-model"]));
    expect(again.results.map(failedIds)).toEqual(run.results.map(failedIds));
    expect(again.results.map((r) => r.reply)).toEqual(run.results.map((r) => r.reply));
  });

  test("a reply that needed a retry is the reply a first attempt gets", async () => {
    let refused = 0;
    const flaky = await startLlmServer({
      initialMode: { kind: "status", status: 429, retryAfterMs: "50" },
      onExchange(_, status) {
        if (status === 429 && ++refused === 1) flaky.setMode(MODEL);
      },
    });
    try {
      const cases = testCasesFor(persona).slice(0, 1);
      const run = (url: string) =>
        runPersonaTests(
          persona,
          cases,
          [endpointTarget(url, "drifting-model")],
          createTestGenerate(),
          {
            concurrency: 1,
          },
        );
      const retried = await run(flaky.url);
      const straight = await run(server.url);
      expect(retried.results[0]?.attempts).toBe(2);
      expect(straight.results[0]?.attempts).toBe(1);
      expect(retried.results.map((r) => r.reply)).toEqual(straight.results.map((r) => r.reply));
      expect(retried.results.map(failedIds)).toEqual(straight.results.map(failedIds));
    } finally {
      await flaky.close();
    }
  });
});
