/**
 * The heavy persona the editor bench types on: a preset grown to 20 example exchanges
 * and 50 lexicon entries, built from the presets' own texts so it reads like real work.
 */
import type { Persona } from "../../src/core/persona/schema";

export function longPersona(presets: readonly Persona[]): Persona {
  const base = presets.find((p) => p.id === "service-public") ?? presets[0];
  if (!base) throw new Error("no presets to build the long persona from");
  const sameLanguage = presets.filter((p) => p.language === base.language);
  const examples = sameLanguage.flatMap((p) => p.examples);
  const words = [...new Set(presets.flatMap((p) => [...p.lexicon.prefer, ...p.lexicon.avoid]))];
  const lexicon = Array.from(
    { length: 50 },
    (_, i) => `${words[i % words.length]}${i < words.length ? "" : ` ${i}`}`,
  );
  return {
    ...base,
    id: "bench-long",
    name: "Bench: long persona",
    examples: Array.from({ length: 20 }, (_, i) => examples[i % examples.length]!),
    lexicon: { prefer: lexicon.slice(0, 25), avoid: lexicon.slice(25) },
  };
}
