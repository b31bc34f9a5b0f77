/** A benchmark: prepares its workload, then measures it into named metrics. */
export interface Bench {
  /** Short id, used by `npm run bench -- <id>` to run only this bench. */
  id: string;
  description: string;
  run(options: RunOptions): Metric[] | Promise<Metric[]>;
}

export interface RunOptions {
  /** Timed runs whose median is reported. */
  runs: number;
  /** Each run lasts at least this long, in milliseconds. */
  minRunMs: number;
}

/** One number a bench reports; `--json` prints each as one line. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** Extra context for the human-readable report only. */
  detail?: string;
}
