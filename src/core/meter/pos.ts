/**
 * A rough part-of-speech guess, enough for Heylighen & Dewaele's F-score without a
 * tagger: closed classes from word lists, open classes from suffixes and the word before
 * ("the ___" is a noun, "we ___" a verb). It is wrong on many single words and right
 * often enough on shares over a sentence, which is all the F-score uses.
 */
import type { Language } from "../persona/constants";
import type { Token } from "./tokens";
import { endsWithAny, type WordLists } from "./word-lists";

export type WordClass = "art" | "prep" | "pron" | "conj" | "interj" | "verb" | "adv" | "noun" | "adj" | "num" | "other";

/** How many words of each class a text holds. */
export type ClassCounts = Record<WordClass, number>;

const EN_CLITIC = /^(.+?)(n't|'s|'m|'re|'ve|'ll|'d)$/;
const FR_ELIDED = new Set(["l'", "d'", "j'", "m'", "t'", "s'", "c'", "n'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"]);
const EN_CLITIC_HOSTS = new Set(["it", "that", "he", "she", "what", "there", "here", "who", "let", "where", "how", "i", "you", "we", "they"]);
const DIGIT = /^[0-9]/;
const FR_ADVERB_MENT = /(?:amment|emment|ement|iment|ument)$/;

/** Splits a folded word into the pieces the classes apply to ("don't" → "do", "n't"). */
export function pieces(folded: string, language: Language): string[] {
  const apostrophe = folded.indexOf("'");
  if (apostrophe < 0) return [folded];
  if (language === "fr") {
    const head = folded.slice(0, apostrophe + 1);
    return FR_ELIDED.has(head) && folded.length > head.length ? [head, folded.slice(apostrophe + 1)] : [folded];
  }
  const m = EN_CLITIC.exec(folded);
  if (m === null) return [folded];
  const host = m[1] as string;
  const clitic = m[2] as string;
  // "John's" is a possessive, not "John is": the clitic counts only after a pronoun-like host.
  if (clitic === "'s" && !EN_CLITIC_HOSTS.has(host)) return [host];
  return [host, clitic];
}

function closedClass(word: string, lists: WordLists): WordClass | undefined {
  if (lists.articles.has(word)) return "art";
  if (lists.pronouns.has(word)) return "pron";
  if (lists.prepositions.has(word)) return "prep";
  if (lists.interjections.has(word)) return "interj";
  if (lists.conjunctions.has(word)) return "conj";
  if (lists.verbs.has(word)) return "verb";
  if (lists.adverbs.has(word)) return "adv";
  if (lists.nouns.has(word)) return "noun";
  if (lists.adjectives.has(word)) return "adj";
  return undefined;
}

function openClass(word: string, previous: WordClass | undefined, capitalMidSentence: boolean, lists: WordLists, language: Language): WordClass {
  if (DIGIT.test(word)) return "num";
  if (capitalMidSentence) return "noun";
  if (language === "fr" && FR_ADVERB_MENT.test(word) && previous !== "art" && previous !== "adj") return "adv";
  if (endsWithAny(word, lists.nominalSuffixes)) return "noun";
  if (language === "en" && endsWithAny(word, lists.adverbSuffixes)) return "adv";
  if (endsWithAny(word, lists.adjectiveSuffixes)) return "adj";
  if (previous === "pron" && language === "en") return "verb";
  if (previous === "pron" || previous === "verb") {
    if (endsWithAny(word, lists.verbSuffixes)) return "verb";
  }
  if (previous === "art" || previous === "adj" || previous === "prep") return "noun";
  if (endsWithAny(word, lists.verbSuffixes)) return "verb";
  // Most unknown open-class words are nouns (the largest class in any text).
  return "noun";
}

/** Empty counts. */
export function emptyCounts(): ClassCounts {
  return { art: 0, prep: 0, pron: 0, conj: 0, interj: 0, verb: 0, adv: 0, noun: 0, adj: 0, num: 0, other: 0 };
}

/** Counts the guessed classes of the words in `tokens`. */
export function classify(tokens: readonly Token[], lists: WordLists, language: Language): ClassCounts {
  const counts = emptyCounts();
  let previous: WordClass | undefined;
  let sentence = -1;
  for (const token of tokens) {
    if (token.sentence !== sentence) {
      previous = undefined;
      sentence = token.sentence;
    }
    const parts = pieces(token.folded, language);
    for (let k = 0; k < parts.length; k++) {
      const word = parts[k] as string;
      const cls = closedClass(word, lists) ?? openClass(word, previous, token.capital && !token.first && k === 0, lists, language);
      counts[cls]++;
      previous = cls;
    }
  }
  return counts;
}

/**
 * Heylighen & Dewaele's F-score: (noun + adj + prep + art − pron − verb − adv − interj
 * + 100) / 2, each a percentage of the words; about 40 for chat, 70 for written prose.
 */
export function fScore(counts: ClassCounts): number {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return 50;
  const pct = (n: number) => (100 * n) / total;
  const formal = pct(counts.noun) + pct(counts.adj) + pct(counts.prep) + pct(counts.art);
  const deictic = pct(counts.pron) + pct(counts.verb) + pct(counts.adv) + pct(counts.interj);
  return (formal - deictic + 100) / 2;
}
