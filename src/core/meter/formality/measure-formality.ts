/**
 * The formality reading: the fitted ridge model (generated/formality-weights.ts) applied to the
 * features of features.ts, then a logistic from the PT16 rating scale (−3…+3)
 * onto the 0..100 register scale. English adds the learned lexicon of word beginnings and
 * endings (lexical.ts), part-of-speech tags with their learned trigrams
 * (tags-en.ts) and word scores distilled from GloVe vectors (glove.ts); French reads with
 * the PORTABLE model, whose features exist in both languages with the same meaning
 * (contraction = English clitic or French reduced form / dropped "ne"; informal word =
 * "lol" or "mdr"…), so the English weights transfer feature by feature. No French ratings
 * exist here to check the transfer beyond the ordering tests. Salutations and
 * leave-takings add their rule-based shift (formulas.ts) to the fitted rating.
 */
import { bandIndex } from "../../persona/bands";
import type { Language } from "../../persona/constants";
import type { Token } from "../../text/tokens";
import { formalityFeatures } from "./features";
import { formulaShift } from "./formulas";
import { englishData } from "./english-source";
import { LEXICAL_NAMES, type FormalityModel } from "./model";
import { ENGLISH_MODEL, PORTABLE_MODEL } from "../generated/formality-weights";
import {
  gloveReading,
  parseGloveTable,
  readGloveLine,
  type GloveTable,
  type GloveWord,
} from "./glove";
import { lexicalReadings, type LexicalTable } from "./lexical";
import { byStart } from "../spans";
import { prepareTagLexicon, readTagsInto, TAG_VALUES } from "./tags-en";
import type { Reading } from "../types";
import { wordsFor } from "./words";

/** Rating points per logistic unit: ±1.5 on the PT16 scale lands near 18 and 82. */
const RATING_SCALE = 1;

function readRatings(line: string, ratings: Map<string, number>): void {
  const parts = line.split(" ");
  for (let i = 0; i + 1 < parts.length; i += 2)
    ratings.set(parts[i] as string, Number(parts[i + 1]));
}

/** A generated "key rating" table as the meter reads it. */
export function parseTable(source: readonly string[]): LexicalTable {
  const ratings = new Map<string, number>();
  for (const line of source) readRatings(line, ratings);
  return { ratings, mean: englishData().lexiconMean };
}

interface EnglishTables {
  beginnings: LexicalTable;
  endings: LexicalTable;
  trigrams: LexicalTable;
  glove: GloveTable;
}

let tables: EnglishTables | undefined;
/** The English lexicon tables, parsed on first use (French never pays for them). */
function tablesEn(): EnglishTables {
  if (tables) return tables;
  const english = englishData();
  tables = {
    beginnings: parseTable(english.beginnings),
    endings: parseTable(english.endings),
    trigrams: parseTable(english.trigrams),
    glove: parseGloveTable(english.glove),
  };
  return tables;
}

/** Generated lines parsed per step of prepareFormality: a few milliseconds on a slow machine. */
const LINES_PER_STEP = 40;

/** Reads `source` into a new map, `LINES_PER_STEP` lines per step. */
function* sliced<V>(
  source: readonly string[],
  read: (line: string, into: Map<string, V>) => void,
): Generator<void, Map<string, V>, void> {
  const into = new Map<string, V>();
  for (let i = 0; i < source.length; i++) {
    read(source[i]!, into);
    if ((i + 1) % LINES_PER_STEP === 0) yield;
  }
  return into;
}

/**
 * Everything the English formality reading parses on its first use (its four tables and the
 * tagger's lexicon, 50–100 ms in one go), a slice per step: a page runs one step per task
 * while it is idle, so the first English reply it meters is no long task. Reading a text
 * before the last step just parses the rest at once, as it would with no preparation.
 */
export function* prepareFormality(): Generator<void, void, void> {
  if (!tables) {
    const english = englishData();
    const beginnings = yield* sliced(english.beginnings, readRatings);
    const endings = yield* sliced(english.endings, readRatings);
    const trigrams = yield* sliced(english.trigrams, readRatings);
    const glove = yield* sliced<GloveWord>(english.glove, readGloveLine);
    const mean = english.lexiconMean;
    tables ??= {
      beginnings: { ratings: beginnings, mean },
      endings: { ratings: endings, mean },
      trigrams: { ratings: trigrams, mean },
      glove,
    };
  }
  yield* prepareTagLexicon();
}

/** The English-only values of a text (LEXICAL_NAMES, TAG_FEATURE_NAMES, GLOVE_NAMES), written into one reused array. */
const ENGLISH_VALUES: number[] = [];
const TAGS_AT = LEXICAL_NAMES.length;
const GLOVE_AT = TAGS_AT + TAG_VALUES;
function englishValues(text: string, tokens: readonly Token[]): readonly number[] {
  const { beginnings, endings, trigrams, glove } = tablesEn();
  const [b, e] = lexicalReadings(tokens, beginnings, endings);
  ENGLISH_VALUES[0] = b.mean;
  ENGLISH_VALUES[1] = b.lean;
  ENGLISH_VALUES[2] = e.mean;
  ENGLISH_VALUES[3] = e.lean;
  readTagsInto(text, tokens, trigrams, ENGLISH_VALUES, TAGS_AT);
  const g = gloveReading(tokens, glove);
  ENGLISH_VALUES[GLOVE_AT] = g.mean;
  ENGLISH_VALUES[GLOVE_AT + 1] = g.lean;
  return ENGLISH_VALUES;
}

/** The model's rating of some feature values: `values`, then `more` (the English-only values) after them. */
function apply(
  model: FormalityModel,
  values: readonly number[],
  more: readonly number[] = [],
): number {
  let y = model.intercept;
  const features = model.features;
  for (let j = 0; j < features.length; j++) {
    const f = features[j] as FormalityModel["features"][number];
    const value = j < values.length ? values[j] : more[j - values.length];
    y += (f.weight * ((value as number) - f.mean)) / f.scale;
  }
  return y;
}

/** The predicted PT16 rating (−3 informal … +3 formal, unclamped) of a text. */
export function formalityRating(
  text: string,
  tokens: readonly Token[],
  language: Language,
  emojiCount?: number,
): { rating: number; evidence: Reading["evidence"] } {
  const { values, evidence } = formalityFeatures(
    text,
    tokens,
    wordsFor(language),
    language,
    emojiCount,
  );
  const formulas = formulaShift(tokens, language);
  const fitted =
    language === "en"
      ? apply(ENGLISH_MODEL, values, englishValues(text, tokens))
      : apply(PORTABLE_MODEL, values);
  // Stable by start, as toSorted was; byStart returns the list itself when it is already in order.
  return {
    rating: fitted + formulas.shift,
    evidence: byStart(
      formulas.evidence.length === 0 ? evidence : [...evidence, ...formulas.evidence],
    ),
  };
}

/** Maps a rating onto 0..100, monotonically (a logistic centred on the neutral rating 0). */
export function ratingToScore(rating: number): number {
  return 100 / (1 + Math.exp(-rating / RATING_SCALE));
}

/** The formality reading of a text: score, register band and cue spans. */
export function measureFormality(
  text: string,
  tokens: readonly Token[],
  language: Language,
  emojiCount?: number,
): Reading {
  const { rating, evidence } = formalityRating(text, tokens, language, emojiCount);
  const score = Math.round(ratingToScore(rating) * 10) / 10;
  return { score, band: bandIndex(score), evidence };
}
