/**
 * The card readers against 4,800 generated hostile inputs (issue 17, acceptance): JSON cards
 * with nulls and wrong types everywhere, deep nesting, huge names, unlabelled example lines,
 * studio cards tampered with; PNGs with broken, oversized, compressed and truncated chunks and
 * small zlib bombs; and plain random bytes. Every input is read to a valid persona or refused
 * with a message, never with an exception, and never through the readers' last guard (an
 * "unreadable" problem would be an exception nobody foresaw). Seeded: the same inputs every run.
 */
import { zlibSync } from "fflate";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personaSchema } from "../persona/schema";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import {
  concat,
  IEND,
  ihdr,
  iTxtChunk,
  pngOf,
  textChunk,
  zTxtChunk,
  type RawChunk,
} from "./card-test-kit";
import { cardV2, cardV3 } from "./from-persona";
import { toBase64 } from "./png";
import { readCardBytes, readCardText } from "./read";
import { CARD_PROBLEM_CODES, type CardReadOutcome } from "./types";

const SEED = 17;
const SLOW = { timeout: 240_000 };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** "read" for a valid persona, else the problem's code; what no reader may answer is spelled out. */
function answer(outcome: CardReadOutcome): string {
  if (outcome.ok)
    return personaSchema.safeParse(outcome.card.persona).success ? "read" : "an invalid persona";
  if (outcome.problem.message === "") return "a problem without a message";
  // The last guard turns an exception nobody foresaw into this code: the fuzz must never meet it.
  return outcome.problem.code === "unreadable" ? "an unforeseen exception" : outcome.problem.code;
}
const ANSWERS: readonly string[] = [
  "read",
  ...CARD_PROBLEM_CODES.filter((code) => code !== "unreadable"),
];

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 16 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null), fc.integer()), {
    maxLength: 3,
  }),
  fc.dictionary(
    fc.string({ maxLength: 5 }),
    fc.oneof(fc.string({ maxLength: 5 }), fc.constant(null)),
    { maxKeys: 2 },
  ),
);

/**
 * Lists nested `levels` deep around a leaf, the shape that overflowed the stack at ~2,100. It
 * stands in the generated value as a marker string, spelled out in the JSON text (jsonText):
 * building the deep value itself would overflow JSON.stringify in the test.
 */
const nested = fc
  .constantFrom(5, 40, 45, 46, 47, 60, 300, 2_100, 5_000)
  .map((levels) => `\u0000nest:${levels}`);
const jsonText = (value: unknown) =>
  (JSON.stringify(value) ?? "null").replace(
    /"\\u0000nest:(\d+)"/g,
    (_marker, levels: string) => `${"[".repeat(Number(levels))}0${"]".repeat(Number(levels))}`,
  );

const name = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 6 },
  { arbitrary: fc.constantFrom("Dr. (Who)?", "N+*[", "{{char}}", "   ", "", "<BOT>"), weight: 2 },
  { arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => "N".repeat(n)), weight: 1 },
);

/** Example dialogue as cards write it, unlabelled lines and speaker names included. */
const mesExample = (speaker: string) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "<START>",
          "{{user}}: Hi there!",
          "{{char}}: Hello.",
          "<USER>: Who?",
          "<BOT>: Me.",
          "an unlabelled line",
          "",
          "*waves*",
        ),
        fc.string({ maxLength: 30 }).map((text) => `${speaker}: ${text}`),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 12 },
    )
    .map((lines) => lines.join("\n"));

const field = (value: fc.Arbitrary<unknown>) =>
  fc.oneof({ arbitrary: junk, weight: 1 }, { arbitrary: value, weight: 3 });

