/**
 * Word-level formality learned from the PT16 training ratings (in the spirit of Brooke et
 * al.'s formality lexicons, which Pavlick & Tetreault used as a feature): each key's
 * smoothed mean rating of the training sentences it occurs in. Two keys per word, so a word
 * never seen in training still reads through its parts:
 * - its BEGINNING, the first four letters ("fuck" for "fucking", "info" for "information";
 *   short words and words with digits or apostrophes whole: "the", "n't", "2");
 * - its ENDING, the last three letters of a word of five letters or more ("-ion", "-ing",
 *   "-ous": Latinate nominal and adjectival suffixes against Germanic verb forms).
 * English only; French has no ratings.
 */
import type { Token } from "../../text/tokens";
import { piecesOf } from "./pos";
import { WordMemo } from "../word-memo";

/** Smoothing: a key seen in n sentences moves from the global mean by n / (n + PRIOR). */
export const LEXICON_PRIOR = 5;

/** A learned table: key → smoothed rating, and the mean rating a text with no known key gets. */
export interface LexicalTable {
  ratings: ReadonlyMap<string, number>;
  mean: number;
}

/** What a table says of a text: the mean rating of its known keys, and their summed lean. */
export interface LexicalReading {
  /** Mean rating of the known key occurrences; the table mean when none is known. */
  mean: number;
  /** Σ (rating − table mean) over the known occurrences, / √(key occurrences): long texts lean further. */
  lean: number;
}

const BEGINNING = 4;
const ENDING = 3;
const ENDING_MIN_WORD = 5;

function lettersOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return word.length > 0;
}

/** The beginning key of a word piece (folded). */
export function beginningKey(piece: string): string {
  return piece.length > BEGINNING && lettersOnly(piece) ? piece.slice(0, BEGINNING) : piece;
}

/** The ending key of a word piece, or undefined for short words and words not all letters. */
export function endingKey(piece: string): string | undefined {
  return piece.length >= ENDING_MIN_WORD && lettersOnly(piece)
    ? `-${piece.slice(-ENDING)}`
    : undefined;
}

/** Every key occurrence of a text, in order (for fitting; the meter reads with lexicalReadings). */
export function textKeys(tokens: readonly Token[]): { beginnings: string[]; endings: string[] } {
  const beginnings: string[] = [];
  const endings: string[] = [];
  for (const token of tokens) {
    for (const piece of piecesOf(token.folded, "en")) {
      beginnings.push(beginningKey(piece));
      const ending = endingKey(piece);
      if (ending !== undefined) endings.push(ending);
    }
  }
  return { beginnings, endings };
}

function reading(sum: number, known: number, occurrences: number, mean: number): LexicalReading {
  return {
    mean: known === 0 ? mean : mean + sum / known,
    lean: sum / Math.sqrt(Math.max(1, occurrences)),
  };
}

/** Reads key occurrences with a table. */
export function readKeys(keys: readonly string[], table: LexicalTable): LexicalReading {
  let sum = 0;
  let known = 0;
  for (const key of keys) {
    const rating = table.ratings.get(key);
    if (rating === undefined) continue;
    sum += rating - table.mean;
    known++;
  }
  return reading(sum, known, keys.length, table.mean);
}

/**
 * What the two tables say of one folded word: per piece in order, its beginning's rating
 * less the table mean when the key is known, and the same for its ending. Kept per word:
 * building the keys ("-ion") and looking them up cost more than the rest of the reading.
 */
interface WordKeys {
  pieces: number;
  beginningLeans: readonly number[];
  endings: number;
  endingLeans: readonly number[];
}

function readWord(word: string, beginnings: LexicalTable, endings: LexicalTable): WordKeys {
  const out = {
    pieces: 0,
    beginningLeans: [] as number[],
    endings: 0,
    endingLeans: [] as number[],
  };
  for (const piece of piecesOf(word, "en")) {
    out.pieces++;
    const b = beginnings.ratings.get(beginningKey(piece));
    if (b !== undefined) out.beginningLeans.push(b - beginnings.mean);
    const ending = endingKey(piece);
    if (ending === undefined) continue;
    out.endings++;
    const e = endings.ratings.get(ending);
    if (e !== undefined) out.endingLeans.push(e - endings.mean);
  }
  return out;
}

/** readWord() per table pair (tables are never changed once built) and word. */
const MEMOS = new WeakMap<LexicalTable, WeakMap<LexicalTable, WordMemo<WordKeys>>>();

function wordKeysMemo(beginnings: LexicalTable, endings: LexicalTable): WordMemo<WordKeys> {
  let byEndings = MEMOS.get(beginnings);
  if (byEndings === undefined) {
    byEndings = new WeakMap();
    MEMOS.set(beginnings, byEndings);
  }
  let memo = byEndings.get(endings);
  if (memo === undefined) {
    memo = new WordMemo((word) => readWord(word, beginnings, endings));
    byEndings.set(endings, memo);
  }
  return memo;
}

/**
 * readKeys of textKeys(tokens) for both tables in one pass, without building the key lists.
 * The leans are added one by one in text order, as readKeys adds them, so the sums are the same to the bit.
 */
export function lexicalReadings(
  tokens: readonly Token[],
  beginnings: LexicalTable,
  endings: LexicalTable,
): [LexicalReading, LexicalReading] {
  const memo = wordKeysMemo(beginnings, endings);
  let bSum = 0,
    bKnown = 0,
    bCount = 0,
    eSum = 0,
    eKnown = 0,
    eCount = 0;
  for (const token of tokens) {
    const word = memo.get(token);
    bCount += word.pieces;
    eCount += word.endings;
    for (const lean of word.beginningLeans) bSum += lean;
    for (const lean of word.endingLeans) eSum += lean;
    bKnown += word.beginningLeans.length;
    eKnown += word.endingLeans.length;
  }
  return [
    reading(bSum, bKnown, bCount, beginnings.mean),
    reading(eSum, eKnown, eCount, endings.mean),
  ];
}

/** Per-key rating sums and counts over rated texts, each key counted once per text. */
export function keyRatings(
  texts: readonly (readonly string[])[],
  ratings: readonly number[],
): Map<string, { sum: number; count: number }> {
  const out = new Map<string, { sum: number; count: number }>();
  texts.forEach((keys, i) => {
    for (const key of new Set(keys)) {
      const entry = out.get(key);
      if (entry === undefined) out.set(key, { sum: ratings[i] as number, count: 1 });
      else {
        entry.sum += ratings[i] as number;
        entry.count++;
      }
    }
  });
  return out;
}
