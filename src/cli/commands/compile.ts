import { compile } from "../../core/compiler/compile";
import { mergeWarnings } from "../../core/compiler/example-warnings";
import { lintExamples } from "../../core/compiler/lint-examples";
import { EXIT, UsageError, type Command } from "../command";
import { writeLine } from "../io";
import { loadPersona, reportProblems } from "../read-persona";

export const compileCommand: Command = {
  name: "compile",
  synopsis: "<file> [--format text|json]",
  summary: "print the system prompt compiled from a persona file",
  description: [
    "Compiles a persona file into its system prompt and prints it on stdout; with",
    "--format json, prints the whole compile result (prompt, sections, warnings, token",
    "estimate). Warnings go to stderr and do not change the exit code: conflicting",
    "settings, and example replies the style meter reads as off the persona's own",
    "settings (address, avoided words, register, tone, length, emoji). An invalid file",
    "exits 1 with its problems, as validate reports them.",
  ].join("\n"),
  options: {
    format: {
      type: "string",
      choices: ["text", "json"],
      valueName: "text|json",
      description: "text: the system prompt (default); json: the whole compile result",
    },
  },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new UsageError("compile needs a persona file", "compile");
    if (positionals.length > 1) {
      throw new UsageError(`compile takes one persona file, got ${positionals.length}`, "compile");
    }
    const arg = positionals[0] as string;
    const result = await loadPersona(arg, io);
    if (!result.ok) {
      reportProblems(arg, result.problems, io);
      return EXIT.invalid;
    }
    // The studio shows the meter's example warnings beside compile()'s; so does the CLI.
    const compiled = compile(result.persona);
    const warnings = [...mergeWarnings(compiled.warnings, lintExamples(result.persona))];
    if (values.format === "json") {
      io.stdout.write(`${JSON.stringify({ ...compiled, warnings }, null, 2)}\n`);
    } else {
      // The prompt is written untouched (it is the product, meant for `> prompt.txt`);
      // only a final newline is added when missing, so a terminal prompt starts on its own line.
      const prompt = compiled.systemPrompt;
      io.stdout.write(prompt.endsWith("\n") ? prompt : `${prompt}\n`);
    }
    for (const warning of warnings) {
      writeLine(io.stderr, `warning [${warning.code}] ${warning.message}`);
    }
    return EXIT.ok;
  },
};
