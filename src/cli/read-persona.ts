/**
 * Reads a persona file argument for a command: the file-system half of the boundary.
 * Every way a file can be wrong (missing, a directory, unreadable, too large, not UTF-8)
 * comes back as a Problem, like a schema problem, so commands report both the same way;
 * validation itself is restore.ts's job.
 */
import { resolve } from "node:path";
import { MAX_PERSONA_BYTES, restorePersonaText, type Problem, type RestoreResult } from "../core/persona/restore";
import { nodeFiles, writeLine, type CliIo } from "./io";

/** The argument that means standard input. */
export const STDIN_ARG = "-";

/** How a file argument is named in messages: as the user typed it. */
export function displayName(arg: string): string {
  return arg === STDIN_ARG ? "<stdin>" : arg;
}

type Failure = Extract<RestoreResult, { ok: false }>;
type Read = { ok: true; bytes: Uint8Array } | Failure;

const fileProblem = (message: string): Failure => ({ ok: false, problems: [{ path: "", message }] });
const read = (bytes: Uint8Array): Read => ({ ok: true, bytes });

/** `bytes` is known for a regular file; a stream is only known to have passed the cap. */
const tooLarge = (bytes?: number) =>
  fileProblem(
    `the file is larger than ${MAX_PERSONA_BYTES / 1_000_000} MB${bytes ? ` (${bytes} bytes)` : ""}; a persona file never is`,
  );

/** Plain words for the errno codes a user can cause; others are named by their code. */
function describeFsError(code: string): string {
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a persona file";
    case "EACCES":
    case "EPERM":
      return "permission denied: cannot read the file";
    default:
      return `cannot read the file (${code})`;
  }
}

/** Reads at most MAX_PERSONA_BYTES + 1 bytes, so /dev/zero or a huge pipe cannot exhaust memory. */
async function readCapped(source: AsyncIterable<Uint8Array | string>): Promise<Uint8Array | undefined> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += bytes.byteLength;
    if (total > MAX_PERSONA_BYTES) return undefined; // leaving the loop closes the stream
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

const capped = (bytes: Uint8Array | undefined): Read => (bytes ? read(bytes) : tooLarge());

async function readBytes(arg: string, io: CliIo): Promise<Read> {
  if (arg === STDIN_ARG) return capped(await readCapped(io.stdin));
  const files = io.files ?? nodeFiles;
  const path = resolve(io.cwd, arg);
  const info = await files.stat(path);
  if (info.isDirectory()) return fileProblem(describeFsError("EISDIR"));
  if (!info.isFile()) return capped(await readCapped(files.createReadStream(path)));
  // Refuse by size before reading: a 2 GB file must not be loaded only to be rejected.
  if (info.size > MAX_PERSONA_BYTES) return tooLarge(info.size);
  const bytes = await files.readFile(path);
  return bytes.byteLength > MAX_PERSONA_BYTES ? tooLarge(bytes.byteLength) : read(bytes);
}

function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string";
}

/**
 * Loads and validates one persona file argument (a path, or "-" for stdin). File-system
 * errors become problems; anything else (a bug) is rethrown for main.ts to report.
 */
export async function loadPersona(arg: string, io: CliIo): Promise<RestoreResult> {
  let result: Read;
  try {
    result = await readBytes(arg, io);
  } catch (error) {
    if (isErrnoError(error)) return fileProblem(describeFsError(error.code));
    throw error;
  }
  if (!result.ok) return result;
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

