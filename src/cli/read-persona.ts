/**
 * Reads a persona file argument for a command: the file-system half of the boundary.
 * Every way a file can be wrong (missing, a directory, unreadable, too large, not UTF-8)
 * comes back as a Problem, like a schema problem, so commands report both the same way;
 * validation itself is restore.ts's job.
 */
import { resolve } from "node:path";
import { MAX_CARD_BYTES } from "../core/cards/types";
import {
  MAX_PERSONA_FILE_BYTES,
  restorePersonaText,
  type Problem,
  type RestoreResult,
} from "../core/persona/restore";
import { otherFileHint } from "./identify";
import { nodeFiles, writeLine, type CliIo } from "./io";

/** The argument that means standard input. */
export const STDIN_ARG = "-";

/** How a file argument is named in messages: as the user typed it. */
export function displayName(arg: string): string {
  return arg === STDIN_ARG ? "<stdin>" : arg;
}

type Failure = Extract<RestoreResult, { ok: false }>;

const fileProblem = (message: string): Failure => ({
  ok: false,
  problems: [{ path: "", message }],
});

/** What a file argument should be, and the most bytes it may have. */
export interface FileLimit {
  maxBytes: number;
  /** What a directory is not, e.g. "a persona file". */
  expected: string;
  /** Why a file over maxBytes is refused; `bytes` is known for a regular file only. */
  tooLarge(bytes?: number): string;
}

/** A file argument's bytes, or why it could not be read, in plain words. */
export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const personaTooLarge = (bytes?: number) =>
  `the file is larger than ${MAX_PERSONA_FILE_BYTES / 1_000_000} MB${bytes ? ` (${bytes} bytes)` : ""}; a persona file never is`;

/**
 * Read up to a card's limit: a card given by mistake (a PNG is often over 1 MB) is then told
 * apart and named, and the persona limit applies to what is left.
 */
const PERSONA_FILE: FileLimit = {
  maxBytes: MAX_CARD_BYTES,
  expected: "a persona file",
  tooLarge: personaTooLarge,
};

/** Plain words for the errno codes a user can cause; others are named by their code. */
function describeFsError(code: string, expected: string): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file";
    case "EISDIR":
      return `is a directory, not ${expected}`;
    case "EACCES":
    case "EPERM":
      return "permission denied: cannot read the file";
    default:
      return `cannot read the file (${code})`;
  }
}

/** Reads at most maxBytes + 1 bytes, so /dev/zero or a huge pipe cannot exhaust memory. */
async function readCapped(
  source: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) return undefined; // leaving the loop closes the stream
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

async function readWithin(arg: string, io: CliIo, limit: FileLimit): Promise<BytesRead> {
  const tooLarge = (bytes?: number): BytesRead => ({ ok: false, message: limit.tooLarge(bytes) });
  const capped = (bytes: Uint8Array | undefined): BytesRead =>
    bytes ? { ok: true, bytes } : tooLarge();
  if (arg === STDIN_ARG) return capped(await readCapped(io.stdin, limit.maxBytes));
  const files = io.files ?? nodeFiles;
  const path = resolve(io.cwd, arg);
  const info = await files.stat(path);
  if (info.isDirectory()) return { ok: false, message: describeFsError("EISDIR", limit.expected) };
  if (!info.isFile()) return capped(await readCapped(files.createReadStream(path), limit.maxBytes));
  // Refuse by size before reading: a 2 GB file must not be loaded only to be rejected.
  if (info.size > limit.maxBytes) return tooLarge(info.size);
  const bytes = await files.readFile(path);
  return bytes.byteLength > limit.maxBytes ? tooLarge(bytes.byteLength) : { ok: true, bytes };
}

function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

/**
 * The bytes of a file argument (a path, or "-" for stdin), up to limit.maxBytes. File-system
 * errors and a file over the limit come back as a message; anything else (a bug) is rethrown
 * for main.ts to report.
 */
export async function readFileArg(arg: string, io: CliIo, limit: FileLimit): Promise<BytesRead> {
  try {
    return await readWithin(arg, io, limit);
  } catch (error) {
    if (isErrnoError(error))
      return { ok: false, message: describeFsError(error.code, limit.expected) };
    throw error;
  }
}

/** Loads and validates one persona file argument (a path, or "-" for stdin). */
export async function loadPersona(arg: string, io: CliIo): Promise<RestoreResult> {
  const result = await readFileArg(arg, io, PERSONA_FILE);
  if (!result.ok) return fileProblem(result.message);
  const other = await otherFileHint(result.bytes, arg);
  if (other) return fileProblem(other);
  if (result.bytes.byteLength > MAX_PERSONA_FILE_BYTES)
    return fileProblem(personaTooLarge(result.bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(result.bytes);
  } catch {
    return fileProblem("not UTF-8 text; a persona file is JSON");
  }
  return restorePersonaText(text);
}

/** One line per problem: `file: json.path: message`, or `file: message` for the whole file. */
export function reportProblems(arg: string, problems: readonly Problem[], io: CliIo): void {
  const file = displayName(arg);
  for (const { path, message } of problems) {
    writeLine(io.stderr, path ? `${file}: ${path}: ${message}` : `${file}: ${message}`);
  }
}
