/** The meter's word lists by language (the lists themselves: words-en.ts, words-fr.ts). */
import type { Language } from "../../persona/constants";
import { englishData } from "./english-source";
import type { WordLists } from "./word-lists";
import { WORDS_FR } from "./words-fr";

/**
 * The word lists of a language. The English ones travel with the English formality data
 * (english-source.ts), which an English reading loads anyway: a French persona never fetches them.
 */
export function wordsFor(language: Language): WordLists {
  return language === "fr" ? WORDS_FR : englishData().words;
}
