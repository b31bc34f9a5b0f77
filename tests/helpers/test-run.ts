/**
 * Test runs built by the real runner (runner.ts, drift.ts), for the reporters' tests: the
 * persona's scenarios on the offline rehearsal, judged by checkReply. A second target answers
 * with another preset's rehearsal (real replies that break this persona's checks), as a model
 * that ignores the prompt would.
 */
import type { Persona } from "../../src/core/persona/schema";
import { runDrift } from "../../src/core/persona-tests/drift";
import { runPersonaTests, testCasesFor } from "../../src/core/persona-tests/runner";
import type {
  DriftResult,
  Generate,
  TestCase,
  TestRun,
  TestTarget,
} from "../../src/core/persona-tests/types";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { readCustomScenarios } from "../../src/core/scenarios/schema";
import { OFFLINE_TARGET, createTestGenerate } from "../../src/providers/test-generate";

export const OFFLINE = OFFLINE_TARGET;
export const ENDPOINT: TestTarget = {
  id: "http://127.0.0.1:9/v1#model-b",
  kind: "endpoint",
  label: "model-b · 127.0.0.1:9",
  baseURL: "http://127.0.0.1:9/v1",
  model: "model-b",
  temperature: 0.7,
  maxTokens: 512,
};

export const casesOf = (persona: Persona, ids?: readonly string[]): TestCase[] =>
  testCasesFor(persona, readCustomScenarios(persona)).filter(
    (testCase) => ids === undefined || ids.includes(testCase.scenarioId),
  );

/** Offline replies from the persona; "endpoint" replies from `other`'s rehearsal. */
function speakers(other: Persona | undefined): Generate {
  const offline = createTestGenerate();
  return async (request) => {
    if (request.target.kind === "offline" || !other) return offline(request);
    const text = rehearse(other, request.messages).text;
    return { text, cached: false, attempts: 1, latencyMs: 0 };
  };
}

/** Latencies are measured by the runner; fixed here so that times in reports can be asserted. */
const FIXED = () => new Date("2026-12-06T15:00:00.000Z");

export interface RunFixture {
  scenarios?: readonly string[];
  /** Another persona whose rehearsal answers as a second, endpoint target. */
  other?: Persona;
}

export async function offlineRun(persona: Persona, fixture: RunFixture = {}): Promise<TestRun> {
  const targets = fixture.other ? [OFFLINE, ENDPOINT] : [OFFLINE];
  const run = await runPersonaTests(
    persona,
    casesOf(persona, fixture.scenarios),
    targets,
    speakers(fixture.other),
    { now: FIXED, concurrency: 1 },
  );
  for (const [i, result] of run.results.entries()) result.latencyMs = 120 + (i % 4) * 15;
  return run;
}

/**
 * A drift run on the offline target whose replies come from the persona for the first half
 * of the turns and from `speaker` after, so the dimensions they differ on drift from the
 * middle on, as a model slipping out of its voice would.
 */
export function driftOf(
  persona: Persona,
  speaker: Persona,
  testCase: TestCase,
  turns = 12,
): Promise<DriftResult> {
  const half = Math.floor(turns / 2);
  const generate: Generate = async (request) => {
    const turn = request.messages.filter((m) => m.role === "user").length;
    const text = rehearse(turn <= half ? persona : speaker, request.messages).text;
    return { text, cached: false, attempts: 1, latencyMs: 0 };
  };
  return runDrift(persona, testCase, OFFLINE, generate, { turns });
}
