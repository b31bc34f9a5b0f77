/**
 * What a command may touch of the outside world. bin/psydesign.mjs passes the real
 * process streams; tests pass strings in and read strings out, and may swap the file
 * system to reproduce failures a root test runner cannot (an unreadable file).
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";

export interface Output {
  write(chunk: string): unknown;
  /** True for a terminal: `psydesign test` shows its progress on stderr only then. */
  isTTY?: boolean;
  on?(event: "error", listener: (error: Error) => void): unknown;
}

export interface CliFiles {
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
  /** For what is not a regular file (a pipe, /dev/stdin): its size is unknown up front. */
  createReadStream(path: string): AsyncIterable<Uint8Array | string>;
}

export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Output;
  stderr: Output;
  /** File arguments are resolved against this, and shown as typed. */
  cwd: string;
  /** Defaults to process.env; only PSYDESIGN_DEBUG is read. */
  env?: Record<string, string | undefined>;
  /** Defaults to node:fs. */
  files?: CliFiles;
}

export const nodeFiles: CliFiles = {
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
  createReadStream: (path) => createReadStream(path),
};

/**
 * Control characters, line and bidi-override characters escaped as \uXXXX, so that text
 * from a persona file (an unknown key, a JSON parser's excerpt) can neither forge an extra
 * line of output nor send escape sequences to the terminal. Tab stays.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) =>
    c === "\t" ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Writes one line of diagnostics, made printable. */
export function writeLine(out: Output, text: string): void {
  out.write(`${printable(text)}\n`);
}
