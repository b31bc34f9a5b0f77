/** Help texts, built from the command table so a new command documents itself. */
import type { OptionSpecs } from "./args";
import { HELP_OPTION, type Command } from "./command";

/** Every line of every help text fits a terminal this wide (a test checks each one). */
export const HELP_WIDTH = 100;

/** The widest left column; a table with a longer entry puts each description on the line below. */
const MAX_LEFT = 34;

/** Characters as a terminal counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

/** The words of `text` on lines of at most HELP_WIDTH characters, each after the first starting with `indent`. */
export function wrap(text: string, indent: string, first = ""): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(" ")) {
    const start = line === first || line === indent;
    if (!start && length(line) + 1 + length(word) > HELP_WIDTH) {
      lines.push(line);
      line = indent + word;
    } else {
      line += (start ? "" : " ") + word;
    }
  }
  return [...lines, line];
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => length(left)));
  if (width > MAX_LEFT)
    return rows.flatMap(([left, right]) => [
      ...wrap(left, "      ", "  "),
      ...wrap(right, "      ", "      "),
    ]);
  const indent = " ".repeat(2 + width + 3);
  return rows.flatMap(([left, right]) => wrap(right, indent, `  ${left.padEnd(width)}   `));
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
    "Check persona files, compile them into the system prompt an assistant runs on, rehearse\nthem offline, and measure how a reply sounds against them.",
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
    "Exit codes: 0 done, 1 invalid persona, unreadable file, bad input line or failed test,\n2 usage error, 70 internal error, 130 interrupted (Ctrl+C).",
    "",
  ].join("\n");
}

/** `psydesign help <command>` and `psydesign <command> --help`. */
export function commandUsage(command: Command): string {
  const options = optionRows({ ...command.options, help: HELP_OPTION });
  const usage = `Usage: psydesign ${command.name} `;
  return [
    ...wrap(command.synopsis, " ".repeat(length(usage)), usage),
    "",
    command.description,
    "",
    "Options:",
    ...columns(options),
    "",
  ].join("\n");
}
