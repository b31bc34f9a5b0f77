/**
 * Word-level formality learned from the PT16 training ratings (in the spirit of Brooke et
 * al.'s formality lexicons, which Pavlick & Tetreault used as a feature): each word's
 * smoothed mean rating of the sentences it occurs in. English only; French has no ratings.
 */
import { pieces } from "./pos";
import type { Token } from "./tokens";

/** Smoothing: a word seen n times moves from the global mean by n / (n + PRIOR). */
export const LEXICON_PRIOR = 5;

/** Mean lexicon score of the words of `tokens` that the lexicon knows; `fallback` if none. */
export function lexicalScore(tokens: readonly Token[], lexicon: ReadonlyMap<string, number>, fallback: number): number {
  let sum = 0;
  let n = 0;
  // Each word once, as in training (wordRatings): a repeated word does not weigh more.
  const seen = new Set<string>();
  for (const token of tokens) {
    for (const piece of pieces(token.folded, "en")) {
      if (seen.has(piece)) continue;
      seen.add(piece);
      const score = lexicon.get(piece);
      if (score !== undefined) {
        sum += score;
        n++;
      }
    }
  }
  return n === 0 ? fallback : sum / n;
}

/** Per-word rating sums and counts over rated texts (each word once per text). */
export function wordRatings(texts: readonly (readonly Token[])[], ratings: readonly number[]): Map<string, { sum: number; count: number }> {
  const out = new Map<string, { sum: number; count: number }>();
  texts.forEach((tokens, i) => {
    const seen = new Set<string>();
    for (const token of tokens) for (const piece of pieces(token.folded, "en")) seen.add(piece);
    for (const word of seen) {
      const entry = out.get(word) ?? { sum: 0, count: 0 };
      entry.sum += ratings[i] as number;
      entry.count++;
      out.set(word, entry);
    }
  });
  return out;
}
