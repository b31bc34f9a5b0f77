/**
 * Runs the promptfoo that `npm run test:interop` installed, as a user would (its own CLI in a
 * subprocess), inside a sandbox: a scratch folder for its settings, cache and results, an
 * environment holding nothing of this machine's but PATH (so no proxy, no real key), canary
 * values that must never come out, and a network fence (network-fence.mjs) that refuses and
 * logs any connection beyond 127.0.0.1. Telemetry, update checks and sharing are turned off.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY = join(ROOT, ".interop/promptfoo/node_modules/promptfoo/dist/src/entrypoint.js");
const FENCE = pathToFileURL(fileURLToPath(new URL("network-fence.mjs", import.meta.url))).href;

/** What promptfoo is given as secrets: finding one in a request or an output is a leak. */
export const CANARIES = Object.freeze({
  OPENAI_API_KEY: "sk-interop-canary-key",
  PSYDESIGN_CANARY: "canary-7c2e-from-the-environment",
});

export interface Sandbox {
  dir: string;
  /** Connections the fence refused, one "host:port" per line. */
  fenceLog: string;
  /** Written by hostile code if any ever runs. */
  pwnedFile: string;
  env: Record<string, string>;
  remove(): Promise<void>;
}

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function promptfooInstalled(): boolean {
  return existsSync(ENTRY);
}

export async function makeSandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), "psydesign-promptfoo-"));
  const fenceLog = join(dir, "fence.log");
  const pwnedFile = join(dir, "pwned.txt");
  await writeFile(fenceLog, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    NODE_OPTIONS: `--import=${FENCE}`,
    PSYDESIGN_FENCE_LOG: fenceLog,
    PSYDESIGN_PWNED_FILE: pwnedFile,
    PROMPTFOO_DISABLE_TELEMETRY: "1",
    PROMPTFOO_DISABLE_UPDATE: "1",
    PROMPTFOO_DISABLE_SHARING: "1",
    ...CANARIES,
  };
  return { dir, fenceLog, pwnedFile, env, remove: () => rm(dir, { recursive: true, force: true }) };
}

let runs = 0;

/**
 * `promptfoo <args>` run from the sandbox; killed after `timeoutMs`. Each run has its own
 * settings and cache folders: promptfoo migrates its results database on first use, and two
 * runs migrating one folder at once fail ("table `datasets` already exists").
 */
export function promptfoo(
  args: readonly string[],
  sandbox: Sandbox,
  timeoutMs = 240_000,
): Promise<Outcome> {
  runs++;
  const env = {
    ...sandbox.env,
    PROMPTFOO_CONFIG_DIR: join(sandbox.dir, `config-${runs}`),
    PROMPTFOO_CACHE_PATH: join(sandbox.dir, `cache-${runs}`),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...args], {
      cwd: sandbox.dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * promptfoo 0.121.20 posts one event to this host to record that telemetry is disabled, even
 * with PROMPTFOO_DISABLE_TELEMETRY=1 (telemetry.ts, recordTelemetryDisabled): nothing a
 * configuration causes or can prevent. The fence refuses it like the rest.
 */
export const TELEMETRY_OFF_BEACON = "r.promptfoo.app:443";

/** The connections the fence refused so far, promptfoo's telemetry-off beacon aside. */
export async function refusedConnections(sandbox: Sandbox): Promise<string[]> {
  const lines = (await readFile(sandbox.fenceLog, "utf8")).split("\n");
  return lines.filter((line) => line !== "" && line !== TELEMETRY_OFF_BEACON);
}
