/**
 * The data `npm run eval` and `npm run fit:formality` read live in shared/ beside the
 * repository, not in it (their licences, and the held-out sets kept out of the project). A
 * checkout without them gets one line naming what is missing, not a stack trace from deep
 * inside a reader.
 */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const REPOSITORY = fileURLToPath(new URL("../../", import.meta.url));
const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));

/** A path inside shared/ beside the repository, wherever the repository is checked out. */
export const sharedPath = (path: string): string => join(SHARED, path);

/** A file or folder a script needs is not there; runScript says so in one line. */
export class MissingDataError extends Error {
  constructor(
    readonly path: string,
    readonly hint: string,
  ) {
    // Relative to the repository ("../shared/…"): the same words on every machine.
    super(`${relative(REPOSITORY, path)} is missing (${hint})`);
    this.name = "MissingDataError";
  }
}

/** Throws a MissingDataError for the first of `paths` that does not exist. */
export function requireData(
  paths: readonly string[],
  hint: string,
  exists: (path: string) => boolean = existsSync,
): void {
  const missing = paths.find((path) => !exists(path));
  if (missing !== undefined) throw new MissingDataError(missing, hint);
}

/**
 * Runs a script's main. Missing data ends it with one line on stderr and exit code 1; any
 * other error is thrown on, stack and all, as it is a bug to read.
 */
export async function runScript(command: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof MissingDataError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    process.exitCode = 1;
  }
}
