/**
 * The counters the rehearsal engine, its tests and the meter agree on: a reply the engine
 * wrote as two sentences reads as two sentences.
 */

// A sentence ends at . ! ? or … (possibly repeated, possibly followed by a closing quote)
// before whitespace or the end of the text; French puts a space before ! and ?.
// Global, for split(); built once: a new RegExp per call cost ~3% of the style meter.
// split() copies it, so its lastIndex is never read nor moved.
const SENTENCE_BREAK = /[.!?…]+[»"”)]*(?=\s|$)/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Sentences in a text, counted the way a reader would: pieces between sentence-ending
 * punctuation that hold at least one letter or digit (a trailing emoji is not a sentence).
 */
export function countSentences(text: string): number {
  let count = 0;
  for (const piece of text.split(SENTENCE_BREAK)) {
    if (HAS_WORD.test(piece)) count++;
  }
  return count;
}

const EMOJI_CHAR = /\p{Extended_Pictographic}/gu;

/** Emoji in a text (each pictograph counts once). */
export function countEmoji(text: string): number {
  return text.match(EMOJI_CHAR)?.length ?? 0;
}
