/**
 * Every card the studio writes passes the libraries other tools read cards with (issue 17,
 * item 10): character-card-utils and RisuAI's ccardlib, run as they are (card-judges.ts), on
 * the presets and on real cards from other tools imported and exported again, as V2 JSON, V3
 * JSON and both chunks of the V3 PNG. A seeded property does the same for messy cards: nulls,
 * wrong types and half-written lorebooks.
 */
import { readdirSync, readFileSync } from "node:fs";
import { decode } from "fast-png";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restorePersonaText } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { cardRefusals } from "./card-judges";
import {
  BOTH_CHUNKS_PNG,
  expectCard,
  fixtureBytes,
  SERAPHINA_JSON,
  SERAPHINA_PNG,
  TAVERN_KIT_V2,
  TAVERN_KIT_V3,
} from "./card-test-kit";
import { cardPng, cardV2, cardV3 } from "./from-persona";
import { fromBase64 } from "./png";
import { readCardBytes, readCardText } from "./read";

const PRESETS = new URL("../../../personas/", import.meta.url);
const presets: [string, Persona][] = readdirSync(PRESETS).map((file) => {
  const restored = restorePersonaText(readFileSync(new URL(file, PRESETS), "utf8"));
  if (!restored.ok) throw new Error(`${file} is not a valid persona`);
  return [`preset ${file}`, restored.persona];
});
const REAL_CARDS = [
  SERAPHINA_PNG,
  SERAPHINA_JSON,
  ...TAVERN_KIT_V2,
  ...TAVERN_KIT_V3,
  BOTH_CHUNKS_PNG,
];
const imported: [string, Persona][] = REAL_CARDS.map((path) => [
  `card ${path}`,
  expectCard(readCardBytes(fixtureBytes(path))).persona,
]);

const chunk = (png: Uint8Array, keyword: string): unknown =>
  JSON.parse(fromBase64(decode(png).text[keyword] ?? "") ?? "");

describe.each([...presets, ...imported])("what the studio writes for %s", (_name, persona) => {
  it("as V2 JSON and V3 JSON passes character-card-utils and ccardlib", () => {
    expect(cardRefusals(cardV2(persona), "v2")).toEqual([]);
    expect(cardRefusals(cardV3(persona), "v3")).toEqual([]);
  });

  it("as a PNG passes both in its ccv3 chunk (V3) and its chara chunk (V2)", () => {
    const png = cardPng(persona);
    expect(cardRefusals(chunk(png, "ccv3"), "v3")).toEqual([]);
    expect(cardRefusals(chunk(png, "chara"), "v2")).toEqual([]);
  });

  it("with the compiled prompt as its system prompt passes both too", () => {
    expect(cardRefusals(cardV2(persona, { compiledPrompt: true }), "v2")).toEqual([]);
    expect(cardRefusals(cardV3(persona, { compiledPrompt: true }), "v3")).toEqual([]);
  });
});

/** Any JSON value a careless tool might leave in a field. */
const junk = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null)), {
    maxLength: 3,
  }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const messyEntry = fc.record(
  {
    keys: fc.oneof(junk, fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
    content: junk,
    extensions: fc.oneof(
      junk,
      fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), junk, { maxKeys: 2 }),
    ),
    enabled: junk,
    insertion_order: junk,
    use_regex: junk,
    case_sensitive: junk,
    constant: junk,
    selective: junk,
    name: junk,
    comment: junk,
    priority: junk,
    id: fc.oneof(junk, fc.constantFrom("7", " 12 ", "entry-3", "")),
    secondary_keys: junk,
    position: fc.oneof(
      junk,
      fc.constantFrom(
        "before_char",
        "after_char",
        "before_char_defs",
        "after_char_defs",
        "at_depth",
        0,
        1,
        4,
      ),
    ),
  },
  { requiredKeys: [] },
);
const messyData = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim() !== ""),
    description: junk,
    personality: junk,
    scenario: junk,
    first_mes: junk,
    mes_example: junk,
    creator_notes: junk,
    system_prompt: junk,
    post_history_instructions: junk,
    alternate_greetings: junk,
    tags: junk,
    creator: junk,
    character_version: junk,
    extensions: fc.oneof(
      junk,
      fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), junk, { maxKeys: 2 }),
    ),
    character_book: fc.oneof(
      junk,
      fc.record(
        {
          name: junk,
          scan_depth: junk,
          recursive_scanning: junk,
          extensions: maybe(junk),
          entries: fc.oneof(junk, fc.array(fc.oneof(messyEntry, junk), { maxLength: 3 })),
        },
        { requiredKeys: [] },
      ),
    ),
    nickname: junk,
    group_only_greetings: junk,
    source: junk,
    assets: fc.oneof(
      junk,
      fc.array(fc.oneof(junk, fc.record({ type: junk, uri: junk, name: junk, ext: junk })), {
        maxLength: 2,
      }),
    ),
    creator_notes_multilingual: fc.oneof(
      junk,
      fc.dictionary(fc.constantFrom("en", "fr", "ja"), junk, { maxKeys: 2 }),
    ),
    creation_date: junk,
  },
  { requiredKeys: ["name"] },
);
// The door refuses these keys on purpose (read.test.ts), whatever the card.
const noForbiddenKeys = (data: unknown) =>
  !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(data));

describe("a messy card from another tool", () => {
  it(
    "once imported, exports as V2 and V3 cards both libraries accept (seeded, 150 cards)",
    { timeout: 60_000 },
    () => {
      let read = 0;
      fc.assert(
        fc.property(
          messyData.filter(noForbiddenKeys),
          fc.constantFrom("chara_card_v2", "chara_card_v3"),
          (data, spec) => {
            const outcome = readCardText(
              JSON.stringify({
                spec,
                spec_version: spec === "chara_card_v2" ? "2.0" : "3.0",
                data,
              }),
            );
            if (!outcome.ok) return;
            read++;
            expect(cardRefusals(cardV2(outcome.card.persona), "v2")).toEqual([]);
            expect(cardRefusals(cardV3(outcome.card.persona), "v3")).toEqual([]);
          },
        ),
        { seed: 17, numRuns: 150 },
      );
      // The property is about imported cards: most messy ones must import for it to mean much.
      expect(read).toBeGreaterThan(120);
    },
  );
});
