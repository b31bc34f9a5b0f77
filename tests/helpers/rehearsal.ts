/** Personas and helpers shared by the rehearsal engine's tests. */
import type { Persona } from "../../src/core/persona/schema";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { BUILT_IN_SCENARIOS } from "../../src/core/scenarios/built-in";
import { makePersona } from "./make-persona";

type Overrides = NonNullable<Parameters<typeof makePersona>[0]>;

/**
 * A neutral French persona whose replies are long enough to show every optional move. It does
 * not announce itself as an AI (the first reply would otherwise say so: disclosure.test.ts),
 * so single-message tests read the moves they are about.
 */
export function rehearsalPersona(overrides: Overrides = {}): Persona {
  return makePersona({
    ...overrides,
    voice: {
      warmth: 50,
      humor: 0,
      enthusiasm: 40,
      register: 50,
      institutional: 50,
      verbosity: 70,
      emoji: 0,
      ...overrides.voice,
    },
    guardrails: { discloseAI: false, ...overrides.guardrails },
  });
}

/** The same in English. */
export function englishRehearsalPersona(overrides: Overrides = {}): Persona {
  return rehearsalPersona({
    language: "en",
    identity: { assistantName: "Sam", role: "customer adviser", organization: "Acme Bank" },
    ...overrides,
  });
}

/** The reply to a single message. */
export function reply(p: Persona, text: string) {
  return rehearse(p, [{ role: "user", content: text }]);
}

/** Every user turn of the built-in scenarios in a language. */
export function turnsOf(language: "fr" | "en"): string[] {
  return BUILT_IN_SCENARIOS.filter((s) => s.language === language).flatMap((s) => s.turns);
}
