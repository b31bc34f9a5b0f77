/**
 * The Tests view's vocabulary: which targets are chosen, a run's progress, the results kept
 * per persona, and a drift run. Pure helpers beside the types, so the view can derive from them.
 */
import type { DriftResult, DriftTurn, TestRun, TurnResult } from "../core/persona-tests/types";

export type TestsStatus = "idle" | "running" | "cancelled" | "done" | "error";

/** "offline", or "model:<name>" for a model on the endpoint of the preview's settings. */
export type TargetKey = string;
export const OFFLINE_KEY: TargetKey = "offline";
export const modelKey = (model: string): TargetKey => `model:${model}`;

/** The last run of one persona: what it ran on, and its cells by `cellKey`. */
export interface KeptRun {
  run: TestRun;
  cells: Readonly<Record<string, TurnResult>>;
}

export interface Progress {
  done: number;
  total: number;
  /** Milliseconds (the store's clock) when the run started; 0 before the first run. */
  startedAt: number;
  /** When `done` was last painted (the estimate of the time left is made at that moment). */
  at: number;
}

export interface DriftState {
  turns: number;
  scenarioId: string | null;
  target: TargetKey;
  status: TestsStatus;
  personaId: string | null;
  /** The turns read so far (painted once per frame while it runs). */
  live: readonly DriftTurn[];
  result: DriftResult | null;
}

export interface TestsState {
  /** Model names added to the endpoint besides the one in the preview's settings. */
  models: readonly string[];
  /** Targets left out of the next run (new ones start chosen). */
  unchosen: readonly TargetKey[];
  concurrency: number;
  status: TestsStatus;
  /** The persona the run in flight (or the last one) belongs to. */
  runPersonaId: string | null;
  progress: Progress;
  /** Kept in memory for this tab, by persona id; never persisted (a run may hold client text). */
  kept: Readonly<Record<string, KeptRun>>;
  drift: DriftState;

  /** Loads what a run needs while the studio is idle, so the first run starts without a stall. */
  preload(withEndpoint: boolean): void;
  setChosen(key: TargetKey, chosen: boolean): void;
  addModel(model: string): void;
  removeModel(model: string): void;
  setConcurrency(concurrency: number): void;
  run(): Promise<void>;
  rerunFailed(): Promise<void>;
  cancel(): void;
  setDrift(changes: Partial<Pick<DriftState, "turns" | "scenarioId" | "target">>): void;
  runDrift(): Promise<void>;
  cancelDrift(): void;
}

export const cellKey = (scenarioId: string, turn: number, targetId: string): string =>
  `${scenarioId}\u0000${turn}\u0000${targetId}`;

export function cellsOf(results: readonly TurnResult[]): Record<string, TurnResult> {
  const cells: Record<string, TurnResult> = {};
  for (const result of results)
    cells[cellKey(result.scenarioId, result.turn, result.targetId)] = result;
  return cells;
}

/** Seconds left at the pace so far, or undefined until the first turn is in. */
export function secondsLeft(progress: Progress): number | undefined {
  const { done, total, startedAt, at: now } = progress;
  if (done === 0 || done >= total) return undefined;
  const perTurn = (now - startedAt) / done;
  return Math.max(1, Math.round((perTurn * (total - done)) / 1000));
}

/** True when some turn of the run did not pass (failed, errored or cancelled): Re-run failed has work. */
export function hasFailures(run: TestRun): boolean {
  return run.results.some((r) => r.status !== "passed");
}

export const MAX_CONCURRENCY = 16;
export {
  DEFAULT_DRIFT_TURNS as DEFAULT_TURNS,
  MAX_DRIFT_TURNS as MAX_TURNS,
} from "../core/persona-tests/drift";
