/**
 * `npm run bench`: runs every bench in BENCHES and prints a human-readable
 * report; `npm run bench -- --json` prints one `{ "name", "value", "unit" }`
 * object per line instead; `npm run bench -- compile` runs only the benches
 * named. Timing lives here, never in the unit tests.
 */
import { cliBench } from "./bench/cli-bench";
import { compareBench } from "./bench/compare-bench";
import { compileBench } from "./bench/compile-bench";
import { editorBench } from "./bench/editor-bench";
import { meterBench } from "./bench/meter-bench";
import { rehearsalBench } from "./bench/rehearsal-bench";
import { runnerBench } from "./bench/runner-bench";
import { streamBench } from "./bench/stream-bench";
import { testsViewBench } from "./bench/tests-view-bench";
import type { Bench, RunOptions } from "./bench/types";
import { versionsBench } from "./bench/versions-bench";
import { workbenchBench } from "./bench/workbench-bench";

/** Add a bench by writing scripts/bench/<name>-bench.ts and listing it here. */
const BENCHES: readonly Bench[] = [
  compileBench,
  rehearsalBench,
  meterBench,
  editorBench,
  streamBench,
  cliBench,
  runnerBench,
  testsViewBench,
  workbenchBench,
  versionsBench,
  compareBench,
];

const OPTIONS: RunOptions = { runs: 7, minRunMs: 500 };

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  const unknownFlags = argv.filter((arg) => arg.startsWith("-") && arg !== "--json");
  const wanted = argv.filter((arg) => !arg.startsWith("-"));
  const unknownBenches = wanted.filter((id) => !BENCHES.some((bench) => bench.id === id));
  if (unknownFlags.length > 0 || unknownBenches.length > 0) {
    process.stderr.write(
      `usage: npm run bench -- [--json] [${BENCHES.map((bench) => bench.id).join("|")}]...\n` +
        `unknown: ${[...unknownFlags, ...unknownBenches].join(" ")}\n`,
    );
    return 2;
  }
  const selected =
    wanted.length === 0 ? BENCHES : BENCHES.filter((bench) => wanted.includes(bench.id));
  for (const bench of selected) {
    if (!json) process.stdout.write(`${bench.id}: ${bench.description}\n`);
    for (const metric of await bench.run(OPTIONS)) {
      if (json) {
        process.stdout.write(
          `${JSON.stringify({ name: metric.name, value: metric.value, unit: metric.unit })}\n`,
        );
      } else {
        const detail = metric.detail === undefined ? "" : `  (${metric.detail})`;
        process.stdout.write(
          `  ${metric.name.padEnd(28)} ${String(metric.value).padStart(10)} ${metric.unit}${detail}\n`,
        );
      }
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
