/**
 * Words and sentences of a reply, with their offsets in the original text, so every cue the
 * meter finds can be shown as a span. One regex pass: the meter must read several MB/s.
 */
import { fold } from "../compiler/lint-text";
import { countSentences } from "../rehearsal/text";

/** A word of the analysed text: [start, end) in UTF-16 code units, and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, no accents, straight apostrophe (fold() of lint-text). */
  folded: string;
  /** True when the first letter is upper case. */
  capital: boolean;
  /** True when every letter is upper case and there are at least two. */
  allCaps: boolean;
  /** Index of the sentence the word belongs to (0-based). */
  sentence: number;
  /** True for the first word of its sentence. */
  first: boolean;
}

// Letters, marks and digits, with inner apostrophes and hyphens ("don't", "l'homme", "peut-être").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*/gu;
// A sentence ends at . ! ? … (repeated or not) followed by a space, or at a line break.
const BREAK = /[.!?\u2026]+["\u201d\u00bb)]*(?=\s)|\n\s*/gu;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Sentence start offsets, the first always 0. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The words of `text`, in order, each tagged with its sentence. */
export function tokenize(text: string): Token[] {
  const starts = sentenceStarts(text);
  const out: Token[] = [];
  let sentence = 0;
  let lastSentence = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    while (sentence + 1 < starts.length && (starts[sentence + 1] as number) <= m.index) sentence++;
    const ascii = isAscii(word);
    const c0 = word.charCodeAt(0);
    const capital = ascii ? c0 >= 0x41 && c0 <= 0x5a : UPPER.test(word.charAt(0));
    let allCaps = false;
    if (capital && word.length >= 2) allCaps = ascii ? !/[a-z]/.test(word) && /[A-Z].*[A-Z]/.test(word) : !LOWER.test(word);
    out.push({
      start: m.index,
      end: m.index + word.length,
      folded: ascii ? word.toLowerCase() : fold(word),
      capital,
      allCaps,
      sentence,
      first: sentence !== lastSentence,
    });
    lastSentence = sentence;
  }
  return out;
}

/**
 * Sentences as a reader counts them; the rehearsal engine and its tests use the same
 * counter (rehearsal/text.ts), so a reply the engine made to be two sentences reads as two.
 */
export function sentenceCount(text: string): number {
  return countSentences(text);
}
