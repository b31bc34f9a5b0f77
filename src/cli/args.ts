/**
 * A tiny argument parser. node:util's parseArgs would do, but its messages are long and
 * name internals ("To specify a positional argument starting with a '-'…"); owning the
 * ~60 lines lets every mistake read as one plain line.
 */
import { UsageError } from "./command";

export interface OptionSpec {
  type: "boolean" | "string";
  short?: string;
  /** Allowed values of a string option; anything else is a usage error. */
  choices?: readonly string[];
  /** Placeholder for the value in help, e.g. "text|json". */
  valueName?: string;
  /** A string option that may repeat: its values are kept in order, as a list. */
  multiple?: boolean;
  description: string;
}
export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  /** A repeatable option's values are a list (present only when given); others, the last one given. */
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function findOption(token: string, specs: OptionSpecs): [string, OptionSpec] | undefined {
  if (token.startsWith("--")) {
    const name = token.slice(2);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    return spec ? [name, spec] : undefined;
  }
  return Object.entries(specs).find(
    ([, spec]) => spec.short !== undefined && `-${spec.short}` === token,
  );
}

/**
 * Splits argv into option values and positionals. `--` ends options; a lone `-` is a
 * positional (it means standard input). Throws UsageError for anything it cannot read.
 */
export function parseArgs(
  argv: readonly string[],
  specs: OptionSpecs,
  command?: string,
): ParsedArgs {
  const values: ParsedArgs["values"] = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const token = eq === -1 ? arg : arg.slice(0, eq);
    const found = findOption(token, specs);
    if (!found) throw new UsageError(`unknown option ${JSON.stringify(token)}`, command);
    const [name, spec] = found;
    if (spec.type === "boolean") {
      if (eq !== -1) throw new UsageError(`${token} takes no value`, command);
      values[name] = true;
      continue;
    }
    let value = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
    if (eq === -1) {
      // `--format --help` is a forgotten value, not a format called "--help".
      if (value === undefined || (value.startsWith("-") && value !== "-")) value = undefined;
      else i++;
    }
    const expected = spec.choices ? ` (${spec.choices.join(" or ")})` : "";
    if (value === undefined || value === "")
      throw new UsageError(`${token} needs a value${expected}`, command);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(
        `${token} must be ${spec.choices.join(" or ")}, got ${JSON.stringify(value)}`,
        command,
      );
    }
    if (spec.multiple) {
      const list = values[name];
      values[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      values[name] = value;
    }
  }
  return { values, positionals };
}
