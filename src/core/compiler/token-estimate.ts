import type { Language } from "../persona/schema";

/**
 * Characters per token for GPT-style BPE tokenizers on prose. English averages
 * about 4; French about 3.5, because accented letters and longer inflected words
 * split into more pieces. An estimate for the UI's counter only: the exact count
 * needs a real tokenizer, loaded lazily by a later feature.
 */
const CHARS_PER_TOKEN: Readonly<Record<Language, number>> = { en: 4, fr: 3.5 };

/** Approximate token count of `text`, always at least 1 for non-empty text. */
export function estimateTokens(text: string, language: Language): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN[language]);
}
