import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { tokenize } from "../../text/tokens";
import { formalityFeatures, FEATURE_NAMES } from "./features";
import { BEGINNINGS_EN, LEXICON_MEAN_EN } from "../generated/formality-beginnings-en";
import { ENDINGS_EN } from "../generated/formality-endings-en";
import { ENGLISH_MODEL, PORTABLE_MODEL } from "../generated/formality-weights";
import { GLOVE_NAMES, LEXICAL_NAMES, TAG_FEATURE_NAMES } from "./model";
import {
  beginningKey,
  endingKey,
  keyRatings,
  lexicalReadings,
  readKeys,
  textKeys,
  type LexicalTable,
} from "./lexical";
import { WORDS_EN } from "./words-en";
import { WORDS_FR } from "./words-fr";

const wordsFor = (language: "en" | "fr") => (language === "fr" ? WORDS_FR : WORDS_EN);

/** The rating a generated table gives `key` (tables are "key rating" pairs, eight to a line). */
function shipped(source: readonly string[], key: string): number | undefined {
  for (const line of source) {
    const parts = line.split(" ");
    for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i] === key) return Number(parts[i + 1]);
  }
  return undefined;
}

function weight(name: string): number {
  return PORTABLE_MODEL.features.find((f) => f.name === name)?.weight ?? 0;
}

/** The named feature values of a text. */
function values(text: string, language: "en" | "fr"): Record<string, number> {
  const v = formalityFeatures(text, tokenize(text), wordsFor(language), language).values;
  return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, v[i] as number]));
}

const table = (entries: Record<string, number>, mean: number): LexicalTable => ({
  ratings: new Map(Object.entries(entries)),
  mean,
});

describe("lexical keys", () => {
  test.each([
    ["information", "info", "-ion"],
    ["fucking", "fuck", "-ing"],
    ["the", "the", undefined],
    ["n't", "n't", undefined],
    ["2", "2", undefined],
    ["10-20", "10-20", undefined],
    ["well-known", "well-known", undefined],
    ["cool", "cool", undefined],
  ] as const)("%s → beginning %s, ending %s", (piece, beginning, ending) => {
    expect(beginningKey(piece)).toBe(beginning);
    expect(endingKey(piece)).toBe(ending);
  });

  test("a contraction gives its host and its clitic", () => {
    expect(textKeys(tokenize("They don't know.")).beginnings).toEqual([
      "they",
      "do",
      "n't",
      "know",
    ]);
  });

  test("a key counts once per text when the table is built", () => {
    const stats = keyRatings([["the", "the", "cat"], ["the"]], [1, -1]);
    expect(stats.get("the")).toEqual({ sum: 0, count: 2 });
    expect(stats.get("cat")).toEqual({ sum: 1, count: 1 });
  });
});

describe("lexical readings", () => {
  const beginnings = table({ the: 0.2, info: 1, fuck: -2, "n't": -1 }, -0.5);
  const endings = table({ "-ion": 0.8, "-ing": -0.9 }, -0.5);

  test("an unknown text reads as the table mean, with no lean", () => {
    const [b, e] = lexicalReadings(tokenize("zzz qqq"), beginnings, endings);
    expect(b).toEqual({ mean: -0.5, lean: 0 });
    expect(e).toEqual({ mean: -0.5, lean: 0 });
  });

  test("an unseen word still reads through its ending", () => {
    const [, e] = lexicalReadings(tokenize("Blorfication"), beginnings, endings);
    expect(e.mean).toBeCloseTo(0.8);
    expect(e.lean).toBeCloseTo(1.3);
  });

  test("the one-pass reading the meter uses equals the reading of the key lists the fit uses", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            "The",
            "information",
            "don't",
            "fucking",
            "is",
            "2",
            "well-known",
            "asking",
            "lol",
            "!!",
            ".",
          ),
          { maxLength: 12 },
        ),
        (words) => {
          const tokens = tokenize(words.join(" "));
          const keys = textKeys(tokens);
          const [b, e] = lexicalReadings(tokens, beginnings, endings);
          const rb = readKeys(keys.beginnings, beginnings);
          const re = readKeys(keys.endings, endings);
          expect(b.mean).toBeCloseTo(rb.mean, 12);
          expect(b.lean).toBeCloseTo(rb.lean, 12);
          expect(e.mean).toBeCloseTo(re.mean, 12);
          expect(e.lean).toBeCloseTo(re.lean, 12);
        },
      ),
    );
  });
});

describe("the fitted lexicon and models", () => {
  test("the learned tables agree with the literature on a few keys", () => {
    // Latinate nominalisations read formal, swearing informal (Heylighen & Dewaele; Pavlick & Tetreault).
    expect(shipped(ENDINGS_EN, "-ion")).toBeGreaterThan(LEXICON_MEAN_EN);
    expect(shipped(BEGINNINGS_EN, "fuck")).toBeLessThan(LEXICON_MEAN_EN - 0.5);
    expect(shipped(BEGINNINGS_EN, "lol")).toBeLessThan(LEXICON_MEAN_EN);
  });

  test("each model row names the feature in its place", () => {
    expect(PORTABLE_MODEL.features.map((f) => f.name)).toEqual([...FEATURE_NAMES]);
    expect(ENGLISH_MODEL.features.map((f) => f.name)).toEqual([
      ...FEATURE_NAMES,
      ...LEXICAL_NAMES,
      ...TAG_FEATURE_NAMES,
      ...GLOVE_NAMES,
    ]);
  });

  test("the cues with an obvious direction lean the way the literature says", () => {
    for (const informal of [
      "contraction",
      "informal",
      "lowerStart",
      "exclamation",
      "repeatedPunct",
      "swearing",
      "noCapital",
    ])
      expect(weight(informal)).toBeLessThan(0);
    for (const formal of ["logWords", "wordLength", "nominal", "syllables"])
      expect(weight(formal)).toBeGreaterThan(0);
  });
});

describe("the cues added for PT16", () => {
  test("swearing, in both languages, with its evidence", () => {
    expect(values("what a bastard", "en").swearing).toBeCloseTo(1 / 3);
    expect(values("c'est le bordel", "fr").swearing).toBeGreaterThan(0);
    const text = "that bastard";
    expect(formalityFeatures(text, tokenize(text), wordsFor("en"), "en").evidence).toContainEqual({
      start: 5,
      end: 12,
      cue: "swearing",
    });
  });

  test("symbols, syllables and a text without capitals", () => {
    expect(values("* * * top 3 * * *", "en").symbols).toBeCloseTo(Math.log1p(6));
    expect(values("The administration", "en").syllables).toBeCloseTo((1 + 5) / 2);
    expect(values("no caps here", "en").noCapital).toBe(1);
    expect(values("One capital", "en").noCapital).toBe(0);
  });
});
