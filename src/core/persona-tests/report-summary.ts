/**
 * What the reporters and the CLI's exit code read from a run beyond the runner's counts
 * (runner.ts `summarize`, `runHeld`): the drift findings, which fail a run as a failed check does.
 */
import { runHeld } from "./runner";
import type { TestRun } from "./types";

export { summarize as summarizeRun } from "./runner";

/** Drift findings of one target (of every target without one): each first drift counts. */
export const driftFindings = (run: TestRun, targetId?: string): number =>
  (run.drift ?? [])
    .filter((drift) => targetId === undefined || drift.targetId === targetId)
    .reduce((sum, drift) => sum + drift.firstDrifts.length, 0);

/** Every turn passed, and every drift run finished without a finding: the CLI's exit 0. */
export const runAndDriftHeld = (run: TestRun): boolean =>
  runHeld(run) &&
  driftFindings(run) === 0 &&
  (run.drift ?? []).every((drift) => drift.status === "done");
