/**
 * The formality features: Heylighen & Dewaele's F-score and its word-class shares, and the
 * surface cues Pavlick & Tetreault (2016) found predictive of human formality ratings
 * (contractions, slang, lower-case sentence starts, "!!", all-caps words, length, word
 * length, hedges, first/second person, emoticons, entities…), with a few cues the PT16
 * training residuals pointed to (swearing, stray symbols such as "* * *" or "==", syllables
 * per word, a text without any capital). Each is a number per text;
 * measure-formality.ts weighs them with the ridge model of generated/formality-weights.ts. The same
 * features exist in French with French lists, so English weights transfer by meaning.
 */
import type { Language } from "../../persona/constants";
import { isSpace, type Token } from "../../text/tokens";
import { findEmoji, findEmoticons } from "../emoji";
import { wordCuesMemo } from "./word-cues";
import { classCount, classify, fScore } from "./pos";
import type { Span } from "../types";
import type { WordLists } from "./word-lists";

/** Feature names, in the order of the vector; generated/formality-weights.ts uses the same order. */
export const FEATURE_NAMES = [
  "fscore",
  "pron",
  "verb",
  "adv",
  "interj",
  "noun",
  "adj",
  "prep",
  "art",
  "conj",
  "contraction",
  "informal",
  "lowerStart",
  "lowerI",
  "repeatedPunct",
  "exclamation",
  "question",
  "allCaps",
  "logWords",
  "wordLength",
  "longWords",
  "hedge",
  "firstPerson",
  "secondPerson",
  "emoji",
  "entity",
  "number",
  "comma",
  "spokenOpener",
  "noFinalStop",
  "ellipsis",
  "nominal",
  "courtesy",
  "connective",
  "elongation",
  "swearing",
  "symbols",
  "syllables",
  "noCapital",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface FormalityCues {
  /** One value per FEATURE_NAMES entry. */
  values: number[];
  /** Spans of the cues found, for the studio to highlight. */
  evidence: Span[];
}

const REPEATED = /!{2,}|\?{2,}|[!?]{2,}|\.{4,}/g;
// Keyboard symbols of lists, banners and chat ("* * *", "====", "&", "<3", "@"), rare in edited prose.
const SYMBOL = /[*=&>#~_|<^[\]{}@]/g;

/**
 * A cue span over a token. A module function, not an arrow made per call: tsx (esbuild's
 * keepNames) wraps each named inner arrow in __name() on every call, ~16% of this reading.
 */
function cue(evidence: Span[], token: Token, name: string): void {
  evidence.push({ start: token.start, end: token.end, cue: name });
}

/** Computes the feature vector and the evidence spans of `text`; `emojiCount` is findEmoji(text).length when known. */
export function formalityFeatures(
  text: string,
  tokens: readonly Token[],
  lists: WordLists,
  language: Language,
  emojiCount?: number,
): FormalityCues {
  const evidence: Span[] = [];
  const words = Math.max(1, tokens.length);
  const sentences = tokens.length === 0 ? 1 : (tokens[tokens.length - 1] as Token).sentence + 1;
  const counts = classify(tokens, lists, language);
  const classTotal = Math.max(1, classCount(counts));

  let contraction = 0,
    informal = 0,
    lowerStart = 0,
    lowerI = 0,
    allCaps = 0,
    letters = 0,
    longWords = 0;
  let hedge = 0,
    first = 0,
    second = 0,
    entity = 0,
    number = 0,
    spokenOpener = 0,
    nominal = 0;
  let courtesy = 0,
    connective = 0,
    elongation = 0,
    swearing = 0,
    capitals = 0,
    syllables = 0,
    spelled = 0;
  const french = language === "fr";
  const memo = wordCuesMemo(lists, language);
  const negatedSentences = new Map<number, Token>();
  const sentencesWithNe = new Set<number>();
  for (const token of tokens) {
    const w = token.folded;
    const word = memo.get(token);
    letters += w.length;
    if (word.long) longWords++;
    if (word.contraction !== undefined) {
      contraction++;
      cue(evidence, token, word.contraction);
    }
    if (word.informal) {
      informal++;
      cue(evidence, token, "informal word");
    }
    if (token.first && !token.capital && !word.digit) {
      lowerStart++;
      cue(evidence, token, "lower-case start");
    }
    if (!french && token.end - token.start === 1 && text.charCodeAt(token.start) === 0x69) {
      lowerI++;
      cue(evidence, token, "lower-case i");
    }
    if (token.allCaps && w.length >= 3) {
      allCaps++;
      cue(evidence, token, "all caps");
    }
    if (token.capital) capitals++;
    if (token.capital && !token.first && !token.allCaps && w !== "i") entity++;
    if (word.digit) number++;
    if (token.first && word.spokenOpener) {
      spokenOpener++;
      cue(evidence, token, "spoken opener");
    }
    if (word.elongated) {
      elongation++;
      cue(evidence, token, "elongation");
    }
    swearing += word.swearing;
    hedge += word.hedges;
    first += word.firstPerson;
    second += word.secondPerson;
    courtesy += word.courtesy;
    connective += word.connectives;
    nominal += word.nominal;
    syllables += word.syllables;
    spelled += word.spelled;
    for (const name of word.pieceCues) cue(evidence, token, name);
    if (french) {
      if (word.ne) sentencesWithNe.add(token.sentence);
      if (word.negation && !negatedSentences.has(token.sentence))
        negatedSentences.set(token.sentence, token);
    }
  }
  // Spoken French drops the "ne" of a negation ("c'est pas grave"): a reduced form too.
  for (const [sentence, token] of negatedSentences) {
    if (sentencesWithNe.has(sentence)) continue;
    contraction++;
    cue(evidence, token, "dropped ne");
  }

  const exclamation = countChar(text, "!");
  const question = countChar(text, "?");
  const commas = countChar(text, ",");
  const ellipsis = text.includes("...") || text.includes("\u2026") ? 1 : 0;
  let repeated = 0;
  // Every match holds two of "!?" or four dots: most texts need no regex scan.
  if (exclamation + question >= 2 || (ellipsis === 1 && text.includes("...."))) {
    REPEATED.lastIndex = 0;
    for (let m = REPEATED.exec(text); m !== null; m = REPEATED.exec(text)) {
      repeated++;
      evidence.push({ start: m.index, end: m.index + m[0].length, cue: "repeated punctuation" });
    }
  }
  // The caller may pass the emoji count it already has (analyze() finds them once per text).
  const emoji = (emojiCount ?? findEmoji(text).length) + findEmoticons(text).length;

  const values = [
    fScore(counts) / 100,
    counts.pron / classTotal,
    counts.verb / classTotal,
    counts.adv / classTotal,
    counts.interj / classTotal,
    counts.noun / classTotal,
    counts.adj / classTotal,
    counts.prep / classTotal,
    counts.art / classTotal,
    counts.conj / classTotal,
    contraction / words,
    informal / words,
    lowerStart / sentences,
    lowerI > 0 ? 1 : 0,
    Math.log1p(repeated),
    Math.min(1, exclamation / sentences),
    Math.min(1, question / sentences),
    allCaps / words,
    Math.log1p(tokens.length / sentences),
    letters / words,
    longWords / words,
    hedge / words,
    first / words,
    second / words,
    Math.log1p(emoji),
    entity / words,
    number / words,
    commas / words,
    spokenOpener / sentences,
    tokens.length > 0 && !endsWithStop(text) ? 1 : 0,
    ellipsis,
    nominal / words,
    courtesy / words,
    connective / words,
    elongation / words,
    swearing / words,
    Math.log1p(countMatches(text, SYMBOL)),
    spelled === 0 ? 1 : syllables / spelled,
    capitals === 0 ? 1 : 0,
  ];
  return { values, evidence };
}

/** Final punctuation or a closing quote, then only spaces: /[.!?…"'”»)\]]\s*$/u read from the end. */
function endsWithStop(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2026 ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x201d ||
    c === 0xbb ||
    c === 0x29 ||
    c === 0x5d
  );
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}
