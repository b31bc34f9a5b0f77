/**
 * A rough part-of-speech guess, enough for Heylighen & Dewaele's F-score without a
 * tagger: closed classes from word lists, open classes from suffixes and the word before
 * ("the ___" is a noun, "we ___" a verb). It is wrong on many single words and right
 * often enough on shares over a sentence, which is all the F-score uses.
 */
import type { Language } from "../../persona/constants";
import type { Token } from "../../text/tokens";
import { memoFor, type WordMemo } from "../word-memo";
import { endsWithAny, type WordLists } from "./word-lists";

export type WordClass =
  "art" | "prep" | "pron" | "conj" | "interj" | "verb" | "adv" | "noun" | "adj" | "num" | "other";

/** How many words of each class a text holds. */
export type ClassCounts = Record<WordClass, number>;

const EN_CLITIC = /^(.+?)(n't|'s|'m|'re|'ve|'ll|'d)$/;
const FR_ELIDED = new Set([
  "l'",
  "d'",
  "j'",
  "m'",
  "t'",
  "s'",
  "c'",
  "n'",
  "qu'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
  "presqu'",
]);
const EN_CLITIC_HOSTS = new Set([
  "it",
  "that",
  "he",
  "she",
  "what",
  "there",
  "here",
  "who",
  "let",
  "where",
  "how",
  "i",
  "you",
  "we",
  "they",
]);
const DIGIT = /^[0-9]/;
const FR_ADVERB_MENT = /(?:amment|emment|ement|iment|ument)$/;

/** pieces() of the words seen lately, per language: the same words recur in every reply. */
const PIECES: Record<Language, Map<string, readonly string[]>> = { en: new Map(), fr: new Map() };
const CACHE_SIZE = 20_000;

/** pieces(), skipping the cache for the common word that holds no apostrophe (and so is one piece). */
export function piecesOf(folded: string, language: Language): readonly string[] {
  return folded.indexOf("'") < 0 ? [folded] : pieces(folded, language);
}

/** Splits a folded word into the pieces the classes apply to ("don't" → "do", "n't"). */
export function pieces(folded: string, language: Language): readonly string[] {
  const cache = PIECES[language];
  let parts = cache.get(folded);
  if (parts === undefined) {
    parts = splitPieces(folded, language);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(folded, parts);
  }
  return parts;
}

function splitPieces(folded: string, language: Language): readonly string[] {
  const apostrophe = folded.indexOf("'");
  if (apostrophe < 0) return [folded];
  if (language === "fr") {
    const head = folded.slice(0, apostrophe + 1);
    return FR_ELIDED.has(head) && folded.length > head.length
      ? [head, folded.slice(apostrophe + 1)]
      : [folded];
  }
  const m = EN_CLITIC.exec(folded);
  if (m === null) return [folded];
  const host = m[1] as string;
  const clitic = m[2] as string;
  // "John's" is a possessive, not "John is": the clitic counts only after a pronoun-like host.
  if (clitic === "'s" && !EN_CLITIC_HOSTS.has(host)) return [host];
  return [host, clitic];
}

/** The word classes in the order of ClassCounts (and of its JSON). */
const CLASSES: readonly WordClass[] = [
  "art",
  "prep",
  "pron",
  "conj",
  "interj",
  "verb",
  "adv",
  "noun",
  "adj",
  "num",
  "other",
];
const ART = 0,
  PREP = 1,
  PRON = 2,
  CONJ = 3,
  INTERJ = 4,
  VERB = 5,
  ADV = 6,
  NOUN = 7,
  ADJ = 8,
  NUM = 9;
const NONE = -1;

/**
 * What a piece says of its class by itself, packed in a number: a closed class (its index),
 * or OPEN plus the suffix tests the open-class guess weighs against the word before.
 */
const OPEN = 1 << 4;
const DIGIT_START = 1 << 5;
const ADVERB_MENT = 1 << 6;
const NOMINAL = 1 << 7;
const ADVERB_SUFFIX = 1 << 8;
const ADJECTIVE_SUFFIX = 1 << 9;
const VERB_SUFFIX = 1 << 10;

function closedClass(word: string, lists: WordLists): number {
  if (lists.articles.has(word)) return ART;
  if (lists.pronouns.has(word)) return PRON;
  if (lists.prepositions.has(word)) return PREP;
  if (lists.interjections.has(word)) return INTERJ;
  if (lists.conjunctions.has(word)) return CONJ;
  if (lists.verbs.has(word)) return VERB;
  if (lists.adverbs.has(word)) return ADV;
  if (lists.nouns.has(word)) return NOUN;
  if (lists.adjectives.has(word)) return ADJ;
  return NONE;
}

function lexeme(word: string, lists: WordLists, language: Language): number {
  const closed = closedClass(word, lists);
  if (closed !== NONE) return closed;
  let flags = OPEN;
  if (DIGIT.test(word)) flags |= DIGIT_START;
  if (language === "fr" && FR_ADVERB_MENT.test(word)) flags |= ADVERB_MENT;
  if (endsWithAny(word, lists.nominalSuffixes)) flags |= NOMINAL;
  if (language === "en" && endsWithAny(word, lists.adverbSuffixes)) flags |= ADVERB_SUFFIX;
  if (endsWithAny(word, lists.adjectiveSuffixes)) flags |= ADJECTIVE_SUFFIX;
  if (endsWithAny(word, lists.verbSuffixes)) flags |= VERB_SUFFIX;
  return flags;
}

/** lexeme() of each piece of a word ("don't": "do", "n't"), per word lists and language. */
const LEXEMES = new WeakMap<WordLists, Partial<Record<Language, WordMemo<readonly number[]>>>>();

function lexemesMemo(lists: WordLists, language: Language): WordMemo<readonly number[]> {
  return memoFor(LEXEMES, lists, language, (folded) =>
    pieces(folded, language).map((piece) => lexeme(piece, lists, language)),
  );
}

/** The class of an open-class word from its suffixes and the class of the word before. */
function openClass(
  flags: number,
  previous: number,
  capitalMidSentence: boolean,
  language: Language,
): number {
  if ((flags & DIGIT_START) !== 0) return NUM;
  if (capitalMidSentence) return NOUN;
  if ((flags & ADVERB_MENT) !== 0 && previous !== ART && previous !== ADJ) return ADV;
  if ((flags & NOMINAL) !== 0) return NOUN;
  if ((flags & ADVERB_SUFFIX) !== 0) return ADV;
  if ((flags & ADJECTIVE_SUFFIX) !== 0) return ADJ;
  if (previous === PRON && language === "en") return VERB;
  if ((previous === PRON || previous === VERB) && (flags & VERB_SUFFIX) !== 0) return VERB;
  if (previous === ART || previous === ADJ || previous === PREP) return NOUN;
  if ((flags & VERB_SUFFIX) !== 0) return VERB;
  // Most unknown open-class words are nouns (the largest class in any text).
  return NOUN;
}

/** Empty counts. */
export function emptyCounts(): ClassCounts {
  return {
    art: 0,
    prep: 0,
    pron: 0,
    conj: 0,
    interj: 0,
    verb: 0,
    adv: 0,
    noun: 0,
    adj: 0,
    num: 0,
    other: 0,
  };
}

/** Counts the guessed classes of the words in `tokens`. */
export function classify(
  tokens: readonly Token[],
  lists: WordLists,
  language: Language,
): ClassCounts {
  const tally = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const memo = lexemesMemo(lists, language);
  let previous = NONE;
  let sentence = -1;
  for (const token of tokens) {
    if (token.sentence !== sentence) {
      previous = NONE;
      sentence = token.sentence;
    }
    const lexemes = memo.get(token);
    for (let k = 0; k < lexemes.length; k++) {
      const flags = lexemes[k] as number;
      const cls =
        (flags & OPEN) !== 0
          ? openClass(flags, previous, token.capital && !token.first && k === 0, language)
          : flags;
      tally[cls] = (tally[cls] as number) + 1;
      previous = cls;
    }
  }
  const counts = emptyCounts();
  CLASSES.forEach((name, i) => {
    counts[name] = tally[i] as number;
  });
  return counts;
}

/** The number of words counted, all classes together. */
export function classCount(counts: ClassCounts): number {
  let total = 0;
  for (const name of CLASSES) total += counts[name];
  return total;
}

/**
 * Heylighen & Dewaele's F-score: (noun + adj + prep + art − pron − verb − adv − interj
 * + 100) / 2, each a percentage of the words; about 40 for chat, 70 for written prose.
 */
export function fScore(counts: ClassCounts): number {
  const total = classCount(counts);
  if (total === 0) return 50;
  const formal =
    percent(counts.noun, total) +
    percent(counts.adj, total) +
    percent(counts.prep, total) +
    percent(counts.art, total);
  const deictic =
    percent(counts.pron, total) +
    percent(counts.verb, total) +
    percent(counts.adv, total) +
    percent(counts.interj, total);
  return (formal - deictic + 100) / 2;
}

function percent(n: number, total: number): number {
  return (100 * n) / total;
}
