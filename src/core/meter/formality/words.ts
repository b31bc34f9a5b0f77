/** The meter's word lists by language (the lists themselves: words-en.ts, words-fr.ts). */
import type { Language } from "../../persona/constants";
import type { WordLists } from "./word-lists";
import { WORDS_EN } from "./words-en";
import { WORDS_FR } from "./words-fr";

/** The word lists of a language. */
export function wordsFor(language: Language): WordLists {
  return language === "fr" ? WORDS_FR : WORDS_EN;
}
