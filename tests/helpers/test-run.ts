/**
 * Test runs built from real replies, for the reporters' tests: the scenarios a persona is
 * offered, replayed through the offline rehearsal and judged by checkReply, as the runner
 * does it. A second target answers with another preset's real replies (they break this
 * persona's checks), and a turn that errored or was cancelled can be added on top.
 */
import { analyze } from "../../src/core/meter/analyze";
import { adherence } from "../../src/core/meter/adherence";
import type { Persona } from "../../src/core/persona/schema";
import { checkReply } from "../../src/core/persona-tests/checks";
import type {
  DriftResult,
  DriftTurn,
  TestCase,
  TestRun,
  TestTarget,
  TurnResult,
} from "../../src/core/persona-tests/types";
import { replayScenario } from "../../src/core/rehearsal/replay";
import { scenariosFor } from "../../src/core/scenarios/built-in";
import { readCustomScenarios } from "../../src/core/scenarios/schema";
import type { Scenario } from "../../src/core/scenarios/types";

export const OFFLINE: TestTarget = { id: "offline", kind: "offline", label: "Offline rehearsal" };
export const ENDPOINT: TestTarget = {
  id: "endpoint:http://127.0.0.1:9/v1#model-b",
  kind: "endpoint",
  label: "model-b @ 127.0.0.1",
  baseURL: "http://127.0.0.1:9/v1",
  model: "model-b",
  temperature: 0.7,
  maxTokens: 400,
};

export const casesOf = (persona: Persona, ids?: readonly string[]): TestCase[] =>
  [...scenariosFor(persona.language, persona), ...readCustomScenarios(persona)]
    .filter((scenario) => ids === undefined || ids.includes(scenario.id))
    .map((scenario) => ({
      scenarioId: scenario.id,
      title: scenario.title,
      turns: [...scenario.turns],
      expectations: scenario.expectations?.map((list) => [...list]) ?? [],
    }));

/** Each turn of the case answered by `speaker`'s rehearsal and judged for `persona`. */
function replayed(persona: Persona, speaker: Persona, testCase: TestCase, target: TestTarget) {
  const scenario: Scenario = { ...testCase, id: testCase.scenarioId, language: persona.language };
  const messages = replayScenario(speaker, scenario);
  return testCase.turns.map((user, index): TurnResult => {
    const reply = messages[index * 2 + 1]?.content ?? "";
    const checks = checkReply(persona, reply, testCase.expectations[index] ?? []);
    return {
      scenarioId: testCase.scenarioId,
      turn: index + 1,
      targetId: target.id,
      user,
      reply,
      checks,
      status: checks.every((check) => check.pass) ? "passed" : "failed",
      latencyMs: 120 + index * 15,
      cached: false,
      attempts: 1,
    };
  });
}

export interface RunFixture {
  scenarios?: readonly string[];
  /** Another persona whose rehearsal answers as a second, endpoint target. */
  other?: Persona;
}

export function offlineRun(persona: Persona, fixture: RunFixture = {}): TestRun {
  const cases = casesOf(persona, fixture.scenarios);
  const targets = fixture.other ? [OFFLINE, ENDPOINT] : [OFFLINE];
  const results = cases.flatMap((testCase) => [
    ...replayed(persona, persona, testCase, OFFLINE),
    ...(fixture.other ? replayed(persona, fixture.other, testCase, ENDPOINT) : []),
  ]);
  return {
    personaId: persona.id,
    personaName: persona.name,
    personaVersion: "v-test-0001",
    startedAt: "2026-12-06T15:00:00.000Z",
    finishedAt: "2026-12-06T15:00:09.000Z",
    targets,
    cases,
    results,
  };
}

/**
 * A drift reading of `speaker`'s real replies held to `persona`: the first `turns / 2` turns
 * by the persona itself, the rest by the speaker, so the dimensions they differ on drift
 * from the middle on, as a model slipping out of its voice would.
 */
export function driftOf(
  persona: Persona,
  speaker: Persona,
  testCase: TestCase,
  turns = 12,
): DriftResult {
  const users = Array.from(
    { length: turns },
    (_, i) => testCase.turns[i % testCase.turns.length] ?? "",
  );
  const half = Math.floor(turns / 2);
  const own = replayScenario(persona, {
    id: "d",
    title: "d",
    language: persona.language,
    turns: users,
  });
  const other = replayScenario(speaker, {
    id: "d",
    title: "d",
    language: persona.language,
    turns: users,
  });
  const driftTurns: DriftTurn[] = users.map((user, i) => {
    const reply = (i < half ? own : other)[i * 2 + 1]?.content ?? "";
    const reading = adherence(analyze(reply, persona.language, persona.lexicon), persona);
    return {
      turn: i + 1,
      user,
      reply,
      readings: reading.dimensions.map((d) => ({
        dimension: d.dimension,
        measured: d.measured,
        ok: d.ok,
      })),
    };
  });
  const first = adherence(analyze("", persona.language, persona.lexicon), persona);
  const targets = Object.fromEntries(first.dimensions.map((d) => [d.dimension, d.target]));
  const firstDrifts = first.dimensions.flatMap(({ dimension }) => {
    let from: DriftTurn | undefined;
    for (const t of driftTurns) {
      const ok = t.readings.find((r) => r.dimension === dimension)?.ok ?? true;
      if (ok) from = undefined;
      else from ??= t;
    }
    const reading = from?.readings.find((r) => r.dimension === dimension);
    return from && reading ? [{ dimension, turn: from.turn, measured: reading.measured }] : [];
  });
  return {
    scenarioId: testCase.scenarioId,
    targetId: OFFLINE.id,
    targets,
    turns: driftTurns,
    firstDrifts,
    status: "done",
  };
}
