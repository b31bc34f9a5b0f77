import type { ParsedArgs, OptionSpecs } from "./args";
import type { CliIo } from "./io";

/**
 * Exit codes. 70 is EX_SOFTWARE from BSD's sysexits.h, the usual code for "the program
 * itself failed", so scripts can tell a bug in psydesign from a bad persona (1). 130 is the
 * shell's code for a process ended by Ctrl+C (128 + SIGINT), which `psydesign test` returns
 * after reporting what ran.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70, interrupted: 130 } as const;

/** One psydesign subcommand; main.ts keeps the table, each lives in commands/<name>.ts. */
export interface Command {
  name: string;
  /** Arguments as shown in usage, e.g. "<file> [--format text|json]". */
  synopsis: string;
  /** One line for the command list. */
  summary: string;
  /** A few sentences for `psydesign help <command>`. */
  description: string;
  options: OptionSpecs;
  /**
   * Looks at the raw arguments before they are parsed, for a mistake the parser's own message
   * would repeat (an API key typed as an argument): returns the usage error to give instead.
   */
  screen?(argv: readonly string[]): string | undefined;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** A mistake in how the command was typed: reported in one line with exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the hint points to, if any. */
    readonly command?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** Every command accepts -h/--help; main.ts handles it before the command runs. */
export const HELP_OPTION = { type: "boolean", short: "h", description: "show this help" } as const;
