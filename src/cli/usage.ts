/** Help texts, built from the command table so a new command documents itself. */
import type { OptionSpecs } from "./args";
import { HELP_OPTION, type Command } from "./command";

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}

function optionRows(options: OptionSpecs): [string, string][] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}`;
    return [spec.valueName ? `${flag} ${spec.valueName}` : flag, spec.description];
  });
}

/** `psydesign help`: every command, the global options, the conventions. */
export function generalUsage(commands: readonly Command[]): string {
  return [
    "Usage: psydesign <command> [options]",
    "",
    "Check persona files, compile them into the system prompt an assistant runs on, and\nmeasure how a reply sounds against them.",
    "",
    "Commands:",
    ...columns([
      ...commands.map((c): [string, string] => [`${c.name} ${c.synopsis}`, c.summary]),
      ["help [command]", "show this help, or a command's"],
    ]),
    "",
    "Options:",
    ...columns([
      ["-h, --help", "show help"],
      ["--version", "print the version"],
    ]),
    "",
    'A file argument of "-" reads standard input.',
    "Exit codes: 0 done, 1 invalid persona, unreadable file or bad input line, 2 usage error,\n70 internal error.",
    "",
  ].join("\n");
}

/** `psydesign help <command>` and `psydesign <command> --help`. */
export function commandUsage(command: Command): string {
  const options = optionRows({ ...command.options, help: HELP_OPTION });
  return [
    `Usage: psydesign ${command.name} ${command.synopsis}`,
    "",
    command.description,
    "",
    "Options:",
    ...columns(options),
    "",
  ].join("\n");
}
