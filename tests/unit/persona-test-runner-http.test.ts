/**
 * The persona-test runner over real HTTP: the project's test server, the real `openai` SDK
 * through the reply function the studio and the CLI use. The server, not the runner, says how
 * many requests were open at once, and which requests the client closed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { runPersonaTests, testCasesFor } from "../../src/core/persona-tests/runner";
import type { TestCase } from "../../src/core/persona-tests/types";
import { createReplyCache } from "../../src/providers/reply-cache";
import { createTestGenerate, endpointTarget } from "../../src/providers/test-generate";
import { PRESETS } from "../helpers/presets";
import { startLlmServer, type LlmServer } from "../llm-server/server";

let server: LlmServer;
beforeAll(async () => {
  server = await startLlmServer({ maxHangMs: 5_000 });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const persona = PRESETS.find((p) => p.id === "service-public") ?? PRESETS[0]!;
const cases: TestCase[] = Array.from({ length: 6 }, (_, c) => ({
  scenarioId: `talk-${c}`,
  title: `Talk ${c}`,
  turns: [`Première question ${c} ?`, `Deuxième question ${c} ?`, `Troisième question ${c} ?`],
  expectations: [],
}));

describe("the runner against an OpenAI-compatible server", () => {
  test.each([1, 3, 8])(
    "at concurrency %i the server never sees more requests at once",
    async (limit) => {
      server.setMode({ kind: "slow-first-byte", delayMs: 25 });
      const targets = [
        endpointTarget(server.url, "model-a"),
        endpointTarget(server.url, "model-b"),
      ];
      const run = await runPersonaTests(persona, cases, targets, createTestGenerate({}), {
        concurrency: limit,
      });
      expect(run.results.every((r) => r.status !== "error")).toBe(true);
      expect(server.requests).toHaveLength(cases.length * 3 * 2);
      expect(server.maxInFlight()).toBe(Math.min(limit, cases.length * 2));
    },
  );

  test("each request carries the system prompt and the conversation as it really went", async () => {
    const target = endpointTarget(server.url, "model-a");
    const run = await runPersonaTests(persona, cases.slice(0, 1), [target], createTestGenerate());
    const bodies = server.requests.map(
      (r) => r.body as { model: string; messages: { role: string; content: string }[] },
    );
    expect(bodies.map((b) => b.model)).toEqual(["model-a", "model-a", "model-a"]);
    const last = bodies[2]?.messages ?? [];
    expect(last[0]?.role).toBe("system");
    expect(last.slice(1).map((m) => m.content)).toEqual([
      run.results[0]?.user,
      run.results[0]?.reply,
      run.results[1]?.user,
      run.results[1]?.reply,
      run.results[2]?.user,
    ]);
    // The echo server's replies: what was produced is what is judged.
    expect(run.results[1]?.reply).toBe(`Reply to: ${cases[0]?.turns[1]}`);
    expect(run.results.every((r) => r.usage !== undefined && r.latencyMs > 0)).toBe(true);
  });

  test("a 429 with retry-after is waited out and the run completes", async () => {
    let refused = 0;
    const own = await startLlmServer({
      initialMode: { kind: "status", status: 429, retryAfterMs: "120" },
      onExchange: (_, status) => {
        if (status === 429 && ++refused === 2) own.setMode({ kind: "echo" });
      },
    });
    try {
      const started = performance.now();
      const run = await runPersonaTests(
        persona,
        cases.slice(0, 1),
        [endpointTarget(own.url, "model-a")],
        createTestGenerate({ backoffMs: 1 }),
      );
      expect(run.results.map((r) => r.status)).not.toContain("error");
      expect(run.results[0]?.attempts).toBe(3);
      expect(performance.now() - started).toBeGreaterThanOrEqual(240);
      expect(own.requests).toHaveLength(5);
    } finally {
      await own.close();
    }
  });

  test("cancel closes the requests in flight and sends no more", async () => {
    server.setMode({ kind: "slow-first-byte", delayMs: 2_000 });
    const controller = new AbortController();
    const targets = [endpointTarget(server.url, "model-a")];
    const running = runPersonaTests(persona, cases, targets, createTestGenerate(), {
      concurrency: 2,
      signal: controller.signal,
    });
    while (server.inFlight() < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const run = await running;
    const outcomes = await Promise.all(server.requests.map((r) => r.settled));
    expect(outcomes).toEqual(["client-closed", "client-closed"]);
    expect(run.results.every((r) => r.status === "cancelled")).toBe(true);
    expect(run.results).toHaveLength(cases.length * 3);
  });

  test("with the preview's cache, a second run sends nothing and says each reply was cached", async () => {
    const cache = createReplyCache();
    const targets = [endpointTarget(server.url, "model-a")];
    const some = testCasesFor(persona).slice(0, 2);
    const first = await runPersonaTests(persona, some, targets, createTestGenerate({ cache }));
    const sent = server.requests.length;
    expect(sent).toBe(first.results.length);
    const second = await runPersonaTests(persona, some, targets, createTestGenerate({ cache }));
    expect(server.requests).toHaveLength(sent);
    expect(second.results.every((r) => r.cached && r.attempts === 0)).toBe(true);
    expect(second.results.map((r) => r.reply)).toEqual(first.results.map((r) => r.reply));
  });
});
