import { describe, expect, test } from "vitest";
import { parseArgs, type OptionSpecs } from "./args";
import { UsageError } from "./command";

const specs: OptionSpecs = {
  format: { type: "string", choices: ["text", "json"], description: "output format" },
  out: { type: "string", description: "output file" },
  help: { type: "boolean", short: "h", description: "help" },
  message: { type: "string", multiple: true, description: "a message; may repeat" },
};

describe("parseArgs", () => {
  test.each([
    [["a.json"], {}, ["a.json"]],
    [["--format", "json", "a.json"], { format: "json" }, ["a.json"]],
    [["a.json", "--format=json"], { format: "json" }, ["a.json"]],
    [["--format", "text", "--format", "json"], { format: "json" }, []], // the last one wins
    [["-h"], { help: true }, []],
    [["-", "--out", "-"], { out: "-" }, ["-"]], // "-" is stdin, a value like any other
    [["--", "--help", "-h"], {}, ["--help", "-h"]], // after --, everything is a file
    [
      ["--message", "b", "a.json", "--message=a", "--message", "b"],
      { message: ["b", "a", "b"] },
      ["a.json"],
    ], // repeats, in order
    [["--message", "-", "--message=-1 €"], { message: ["-", "-1 €"] }, []], // a leading "-" after "="
  ])("%j", (argv, values, positionals) => {
    expect(parseArgs(argv, specs)).toEqual({ values, positionals });
  });

  test.each([
    [["--strict"], 'unknown option "--strict"'],
    [["-x"], 'unknown option "-x"'],
    [["-hh"], 'unknown option "-hh"'],
    [["--toString"], 'unknown option "--toString"'], // not found on Object.prototype
    [["--help=yes"], "--help takes no value"],
    [["--format"], "--format needs a value (text or json)"],
    [["--format", "--help"], "--format needs a value (text or json)"],
    [["--format="], "--format needs a value (text or json)"],
    [["--out"], "--out needs a value"],
    [["--message", "hi", "--message"], "--message needs a value"],
    [["--format", "yaml"], '--format must be text or json, got "yaml"'],
  ])("%j is a usage error", (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv, specs, "compile");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message, command: "compile" });
  });
});
