import * as fc from "fast-check";
import { expect, test } from "vitest";
import { tokenize } from "../text/tokens";
import { measureLexicon } from "./lexicon";

// Pieces that stress the fold: accents precomposed and decomposed, ligatures, the Kelvin
// sign and dotted capital I (which lower-case to ASCII), Greek final sigma, curly
// apostrophes, hyphens, digits, spaces of several kinds, emoji.
const PIECES = [
  "problème",
  "proble\u0300me",
  "PROBLÈME",
  "œuvre",
  "OEUVRE",
  "\u212Aelvin",
  "\u0130stanbul",
  "ΟΔΟΣ",
  "οδος",
  "n'hésitez pas",
  "n\u2019hesitez",
  "rendez-vous",
  "l'usager",
  "ticket",
  "tickets",
  "no 42",
  "42b",
  "svp.",
  " ",
  "  ",
  "\u00a0",
  "\n",
  ", ",
  ". ",
  "!",
  "«",
  "»",
  "👍🏽",
  "e\u0301",
  "ﬁn",
  "fin",
  "a",
  "é",
];
const TERMS = [
  "probleme",
  "problème",
  "œuvre",
  "kelvin",
  "istanbul",
  "οδος",
  "n'hésitez pas",
  "rendez-vous",
  "usager",
  "ticket",
  "42",
  "svp.",
  "fin",
  "é",
  "👍🏽",
  "",
  "«",
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));
const lexicon = fc.record({
  avoid: fc.array(fc.constantFrom(...TERMS), { maxLength: 4 }),
  prefer: fc.array(fc.constantFrom(...TERMS), { maxLength: 4 }),
});

test("with the text's tokens (which skip the fold of a text no term can be in), the hits are exactly those of the full search", () => {
  fc.assert(
    fc.property(text, lexicon, (t, lex) => {
      expect(measureLexicon(t, lex, tokenize(t))).toEqual(measureLexicon(t, lex));
    }),
    { numRuns: 3000 },
  );
});

test("the skip happens: a term found through its tokens, none when no word holds its letters", () => {
  const lex = { avoid: ["n'hésitez pas"], prefer: ["rendez-vous"] };
  const found = "N\u2019HÉSITEZ  PAS à prendre rendez-vous.";
  const hits = measureLexicon(found, lex, tokenize(found));
  expect(hits.avoided.map((h) => found.slice(h.spans[0]!.start, h.spans[0]!.end))).toEqual([
    "N\u2019HÉSITEZ  PAS",
  ]);
  expect(hits.preferred.map((h) => h.spans.length)).toEqual([1]);
  const absent = "Prenez contact avec nous.";
  expect(measureLexicon(absent, lex, tokenize(absent))).toEqual({ avoided: [], preferred: [] });
});
