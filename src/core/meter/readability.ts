/**
 * Readability: Flesch Reading Ease for English (206.835 − 1.015·words/sentence −
 * 84.6·syllables/word) and Kandel & Moles' French adaptation (207 − 1.015·words/sentence −
 * 73.6·syllables/word). Syllables are counted by a heuristic (vowel groups, a silent final
 * e), right on most words, off by one on some: a readability score is a rough guide anyway.
 */
import type { Language } from "../persona/constants";
import type { Token } from "../text/tokens";
import { WordMemo } from "./word-memo";

// Hand-written scans, not regexes: readability runs on every word of every reply.
const VOWEL = new Uint8Array(128);
for (const c of "aeiouy") VOWEL[c.charCodeAt(0)] = 1;

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** `word` without what is not a-z. */
function lettersOnly(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (!isLowerAscii(word.charCodeAt(i))) {
      let out = "";
      for (let k = 0; k < word.length; k++)
        if (isLowerAscii(word.charCodeAt(k))) out += word.charAt(k);
      return out;
    }
  }
  return word;
}

/** Groups of [aeiouy] in w[from, to). */
function vowelGroups(w: string, from: number, to: number): number {
  let groups = 0;
  let inGroup = false;
  for (let i = from; i < to; i++) {
    const vowel = VOWEL[w.charCodeAt(i)] === 1;
    if (vowel && !inGroup) groups++;
    inGroup = vowel;
  }
  return groups;
}

/** Syllables of a folded English word. */
export function syllablesEn(word: string): number {
  const w = lettersOnly(word);
  const n = w.length;
  if (n === 0) return 0;
  if (n <= 3) return 1;
  // Silent endings: "make", "makes", "made" (but "table", "wanted" keep theirs): the
  // regex (?:[^laeiouy]es|[^laeiouy]e|[^dt]ed)$ kept its first letter only.
  const third = w.charAt(n - 3);
  let end = n;
  if (w.charAt(n - 2) === "e" && w.charAt(n - 1) === "s" && !"laeiouy".includes(third)) end = n - 2;
  else if (w.charAt(n - 2) === "e" && w.charAt(n - 1) === "d" && third !== "d" && third !== "t")
    end = n - 2;
  else if (w.charAt(n - 1) === "e" && !"laeiouy".includes(w.charAt(n - 2))) end = n - 1;
  const from = w.charCodeAt(0) === 0x79 ? 1 : 0; // a leading "y" is a consonant
  return Math.max(1, vowelGroups(w, from, end));
}

/** Syllables of a folded French word: vowel groups, the final mute e / es / ent dropped. */
export function syllablesFr(word: string): number {
  const w = lettersOnly(word);
  const n = w.length;
  if (n === 0) return 0;
  let end = n;
  if (n > 3)
    end = w.endsWith("ent") ? n - 3 : w.endsWith("es") ? n - 2 : w.endsWith("e") ? n - 1 : n;
  return Math.max(1, vowelGroups(w, 0, end));
}

function hasLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isLowerAscii(word.charCodeAt(i))) return true;
  return false;
}

/** Syllables of a word per language; -1 for a word with no a-z (not counted). */
function syllables(folded: string, language: Language): number {
  return !hasLowerAscii(folded)
    ? -1
    : language === "fr"
      ? syllablesFr(folded)
      : syllablesEn(folded);
}
const SYLLABLES: Record<Language, WordMemo<number>> = {
  en: new WordMemo((folded) => syllables(folded, "en")),
  fr: new WordMemo((folded) => syllables(folded, "fr")),
};

/** The readability score of a text and the formula used. */
export function readability(
  tokens: readonly Token[],
  sentences: number,
  language: Language,
): { score: number; formula: "flesch" | "kandel-moles" } {
  const formula = language === "fr" ? "kandel-moles" : "flesch";
  let words = 0;
  let syllableCount = 0;
  const memo = SYLLABLES[language];
  for (const token of tokens) {
    const count = memo.get(token);
    if (count < 0) continue;
    words++;
    syllableCount += count;
  }
  if (words === 0) return { score: 100, formula };
  const wps = words / Math.max(1, sentences);
  const spw = syllableCount / words;
  const score =
    language === "fr" ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return { score: Math.round(score * 10) / 10, formula };
}
