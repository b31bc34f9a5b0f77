/**
 * The psydesign command. bin.ts (built into dist/cli.mjs) and bin/psydesign.mjs (the sources)
 * call run() with the real process streams; tests call it with strings. run() never throws and never prints a stack trace unless
 * PSYDESIGN_DEBUG=1: it returns the exit code.
 *
 * To add a command: write src/cli/commands/<name>.ts exporting a Command, add it to
 * COMMANDS; a command that needs heavy code (the meter, cards) imports its work from
 * <name>-run.ts when it runs, so that the built command starts without it. Parsing, --help, usage errors and the help text come with the table.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "./args";
import { EXIT, HELP_OPTION, UsageError, type Command } from "./command";
import { analyzeCommand } from "./commands/analyze";
import { compileCommand } from "./commands/compile";
import { convertCommand } from "./commands/convert";
import { rehearseCommand } from "./commands/rehearse";
import { testCommand } from "./commands/test";
import { validateCommand } from "./commands/validate";
import { writeLine, type CliIo } from "./io";
import { commandUsage, generalUsage } from "./usage";

export type { CliIo } from "./io";

/** In the order the help lists them. */
const COMMANDS: readonly Command[] = [
  validateCommand,
  compileCommand,
  analyzeCommand,
  rehearseCommand,
  testCommand,
  convertCommand,
];

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** Written in by the built command's bundler (vite.cli.config.ts); absent when run from sources. */
// oxlint-disable-next-line no-underscore-dangle -- a build-time constant, named as Vite defines go
declare const __PSYDESIGN_VERSION__: string | undefined;

async function packageVersion(): Promise<string> {
  if (typeof __PSYDESIGN_VERSION__ === "string") return __PSYDESIGN_VERSION__;
  const pkg = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ) as {
    version: string;
  };
  return pkg.version;
}

function help(args: readonly string[], io: CliIo): number {
  const topic = args.find((arg) => !arg.startsWith("-"));
  if (topic === undefined) {
    io.stdout.write(generalUsage(COMMANDS));
    return EXIT.ok;
  }
  const command = findCommand(topic);
  if (!command)
    throw new UsageError(`no help for ${JSON.stringify(topic)}: there is no such command`);
  io.stdout.write(commandUsage(command));
  return EXIT.ok;
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(generalUsage(COMMANDS));
    return EXIT.usage;
  }
  if (first === "help") return help(rest, io);
  if (first === "--help" || first === "-h") return help([], io);
  if (first === "--version") {
    io.stdout.write(`${await packageVersion()}\n`);
    return EXIT.ok;
  }
  if (first.startsWith("-"))
    throw new UsageError(`unknown option ${JSON.stringify(first)} (a command comes first)`);
  const command = findCommand(first);
  if (!command) throw new UsageError(`unknown command ${JSON.stringify(first)}`);
  const refused = command.screen?.(rest);
  if (refused !== undefined) throw new UsageError(refused, command.name);
  const args = parseArgs(rest, { ...command.options, help: HELP_OPTION }, command.name);
  if (args.values.help) {
    io.stdout.write(commandUsage(command));
    return EXIT.ok;
  }
  return command.run(args, io);
}

function debugging(io: CliIo): boolean {
  return (io.env ?? process.env).PSYDESIGN_DEBUG === "1";
}

/** Runs one psydesign invocation; `argv` excludes node and the script. Resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `psydesign compile x.json | head -1` closes the pipe early; Node then emits EPIPE on
  // stdout, which without a listener is an uncaught error with a stack trace.
  io.stdout.on?.("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE")
      writeLine(io.stderr, `psydesign: cannot write output: ${error.message}`);
  });
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const topic = error.command ? `help ${error.command}` : "help";
      writeLine(io.stderr, `psydesign: ${error.message}; see "psydesign ${topic}"`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `psydesign: internal error: ${message}`);
    if (debugging(io) && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
