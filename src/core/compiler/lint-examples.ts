/**
 * The style meter run on the persona's own example replies, for the CLI and tests: the
 * studio reads the same replies in the meter's worker instead (stores/example-lint.ts).
 * What counts as a drift, and the warnings' wording, live in example-drift.ts.
 */
import { analyze } from "../meter/analyze";
import type { LexiconInput, Measurement } from "../meter/types";
import type { Persona } from "../persona/schema";
import { exampleDriftWarnings, measurementKey } from "./example-drift";
import type { CompileWarning } from "./types";

/** Enough for the largest persona the schema allows (50 examples) in a few languages and lexicons. */
const MAX_ENTRIES = 1024;
const NO_PREFERRED: readonly string[] = [];
const measurements = new Map<string, Measurement>();

/** The meter's reading of a reply, once per text, language and avoided words. */
function measured(persona: Persona, text: string): Measurement {
  const key = measurementKey(persona, text);
  let measurement = measurements.get(key);
  if (!measurement) {
    const lexicon: LexiconInput = { prefer: NO_PREFERRED, avoid: persona.lexicon.avoid };
    measurement = analyze(text, persona.language, lexicon);
    if (measurements.size >= MAX_ENTRIES) measurements.clear();
    measurements.set(key, measurement);
  }
  return measurement;
}

/** The meter's warnings on one example's reply (`index` from 0), [] for a blank reply. */
export function exampleDrift(persona: Persona, index: number): readonly CompileWarning[] {
  const text = persona.examples[index]?.assistant ?? "";
  if (text.trim() === "") return [];
  return exampleDriftWarnings(persona, index, measured(persona, text));
}

/**
 * The meter's warnings on every example reply of a persona, by example (see
 * exampleDriftWarnings). Join them to compile()'s with mergeWarnings.
 */
export function lintExamples(persona: Persona): CompileWarning[] {
  return persona.examples.flatMap((_, index) => exampleDrift(persona, index));
}
