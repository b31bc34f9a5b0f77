import { lintExamples } from "../../core/compiler/lint-examples";
import { compile } from "../../core/compiler/compile";
import { mergeWarnings } from "../../core/compiler/example-warnings";
import type { ParsedArgs } from "../args";
import { EXIT, UsageError } from "../command";
import { writeLine, type CliIo } from "../io";
import { loadPersona, reportProblems } from "../read-persona";

/** `psydesign compile` itself, loaded when the command runs (./compile.ts describes it). */
export async function run({ positionals, values }: ParsedArgs, io: CliIo): Promise<number> {
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
}
