/**
 * The reply cache keys rehearsed replies by rehearsalInputs: two personas with the same inputs
 * must get the same replies, or a slider moved inside its band would show a stale reply.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import { bandIndex, bandRange } from "../persona/bands";
import { DIMENSION_IDS, type Persona } from "../persona/schema";
import { BUILT_IN_SCENARIOS } from "../scenarios/built-in";
import { rehearsalInputs } from "./inputs";
import { rehearse } from "./rehearse";

const TURNS = BUILT_IN_SCENARIOS.flatMap((scenario) => scenario.turns);
/** Another level in the same band as `level`. */
function sameBand(level: number, pick: number): number {
  const [low, high] = bandRange(bandIndex(level));
  return low + (pick % (high - low + 1));
}

describe("rehearsalInputs", () => {
  test("personas with the same inputs get the same replies", () => {
    fc.assert(
      fc.property(
        arbitraryPersona(),
        fc.array(fc.nat(), { minLength: DIMENSION_IDS.length, maxLength: DIMENSION_IDS.length }),
        fc.constantFrom(...TURNS),
        (persona, picks, text) => {
          const voice = Object.fromEntries(
            DIMENSION_IDS.map((id, i) => [id, sameBand(persona.voice[id], picks[i]!)]),
          ) as Persona["voice"];
          const moved: Persona = { ...persona, voice };
          expect(rehearsalInputs(moved)).toBe(rehearsalInputs(persona));
          const messages = [{ role: "user" as const, content: text }];
          expect(rehearse(moved, messages).text).toBe(rehearse(persona, messages).text);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a slider crossing into another band, or any other field, changes them", () => {
    fc.assert(
      fc.property(arbitraryPersona(), fc.constantFrom(...DIMENSION_IDS), (persona, id) => {
        const level = persona.voice[id];
        const other = level < 50 ? 100 : 0;
        expect(rehearsalInputs({ ...persona, voice: { ...persona.voice, [id]: other } })).not.toBe(
          rehearsalInputs(persona),
        );
        expect(rehearsalInputs({ ...persona, name: `${persona.name} bis` })).not.toBe(
          rehearsalInputs(persona),
        );
      }),
      { numRuns: 100 },
    );
  });
});
