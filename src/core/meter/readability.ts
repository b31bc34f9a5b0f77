/**
 * Readability: Flesch Reading Ease for English (206.835 − 1.015·words/sentence −
 * 84.6·syllables/word) and Kandel & Moles' French adaptation (207 − 1.015·words/sentence −
 * 73.6·syllables/word). Syllables are counted by a heuristic (vowel groups, a silent final
 * e), right on most words, off by one on some: a readability score is a rough guide anyway.
 */
import type { Language } from "../persona/constants";
import type { Token } from "./tokens";

const VOWEL_GROUPS_EN = /[aeiouy]+/g;
const VOWEL_GROUPS_FR = /[aeiouy]+/g;

/** Syllables of a folded English word. */
export function syllablesEn(word: string): number {
  const w = word.replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "makes", "made" (but "table", "wanted" keep theirs).
  const stem = w.replace(/(?:[^laeiouy]es|[^laeiouy]e|[^dt]ed)$/, (m) => m.charAt(0)).replace(/^y/, "");
  return Math.max(1, stem.match(VOWEL_GROUPS_EN)?.length ?? 0);
}

/** Syllables of a folded French word: vowel groups, the final mute e / es / ent dropped. */
export function syllablesFr(word: string): number {
  const w = word.replace(/[^a-z]/g, "");
  if (w.length === 0) return 0;
  const stem = w.length > 3 ? w.replace(/(?:e|es|ent)$/, "") : w;
  return Math.max(1, stem.match(VOWEL_GROUPS_FR)?.length ?? 0);
}

/** The readability score of a text and the formula used. */
export function readability(tokens: readonly Token[], sentences: number, language: Language): { score: number; formula: "flesch" | "kandel-moles" } {
  const words = tokens.filter((t) => /[a-z]/.test(t.folded));
  const formula = language === "fr" ? "kandel-moles" : "flesch";
  if (words.length === 0) return { score: 100, formula };
  const count = language === "fr" ? syllablesFr : syllablesEn;
  const syllables = words.reduce((s, t) => s + count(t.folded), 0);
  const wps = words.length / Math.max(1, sentences);
  const spw = syllables / words.length;
  const score = language === "fr" ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return { score: Math.round(score * 10) / 10, formula };
}
