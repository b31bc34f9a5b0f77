/** What the English formality reading reads (english-data.ts holds it; english-source.ts hands it out). */
import type { WordLists } from "./word-lists";

export interface EnglishData {
  /** "key rating" lines of the word-beginning, word-ending and tag-trigram tables. */
  beginnings: readonly string[];
  endings: readonly string[];
  trigrams: readonly string[];
  /** "score weight word word …" lines of the GloVe word scores. */
  glove: readonly string[];
  /** Mean rating of the training sentences: what a text with no known key reads. */
  lexiconMean: number;
  /**
   * "TAG TAG|word word …" lines: each word's Penn tags as the tagger reads them, most frequent
   * first (generated/tag-lexicon-en.ts, from wink-lexicon).
   */
  tagLexicon: readonly string[];
  /** The English word lists (words-en.ts): classes, informal words, formal vocabulary. */
  words: WordLists;
}
