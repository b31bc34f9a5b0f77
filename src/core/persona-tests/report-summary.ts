/**
 * The counts every reporter prints: per target, checks held and turns passed. Kept beside the
 * reporters so that they work on a saved run alone (a re-opened JSON report has no runner).
 */
import type { TargetSummary, TestRun } from "./types";

export function summarizeRun(run: TestRun): TargetSummary[] {
  return run.targets.map((target) => {
    const results = run.results.filter((result) => result.targetId === target.id);
    const checks = results.flatMap((result) => result.checks);
    return {
      targetId: target.id,
      checks: checks.length,
      held: checks.filter((check) => check.pass).length,
      turns: results.length,
      turnsPassed: results.filter((result) => result.status === "passed").length,
      errors: results.filter((result) => result.status === "error").length,
    };
  });
}

/** Drift findings of one target: each first drift counts as a failure. */
export const driftFindings = (run: TestRun, targetId?: string): number =>
  (run.drift ?? [])
    .filter((drift) => targetId === undefined || drift.targetId === targetId)
    .reduce((sum, drift) => sum + drift.firstDrifts.length, 0);

/** True when every turn passed and no drift was found: the CLI's exit 0. */
export function runHeld(run: TestRun): boolean {
  return (
    run.results.every((result) => result.status === "passed") &&
    driftFindings(run) === 0 &&
    (run.drift ?? []).every((drift) => drift.status === "done")
  );
}
