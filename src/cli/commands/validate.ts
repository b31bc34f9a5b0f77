import { EXIT, UsageError, type Command } from "../command";
import { writeLine } from "../io";
import { displayName, loadPersona, reportProblems, STDIN_ARG } from "../read-persona";

export const validateCommand: Command = {
  name: "validate",
  synopsis: "<file...>",
  summary: "check persona files against the schema",
  description: [
    "Checks each persona file. Prints one ✓ line per valid file on stdout and one line per",
    "problem on stderr: the file, the JSON path and what is wrong. Exits 1 if any file is invalid.",
  ].join("\n"),
  options: {},
  async run({ positionals }, io) {
    if (positionals.length === 0)
      throw new UsageError("validate needs at least one persona file", "validate");
    if (positionals.filter((arg) => arg === STDIN_ARG).length > 1) {
      throw new UsageError(`standard input (${STDIN_ARG}) can be read only once`, "validate");
    }
    let exit: number = EXIT.ok;
    // One file after another, so the report follows the order of the arguments.
    for (const arg of positionals) {
      const result = await loadPersona(arg, io);
      if (result.ok) {
        writeLine(io.stdout, `✓ ${displayName(arg)}`);
      } else {
        reportProblems(arg, result.problems, io);
        exit = EXIT.invalid;
      }
    }
    return exit;
  },
};
