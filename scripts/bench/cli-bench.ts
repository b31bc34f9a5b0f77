/**
 * The built command's cold start: `psydesign validate` of a preset, as a new process each time
 * (what a CI step pays), beside `node -e ""` measured in the same run, since the machine's load
 * moves both. The goal is at most 150 ms above bare Node. Builds dist/cli.mjs first when it is
 * missing or older than the sources.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./harness";
import type { Bench } from "./types";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(ROOT, "dist/cli.mjs");
const PRESET = join(ROOT, "personas/service-public.json");
const RUNS = 10;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.includes(".test.")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource(join(ROOT, "src"))) return;
  execFileSync("npx", ["vite", "build", "--config", "vite.cli.config.ts", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

/** Wall time of one process start to exit, in milliseconds. */
function timed(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}`);
  return ms;
}

export const cliBench: Bench = {
  id: "cli",
  description: "the built psydesign command's cold start (validate one preset), beside bare Node",
  run() {
    ensureBuilt();
    timed([CLI, "validate", PRESET]); // the first start also warms the disk cache
    const bare: number[] = [];
    const cli: number[] = [];
    // Interleaved, so a burst of load on the machine weighs on both alike.
    for (let i = 0; i < RUNS; i++) {
      bare.push(timed(["-e", ""]));
      cli.push(timed([CLI, "validate", PRESET]));
    }
    const node = median(bare);
    const start = median(cli);
    return [
      {
        name: "cli_cold_start_ms",
        value: Math.round(start),
        unit: "ms",
        detail: `median of ${RUNS}; goal at most 150 ms above bare Node`,
      },
      {
        name: "node_bare_start_ms",
        value: Math.round(node),
        unit: "ms",
        detail: `node -e "", median of ${RUNS} in the same run`,
      },
      {
        name: "cli_cold_start_over_node_ms",
        value: Math.round(start - node),
        unit: "ms",
        detail: "goal ≤ 150 ms",
      },
    ];
  },
};
