import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restorePersona } from "../persona/restore";
import { personaSchema, type Persona } from "../persona/schema";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import { expectCard } from "./card-test-kit";
import { cardPng, cardV2, cardV3 } from "./from-persona";
import { readCardBytes, readCardText } from "./read";

const RUNS = { numRuns: 200 };
/** A value as JSON holds it: fc.jsonValue() may give -0, which JSON writes as 0. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/**
 * A persona the studio can hold: one that came through the door, as a file would. The
 * arbitrary may put keys restorePersona refuses ("prototype") in extensions.
 */
const studioPersona = arbitraryPersona()
  .map((raw) => restorePersona(asJson(raw)))
  .filter((r) => r.ok)
  .map((r) => (r as { persona: Persona }).persona);
// Each PNG case encodes and decodes a 256×256 portrait (tens of ms): fewer runs.
const PNG_RUNS = { numRuns: 40 };
// Seconds on a quiet machine; the full suite runs files in parallel, so leave room.
const SLOW = { timeout: 30_000 };

describe("a persona through a card and back", () => {
  it("V2 JSON is lossless", SLOW, () => {
    fc.assert(
      fc.property(studioPersona, (persona) => {
        const card = expectCard(readCardText(JSON.stringify(cardV2(persona))));
        expect(card).toMatchObject({ exact: true, version: "v2" });
        expect(card.persona).toEqual(persona);
      }),
      RUNS,
    );
  });

  it("V3 JSON is lossless", SLOW, () => {
    fc.assert(
      fc.property(studioPersona, (persona) => {
        const card = expectCard(readCardText(JSON.stringify(cardV3(persona))));
        expect(card).toMatchObject({ exact: true, version: "v3" });
        expect(card.persona).toEqual(persona);
      }),
      RUNS,
    );
  });

  it("a PNG is lossless", SLOW, () => {
    fc.assert(
      fc.property(studioPersona, (persona) => {
        const card = expectCard(readCardBytes(cardPng(persona)));
        expect(card).toMatchObject({ exact: true, version: "v3", container: "png" });
        expect(card.persona).toEqual(persona);
      }),
      PNG_RUNS,
    );
  });
});

/** Card texts with the things real cards have: macros, narration, names as speakers, blank lines. */
const cardText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "{{char}} waves at {{user}}.",
    '*smiles* "Hello!"',
    "Bonjour, tu vas bien ?",
    "   ",
    "",
    "😊😊 Great!",
  ),
);
const exampleLine = fc
  .tuple(
    fc.constantFrom("{{user}}: ", "{{char}}: ", "<USER>: ", "<BOT>: ", "Nova: ", "", "<START>"),
    cardText,
  )
  .map(([who, text]) => `${who}${text}`);

const arbitraryCardData = fc
  .record({
    name: fc.oneof(
      fc.constant("Nova"),
      fc.string({ minLength: 1, maxLength: 140 }).filter((s) => s.trim() !== ""),
    ),
    description: fc.oneof(cardText, fc.string({ minLength: 1990, maxLength: 2100 })),
    personality: cardText,
    scenario: cardText,
    first_mes: cardText,
    mes_example: fc.array(exampleLine, { maxLength: 12 }).map((lines) => lines.join("\n")),
    tags: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
    extensions: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.jsonValue({ maxDepth: 2 }),
      { maxKeys: 3 },
    ),
    alternate_greetings: fc.array(cardText, { maxLength: 2 }),
  })
  .filter((data) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(data))); // the door refuses those keys: read.test.ts

describe("a card from another tool", () => {
  it("imports to a valid persona, which exports and reads back exactly", SLOW, () => {
    fc.assert(
      fc.property(
        arbitraryCardData,
        fc.constantFrom("chara_card_v2", "chara_card_v3"),
        (data, spec) => {
          const imported = expectCard(
            readCardText(JSON.stringify({ spec, spec_version: "2.0", data })),
          );
          expect(personaSchema.safeParse(imported.persona).success).toBe(true);
          const again = expectCard(
            readCardText(
              JSON.stringify(
                spec === "chara_card_v2" ? cardV2(imported.persona) : cardV3(imported.persona),
              ),
            ),
          );
          expect(again.exact).toBe(true);
          expect(again.persona).toEqual(imported.persona);
        },
      ),
      RUNS,
    );
  });

  it("gives its fields and unknown extensions back on export", SLOW, () => {
    fc.assert(
      fc.property(arbitraryCardData, (data) => {
        const persona = expectCard(
          readCardText(JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data })),
        ).persona;
        const exported = cardV2(persona).data;
        const sent = asJson(data);
        for (const field of [
          "name",
          "description",
          "scenario",
          "first_mes",
          "mes_example",
          "tags",
          "alternate_greetings",
        ] as const) {
          expect([field, exported[field]]).toEqual([field, sent[field]]);
        }
        expect(exported.extensions).toEqual({ ...sent.extensions, psydesign: persona });
      }),
      RUNS,
    );
  });
});

describe("readers on arbitrary input", () => {
  const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
  it("never throw", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([...PNG_SIGNATURE, ...b])),
        ),
        (bytes) => {
          expect(readCardBytes(bytes).ok).toBe(false);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        (value) => typeof readCardText(JSON.stringify(value)).ok === "boolean",
      ),
      RUNS,
    );
  });
});
