/**
 * `npm run test:interop`: the tests that run what the studio writes through the tools that
 * read it and are too heavy to be dependencies of `npm test`. Today, promptfoo 0.121.20 (the
 * last release for Node 20; installing it takes minutes): installed on demand from the lock
 * in tests/interop/promptfoo/ into the git-ignored .interop/promptfoo/, with that folder's
 * own .npmrc (no install scripts, not the project's engine-strict), then the vitest project
 * in tests/interop/. A second run reuses the install while the lock is unchanged.
 * Extra arguments go to vitest, e.g. `npm run test:interop -- -t validate`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE = join(ROOT, "tests/interop/promptfoo");
export const INSTALL_DIR = join(ROOT, ".interop/promptfoo");
const FILES = ["package.json", "package-lock.json", ".npmrc"] as const;
const MARKER = join(INSTALL_DIR, ".installed");

/** What the install was made from: a change to any of the files means a new install. */
function fingerprint(): string {
  const hash = createHash("sha256");
  for (const file of FILES) hash.update(readFileSync(join(SOURCE, file)));
  return hash.digest("hex");
}

function installed(wanted: string): boolean {
  return (
    existsSync(MARKER) &&
    readFileSync(MARKER, "utf8") === wanted &&
    existsSync(join(INSTALL_DIR, "node_modules/promptfoo/package.json"))
  );
}

function install(wanted: string): void {
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  for (const file of FILES) copyFileSync(join(SOURCE, file), join(INSTALL_DIR, file));
  process.stdout.write(
    "test:interop: installing promptfoo 0.121.20 into .interop/promptfoo (a few minutes)...\n",
  );
  const started = performance.now();
  // npm run from the folder reads its package.json, lock and .npmrc, none of the project's.
  const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: INSTALL_DIR,
    stdio: "inherit",
  });
  if (npm.status !== 0)
    throw new Error(`npm ci in .interop/promptfoo failed (exit ${npm.status ?? npm.signal})`);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(MARKER, wanted);
  process.stdout.write(`test:interop: promptfoo installed in ${seconds.toFixed(0)} s\n`);
}

function main(argv: readonly string[]): number {
  const wanted = fingerprint();
  if (installed(wanted))
    process.stdout.write(
      "test:interop: promptfoo 0.121.20 already installed in .interop/promptfoo\n",
    );
  else install(wanted);
  const vitest = join(ROOT, "node_modules/vitest/vitest.mjs");
  const run = spawnSync(
    process.execPath,
    [vitest, "run", "--config", "tests/interop/vitest.config.ts", ...argv],
    { cwd: ROOT, stdio: "inherit" },
  );
  return run.status ?? 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`test:interop: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