const cardData = name.chain((cardName) =>
  fc.record(
    {
      name: fc.oneof(
        { arbitrary: fc.constant(cardName as unknown), weight: 5 },
        { arbitrary: junk, weight: 1 },
      ),
      description: field(fc.string({ maxLength: 80 })),
      personality: field(fc.string({ maxLength: 40 })),
      scenario: field(fc.string({ maxLength: 40 })),
      first_mes: field(fc.string({ maxLength: 80 })),
      mes_example: field(mesExample(cardName)),
      creator_notes: junk,
      system_prompt: junk,
      alternate_greetings: junk,
      tags: junk,
      nickname: junk,
      extensions: fc.oneof(
        junk,
        fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.oneof(junk, nested), {
          maxKeys: 2,
        }),
      ),
      character_book: fc.oneof(
        junk,
        fc.record(
          {
            extensions: junk,
            entries: fc.oneof(
              junk,
              fc.array(
                fc.oneof(
                  junk,
                  fc.record({
                    keys: junk,
                    content: junk,
                    position: junk,
                    id: junk,
                    extensions: fc.oneof(junk, nested),
                  }),
                ),
                { maxLength: 3 },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

const cardValue = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom("chara_card_v2", "chara_card_v3"),
        fc.oneof(fc.constantFrom("2.0", "3.0"), junk),
        cardData,
      )
      .map(([spec, version, data]) => ({ spec, spec_version: version, data }) as unknown),
    weight: 6,
  },
  { arbitrary: cardData.map((data) => data as unknown), weight: 2 },
  {
    arbitrary: fc
      .record({ spec: junk, data: fc.oneof(junk, cardData) }, { requiredKeys: [] })
      .map((v) => v as unknown),
    weight: 1,
  },
  { arbitrary: fc.oneof(junk, nested), weight: 1 },
);

/** A JSON text, sometimes cut short, with a BOM, or with trailing junk. */
const cardText = fc
  .tuple(cardValue, fc.constantFrom("whole", "whole", "whole", "cut", "bom", "trailing"), fc.nat())
  .map(([value, how, at]) => {
    const text = jsonText(value);
    if (how === "cut") return text.slice(0, at % (text.length + 1));
    if (how === "bom") return `\uFEFF${text}`;
    if (how === "trailing") return `${text} ,]`;
    return text;
  });

/** Studio cards (the persona inside them included) with fields replaced by junk or deep nesting. */
const tamperedStudioCard = fc
  .tuple(
    arbitraryPersona(),
    fc.boolean(),
    fc.constantFrom(
      "name",
      "description",
      "personality",
      "first_mes",
      "mes_example",
      "creator_notes",
      "system_prompt",
      "extensions",
    ),
    fc.oneof(junk, nested),
    fc.constantFrom("data", "persona", "psydesign"),
  )
  .map(([persona, v3, key, value, where]) => {
    const card = JSON.parse(JSON.stringify(v3 ? cardV3(persona) : cardV2(persona))) as {
      data: Record<string, unknown>;
    };
    const extensions = card.data.extensions as Record<string, unknown>;
    const stored = extensions.psydesign as Record<string, unknown>;
    if (where === "data") card.data[key] = value;
    else if (where === "persona")
      stored[key === "extensions" ? "extensions" : "description"] = value;
    else extensions.psydesign = value;
    return jsonText(card);
  });

// Compressed payloads made once: a card, a bomb past the 16 MiB cap, data that is not zlib.
const SMALL_CARD = utf8(
  JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data: { name: "Packed" } }),
);
const PAYLOADS: Record<string, Uint8Array> = {
  card: zlibSync(utf8(toBase64(new TextDecoder().decode(SMALL_CARD)))),
  rawCard: zlibSync(SMALL_CARD),
  bomb: zlibSync(new Uint8Array(17 * 1024 * 1024)),
  notZlib: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8),
  smallZeros: zlibSync(new Uint8Array(4096)),
};

const keyword = fc.constantFrom(
  "chara",
  "ccv3",
  "Chara",
  "CCV3",
  "Comment",
  "",
  "chara-ext-asset_:x",
);
const textOfCard = fc.oneof(
  cardText.map((text) => toBase64(text)),
  cardText,
  fc.constantFrom("%%%not base64", "", "eyJuYW1lIjo*"),
);
const chunk: fc.Arbitrary<RawChunk> = fc.oneof(
  { arbitrary: fc.tuple(keyword, textOfCard).map(([k, text]) => textChunk(k, text)), weight: 5 },
  {
    arbitrary: fc
      .tuple(keyword, fc.constantFrom(...Object.keys(PAYLOADS)))
      .map(([k, p]) => zTxtChunk(k, PAYLOADS[p] as Uint8Array)),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(keyword, fc.constantFrom(...Object.keys(PAYLOADS)), fc.boolean())
      .map(([k, p, compressed]) =>
        iTxtChunk(k, compressed ? (PAYLOADS[p] as Uint8Array) : SMALL_CARD, compressed),
      ),
    weight: 1,
  },
  {
    arbitrary: fc.constantFrom(...Object.values(PAYLOADS)).map((data) => ({ type: "IDAT", data })),
    weight: 1,
  },
  {
    arbitrary: fc.uint8Array({ maxLength: 40 }).map((data) => ({ type: "zTXt", data })),
    weight: 1,
  },
  {
    arbitrary: fc
      .tuple(fc.string({ minLength: 4, maxLength: 4 }), fc.uint8Array({ maxLength: 20 }))
      .map(([type, data]) => ({ type, data })),
    weight: 1,
  },
);

/** PNGs from chunks, sometimes cut, with a bad first chunk, a lying length or missing IEND. */
const png = fc
  .tuple(
    fc.array(chunk, { minLength: 0, maxLength: 4 }),
    fc.constantFrom("whole", "whole", "whole", "cut", "no-ihdr", "no-iend", "long-length"),
    fc.nat(),
    fc.integer({ min: 0, max: 70_000 }),
  )
  .map(([chunks, how, at, size]) => {
    const head = how === "no-ihdr" ? [] : [ihdr(size, size)];
    const bytes = pngOf([...head, ...chunks, ...(how === "no-iend" ? [] : [IEND])]);
    if (how === "cut") return bytes.subarray(0, at % (bytes.length + 1));
    if (how === "long-length" && bytes.length > 40)
      return concat([
        bytes.subarray(0, 33),
        Uint8Array.of(0x7f, 0xff, 0xff, 0xf0),
        bytes.subarray(37),
      ]);
    return bytes;
  });

describe("the card readers on 4,800 generated hostile inputs", () => {
  it("answer 2,000 JSON card texts, and 600 of them as file bytes", SLOW, () => {
    fc.assert(
      fc.property(cardText, (text) => {
        expect(ANSWERS).toContain(answer(readCardText(text)));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
    fc.assert(
      fc.property(cardText, (text) => {
        expect(ANSWERS).toContain(answer(readCardBytes(utf8(text))));
      }),
      { seed: SEED + 1, numRuns: 600 },
    );
  });

  it("answer 400 studio cards tampered with", SLOW, () => {
    fc.assert(
      fc.property(tamperedStudioCard, (text) => {
        expect(ANSWERS).toContain(answer(readCardText(text)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it(
    "answer 1,400 PNG files with broken, compressed and truncated chunks and small bombs",
    SLOW,
    () => {
      fc.assert(
        fc.property(png, (bytes) => {
          expect(ANSWERS).toContain(answer(readCardBytes(bytes)));
        }),
        { seed: SEED, numRuns: 1_400 },
      );
    },
  );

  it("answer 400 byte strings, random or behind a PNG signature", SLOW, () => {
    const signature = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }).map((rest) => concat([signature, rest])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        expect(ANSWERS).toContain(answer(readCardBytes(input)));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
