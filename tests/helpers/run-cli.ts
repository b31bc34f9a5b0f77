/**
 * Runs the psydesign command as a user would, in a real subprocess from the repository
 * root, and collects what it printed and its exit code.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/psydesign.mjs");

export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the command's stdin, which is then closed. */
  input?: string;
  /**
   * The command's whole environment besides PATH and NO_COLOR, when given: a key on the
   * machine running the tests must not reach a command that is meant to see none.
   */
  env?: Record<string, string>;
  /** Hears of the running child: to send it a signal, and what it has written to stderr so far. */
  onSpawn?(kill: (signal: NodeJS.Signals) => void, stderr: () => string): void;
}

export function psydesign(args: string[], options: RunOptions = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: options.env
        ? { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env }
        : { ...process.env, PSYDESIGN_DEBUG: "", NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
    options.onSpawn?.(
      (signal) => child.kill(signal),
      () => stderr,
    );
  });
}

/**
 * The command with no environment but what the test gives it (no key from this machine), the
 * way `psydesign test` is judged: exit code, output, and whether a key leaks.
 */
export const psydesignAlone = (
  args: string[],
  env: Record<string, string> = {},
  onSpawn?: RunOptions["onSpawn"],
): Promise<Outcome> => psydesign(args, { env, onSpawn });
