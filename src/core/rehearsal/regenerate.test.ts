/**
 * Regenerate in the offline rehearsal: each variant is another wording than the one before
 * while the phrasebook has one, and says so when it has none.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ChatMessage } from "../conversation";
import type { Persona } from "../persona/schema";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import {
  englishRehearsalPersona,
  rehearsalPersona,
  turnsOf,
} from "../../../tests/helpers/rehearsal";
import { rehearse } from "./rehearse";

const ask = (content: string): ChatMessage[] => [{ role: "user", content }];

describe("rehearse() with a variant", () => {
  test.each([
    ["fr", rehearsalPersona()],
    ["en", englishRehearsalPersona()],
  ] as const)(
    "%s: every built-in turn gets another wording on each Regenerate, and says it is one",
    (language, persona) => {
      const same: string[] = [];
      for (const turn of turnsOf(language)) {
        let previous = rehearse(persona, ask(turn)).text;
        for (let variant = 1; variant <= 3; variant++) {
          const reply = rehearse(persona, ask(turn), { variant });
          if (reply.alternative !== true || reply.text === previous)
            same.push(`${variant}: ${turn} → ${reply.text}`);
          previous = reply.text;
        }
      }
      expect(same).toEqual([]);
    },
  );

  test("variant 0 is the reply itself, with nothing said about alternatives", () => {
    const persona = rehearsalPersona();
    const plain = rehearse(persona, ask("Comment renouveler mon passeport ?"));
    expect(rehearse(persona, ask("Comment renouveler mon passeport ?"), { variant: 0 })).toEqual(
      plain,
    );
    expect(plain.alternative).toBeUndefined();
  });

  test("no other wording: the same text, and alternative false", () => {
    // The persona's own greeting, alone at the shortest length, is the designer's text: nothing to vary.
    const persona = rehearsalPersona({
      greeting: "Bonjour, je suis Camille. Que puis-je faire pour vous ?",
      voice: { verbosity: 0, humor: 0 },
    });
    const first = rehearse(persona, ask("Bonjour"));
    for (const variant of [1, 2, 5]) {
      const again = rehearse(persona, ask("Bonjour"), { variant });
      expect(again.alternative).toBe(false);
      expect(again.text).toBe(first.text);
    }
  });

  test("the same variant gives the same text, and a variant keeps the voice's rules (random personas)", () => {
    fc.assert(
      fc.property(
        arbitraryPersona(),
        fc.constantFrom(...turnsOf("fr"), ...turnsOf("en")),
        fc.integer({ min: 1, max: 6 }),
        (persona: Persona, turn, variant) => {
          const reply = rehearse(persona, ask(turn), { variant });
          expect(rehearse(persona, ask(turn), { variant })).toEqual(reply);
          expect(typeof reply.alternative).toBe("boolean");
          // Another wording than the variant before it, or, when there is none, the same text as the first.
          const compared =
            reply.alternative === false
              ? rehearse(persona, ask(turn)).text
              : rehearse(persona, ask(turn), { variant: variant - 1 }).text;
          expect(reply.text === compared).toBe(reply.alternative === false);
        },
      ),
      { numRuns: 150, seed: 19 },
    );
  });
});
