/** Timing helpers shared by the benches: repeated runs, medians, percentiles. */
import { performance } from "node:perf_hooks";

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (0..100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = values.toSorted((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] as number;
  return lowValue + ((sorted[high] as number) - lowValue) * (rank - low);
}

/**
 * Calls `op(i)` with i = 0, 1, 2… for at least `minMs`, checking the clock once
 * per `batch` calls so the timer does not weigh on the measure. Returns
 * operations per second.
 */
export function throughput(op: (i: number) => void, minMs: number, batch: number): number {
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < batch; i++) op(done + i);
    done += batch;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return done / (elapsed / 1000);
}

/** Times each of `count` single calls, in microseconds (timer overhead included). */
export function latencies(op: (i: number) => void, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    op(i);
    out.push((performance.now() - start) * 1000);
  }
  return out;
}
