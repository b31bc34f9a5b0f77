/**
 * What a test run needs beyond the store: the runner, the drift reader and the reply function.
 * Loaded on the first run, so the Tests view's first paint does not carry the meter, the
 * rehearsal or the openai SDK (test-generate loads that one itself, on the first request).
 */
export async function loadTestsEngine() {
  const [runner, drift, generate] = await Promise.all([
    import("../core/persona-tests/runner"),
    import("../core/persona-tests/drift"),
    import("../providers/test-generate"),
  ]);
  return {
    runPersonaTests: runner.runPersonaTests,
    testCasesFor: runner.testCasesFor,
    failedConversation: runner.failedConversation,
    personaVersion: runner.personaVersion,
    runDrift: drift.runDrift,
    createTestGenerate: generate.createTestGenerate,
    offlineTarget: generate.OFFLINE_TARGET,
    endpointTarget: generate.endpointTarget,
  };
}

export type TestsEngine = Awaited<ReturnType<typeof loadTestsEngine>>;
