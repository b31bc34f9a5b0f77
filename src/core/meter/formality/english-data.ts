/** The English formality data in one object, for english-source.ts (kept apart: it is large). */
import { BEGINNINGS_EN, LEXICON_MEAN_EN } from "../generated/formality-beginnings-en";
import { ENDINGS_EN } from "../generated/formality-endings-en";
import { GLOVE_EN } from "../generated/formality-glove-en";
import { TAG_LEXICON_EN } from "../generated/tag-lexicon-en";
import { TRIGRAMS_EN } from "../generated/formality-trigrams-en";
import type { EnglishData } from "./english-data-shape";
import { WORDS_EN } from "./words-en";

export const ENGLISH_DATA: EnglishData = {
  beginnings: BEGINNINGS_EN,
  endings: ENDINGS_EN,
  trigrams: TRIGRAMS_EN,
  glove: GLOVE_EN,
  lexiconMean: LEXICON_MEAN_EN,
  tagLexicon: TAG_LEXICON_EN,
  words: WORDS_EN,
};
