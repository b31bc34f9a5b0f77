/**
 * What a test run needs beyond the store: the runner, the drift reader and the reply function.
 * Loaded on the first run, so the Tests view's first paint does not carry the meter, the
 * rehearsal or the openai SDK (test-generate loads that one itself, on the first request).
 */
import type { Persona } from "../core/persona/schema";
import type { Language } from "../core/persona/constants";
import type { TestCase } from "../core/persona-tests/types";

/** Lets the page paint and take input between two pieces of work. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The meter parses its word tables on the first reply it reads: English formality's four
 * tables, then the tagger's lexicon, some 50 to 90 ms in one go, which made the first checked
 * reply of a run the one long task of a 500-turn run. prepareMeter parses them a slice per
 * task before the run; reading a few texts then warms the rest of the meter, a task each.
 */
const WARM_UP: readonly [string, Language][] = [
  ["?", "en"],
  ["Hello, thank you for your message.", "en"],
  ["Bonjour, merci pour votre message.", "fr"],
];

async function load() {
  const [runner, drift, generate, meter, checks, rehearsal] = await Promise.all([
    import("../core/persona-tests/runner"),
    import("../core/persona-tests/drift"),
    import("../providers/test-generate"),
    import("../core/meter/analyze"),
    import("../core/persona-tests/checks"),
    import("../core/rehearsal/rehearse"),
  ]);
  for (const _ of meter.prepareMeter()) await yieldToMain();
  for (const [text, language] of WARM_UP) {
    await yieldToMain();
    meter.analyze(text, language);
  }
  return {
    runPersonaTests: runner.runPersonaTests,
    testCasesFor: runner.testCasesFor,
    failedConversation: runner.failedConversation,
    personaVersion: runner.personaVersion,
    runDrift: drift.runDrift,
    createTestGenerate: generate.createTestGenerate,
    offlineTarget: generate.OFFLINE_TARGET,
    endpointTarget: generate.endpointTarget,
    /**
     * Rehearses and checks the run's first turn, each in a task of its own, before the run:
     * the first reply the rehearsal writes and the first the checks read for a persona cost
     * tens of milliseconds more than the next ones, on top of the first cells' render.
     */
    async warmFor(persona: Persona, testCase: TestCase | undefined): Promise<void> {
      const turn = testCase?.turns[0];
      if (turn === undefined) return;
      await yieldToMain();
      const reply = rehearsal.rehearse(persona, [{ role: "user", content: turn }]).text;
      await yieldToMain();
      checks.checkReply(persona, reply, testCase?.expectations[0]);
      await yieldToMain();
    },
  };
}

let loading: ReturnType<typeof load> | undefined;
/** The engine, loaded and warmed once per page; a failed load is tried again on the next call. */
export function loadTestsEngine(): ReturnType<typeof load> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export type TestsEngine = Awaited<ReturnType<typeof loadTestsEngine>>;
