import { SCHEMA_VERSION, PERSONA_FORMAT, type Language } from "./constants";
import type { Persona } from "./schema";

/** A neutral starting point for "New persona": every slider in its middle band. */
export function blankPersona(language: Language, id: string): Persona {
  const fr = language === "fr";
  return {
    format: PERSONA_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    id,
    name: fr ? "Nouveau persona" : "New persona",
    language,
    identity: { assistantName: "Alex", role: "assistant" },
    voice: {
      warmth: 50,
      humor: 30,
      enthusiasm: 40,
      register: 50,
      institutional: 30,
      verbosity: 40,
      emoji: 10,
    },
    address: "formal",
    lexicon: { prefer: [], avoid: [] },
    guardrails: { avoidTopics: [], topicTriggers: {}, discloseAI: true },
    examples: [],
    extensions: {},
  };
}
