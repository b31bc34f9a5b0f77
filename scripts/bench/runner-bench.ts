/**
 * The persona-test runner against the project's test server: 200 scenario turns (20 chained
 * conversations of 10 turns) on 2 models, each request answered after 40 ms, at concurrency 8.
 * The ideal wall time is every request's latency spread over the concurrency limit (400 × 40 ms
 * ÷ 8 = 2 s, reachable because 40 conversations keep 8 slots busy); test_runner_efficiency is
 * ideal ÷ measured (goal ≥ 0.67, i.e. within 1.5× of the ideal). The heap after each of five
 * runs, garbage collected, shows whether a run leaves anything behind (memory flat).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { runPersonaTests } from "../../src/core/persona-tests/runner";
import type { TestCase } from "../../src/core/persona-tests/types";
import { createTestGenerate, endpointTarget } from "../../src/providers/test-generate";
import { PRESETS } from "../../tests/helpers/presets";
import { startLlmServer } from "../../tests/llm-server/server";
import type { Bench, Metric } from "./types";

const CONVERSATIONS = 20;
const TURNS = 10;
const LATENCY_MS = 40;
const CONCURRENCY = 8;
const MODELS = ["model-a", "model-b"];

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
};

export const runnerBench: Bench = {
  id: "runner",
  description: `${CONVERSATIONS * TURNS} scenario turns × ${MODELS.length} models, ${LATENCY_MS} ms a reply, concurrency ${CONCURRENCY}`,
  async run(): Promise<Metric[]> {
    const persona = PRESETS[0];
    if (!persona) throw new Error("no preset persona");
    const cases: TestCase[] = Array.from({ length: CONVERSATIONS }, (_, c) => ({
      scenarioId: `bench-${c}`,
      title: `Bench ${c}`,
      turns: Array.from(
        { length: TURNS },
        (__, t) => `Question ${t + 1} of conversation ${c + 1}?`,
      ),
      expectations: [],
    }));
    const server = await startLlmServer({
      initialMode: { kind: "slow-first-byte", delayMs: LATENCY_MS },
    });
    try {
      const targets = MODELS.map((model) => endpointTarget(server.url, model));
      const walls: number[] = [];
      const heaps: number[] = [];
      for (let run = 0; run < 5; run++) {
        // A fresh reply function each run: no cache carried over, every turn is a request.
        const generate = createTestGenerate({ apiKey: "sk-bench" });
        server.reset();
        const started = performance.now();
        const result = await runPersonaTests(persona, cases, targets, generate, {
          concurrency: CONCURRENCY,
        });
        walls.push(performance.now() - started);
        if (result.results.some((r) => r.status === "error" || r.status === "cancelled"))
          throw new Error("a turn had no reply: the bench measured nothing");
        if (server.maxInFlight() > CONCURRENCY) throw new Error("the concurrency limit was passed");
        heaps.push(heapMb());
      }
      const ideal = (CONVERSATIONS * TURNS * MODELS.length * LATENCY_MS) / CONCURRENCY;
      const wall = walls.toSorted((a, b) => a - b)[Math.floor(walls.length / 2)] ?? 0;
      const growth = (heaps.at(-1) ?? 0) - (heaps[1] ?? 0);
      return [
        {
          name: "test_runner_wall_ms",
          value: Math.round(wall),
          unit: "ms",
          detail: `median of ${walls.length}; ideal ${ideal} ms`,
        },
        {
          name: "test_runner_efficiency",
          value: Math.round((ideal / wall) * 100) / 100,
          unit: "ideal/measured",
          detail: "goal ≥ 0.67 (within 1.5× of the ideal)",
        },
        {
          name: "test_runner_heap_growth_mb",
          value: Math.round(growth * 10) / 10,
          unit: "MB",
          detail: `heap after runs 2..5: ${heaps
            .slice(1)
            .map((h) => h.toFixed(1))
            .join(", ")} MB`,
        },
      ];
    } finally {
      await server.close();
    }
  },
};
