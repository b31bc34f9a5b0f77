import { SCHEMA_VERSION } from "../../src/core/persona/constants";
import type { Persona } from "../../src/core/persona/schema";

type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K];
};

/** A small valid persona for tests; pass only what the test is about. */
export function makePersona(overrides: DeepPartial<Persona> = {}): Persona {
  const base: Persona = {
    format: "psydesign.persona",
    schemaVersion: SCHEMA_VERSION,
    id: "test-persona",
    name: "Test persona",
    language: "fr",
    identity: {
      assistantName: "Camille",
      role: "conseillère clientèle",
      organization: "Mairie de Lyon",
    },
    voice: {
      warmth: 50,
      humor: 10,
      enthusiasm: 40,
      register: 60,
      institutional: 50,
      verbosity: 40,
      emoji: 0,
    },
    address: "formal",
    lexicon: { prefer: [], avoid: [] },
    guardrails: { avoidTopics: [], topicTriggers: {}, discloseAI: true },
    examples: [],
    extensions: {},
  };
  return {
    ...base,
    ...overrides,
    identity: { ...base.identity, ...overrides.identity },
    voice: { ...base.voice, ...overrides.voice },
    lexicon: { ...base.lexicon, ...overrides.lexicon },
    guardrails: { ...base.guardrails, ...overrides.guardrails },
  } as Persona;
}

/**
 * A formal English persona whose example reply greets the user by first name ("Hey Sam"):
 * compile() cannot judge English address, the style meter reads it as a drift.
 */
export function withInformalExample(persona: Persona): Persona {
  return {
    ...persona,
    language: "en",
    address: "formal",
    examples: [
      {
        user: "Can I come by?",
        assistant: "Hey Sam, sure thing. Just pop in tomorrow and bring your card.",
      },
    ],
  };
}
