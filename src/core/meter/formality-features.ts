/**
 * The formality features: Heylighen & Dewaele's F-score and its word-class shares, and the
 * surface cues Pavlick & Tetreault (2016) found predictive of human formality ratings
 * (contractions, slang, lower-case sentence starts, "!!", all-caps words, length, word
 * length, hedges, first/second person, emoticons, entities…), with a few cues the PT16
 * training residuals pointed to (swearing, stray symbols such as "* * *" or "==", syllables
 * per word, a text without any capital). Each is a number per text;
 * formality.ts weighs them with the ridge model of formality-weights.ts. The same
 * features exist in French with French lists, so English weights transfer by meaning.
 */
import type { Language } from "../persona/constants";
import { findEmoji, findEmoticons } from "./emoji";
import { classify, fScore, pieces } from "./pos";
import type { Token } from "./tokens";
import type { Span } from "./types";
import type { WordLists } from "./word-lists";

/** Feature names, in the order of the vector; formality-weights.ts uses the same order. */
export const FEATURE_NAMES = [
  "fscore", "pron", "verb", "adv", "interj", "noun", "adj", "prep", "art", "conj",
  "contraction", "informal", "lowerStart", "lowerI", "repeatedPunct", "exclamation", "question",
  "allCaps", "logWords", "wordLength", "longWords", "hedge", "firstPerson", "secondPerson",
  "emoji", "entity", "number", "comma", "spokenOpener", "noFinalStop", "ellipsis",
  "nominal", "courtesy", "connective", "elongation",
  "swearing", "symbols", "syllables", "noCapital",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface FormalityCues {
  /** One value per FEATURE_NAMES entry. */
  values: number[];
  /** Spans of the cues found, for the studio to highlight. */
  evidence: Span[];
}

const EN_CONTRACTION = /(?:n't|'m|'re|'ve|'ll|'d)$|^(?:it|that|he|she|what|there|here|who|let|where|how)'s$/;
const REPEATED = /!{2,}|\?{2,}|[!?]{2,}|\.{4,}/g;
const NEGATION_FR = new Set(["pas", "jamais"]);
const FINAL = /[.!?\u2026"'\u201d\u00bb)\]]\s*$/u;
// Keyboard symbols of lists, banners and chat ("* * *", "====", "&", "<3", "@"), rare in edited prose.
const SYMBOL = /[*=&>#~_|<^[\]{}@]/g;

/** Swear words and insults, which PT16 raters read as the least formal words of all. */
const SWEARING: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    "fuck fucking fucked fucker fuckin shit shitty bullshit bitch bitches bastard ass asshole dick pussy cock crap damn damnit goddamn hell whore slut moron idiot retard retarded stupid dumb piss pissed suck sucks sucked freaking freakin frickin wtf stfu omfg lmfao".split(" "),
  ),
  fr: new Set(
    "putain merde con conne connard connasse connerie conneries salope salaud encule bordel chier chiant chiante foutre nique niquer debile abruti abrutie cretin idiot idiote pute batard bite couille couilles emmerde emmerder ptain wtf".split(" "),
  ),
};

/** Computes the feature vector and the evidence spans of `text`; `emojiCount` is findEmoji(text).length when known. */
export function formalityFeatures(text: string, tokens: readonly Token[], lists: WordLists, language: Language, emojiCount?: number): FormalityCues {
  const evidence: Span[] = [];
  const cue = (token: Token, name: string) => evidence.push({ start: token.start, end: token.end, cue: name });
  const words = Math.max(1, tokens.length);
  const sentences = tokens.length === 0 ? 1 : (tokens[tokens.length - 1] as Token).sentence + 1;
  const counts = classify(tokens, lists, language);
  const classTotal = Math.max(1, Object.values(counts).reduce((a, b) => a + b, 0));

  let contraction = 0, informal = 0, lowerStart = 0, lowerI = 0, allCaps = 0, letters = 0, longWords = 0;
  let hedge = 0, first = 0, second = 0, entity = 0, number = 0, spokenOpener = 0, nominal = 0;
  let courtesy = 0, connective = 0, elongation = 0, swearing = 0, capitals = 0, syllables = 0, spelled = 0;
  const swearWords = SWEARING[language];
  const negatedSentences = new Map<number, Token>();
  const sentencesWithNe = new Set<number>();
  for (const token of tokens) {
    const w = token.folded;
    letters += w.length;
    if (w.length >= 7) longWords++;
    if (language === "en" ? EN_CONTRACTION.test(w) : lists.reduced.has(w)) {
      contraction++;
      cue(token, "contraction");
    } else if (lists.reduced.has(w)) {
      contraction++;
      cue(token, "reduced form");
    }
    if (lists.informal.has(w)) {
      informal++;
      cue(token, "informal word");
    }
    if (token.first && !token.capital && !isDigit(w.charCodeAt(0))) {
      lowerStart++;
      cue(token, "lower-case start");
    }
    if (language === "en" && text.charAt(token.start) === "i" && token.end - token.start === 1) {
      lowerI++;
      cue(token, "lower-case i");
    }
    if (token.allCaps && w.length >= 3) {
      allCaps++;
      cue(token, "all caps");
    }
    if (token.capital) capitals++;
    if (token.capital && !token.first && !token.allCaps && w !== "i") entity++;
    if (isDigit(w.charCodeAt(0))) number++;
    if (token.first && lists.spokenOpeners.has(w)) {
      spokenOpener++;
      cue(token, "spoken opener");
    }
    if (w.length >= 3 && tripled(w) && !isDigit(w.charCodeAt(0)) && w !== "www" && w !== "xxx" && w !== "iii") {
      elongation++;
      cue(token, "elongation");
    }
    const parts = w.indexOf("'") < 0 ? [w] : pieces(w, language);
    for (const piece of parts) {
      if (swearWords.has(piece)) {
        swearing++;
        cue(token, "swearing");
      }
      const groups = vowelGroups(piece);
      if (groups > 0) {
        syllables += groups;
        spelled++;
      }
      if (lists.hedges.has(piece)) {
        hedge++;
        cue(token, "hedge");
      }
      if (lists.firstPerson.has(piece)) first++;
      if (lists.secondPerson.has(piece)) second++;
      if (lists.courtesy.has(piece)) {
        courtesy++;
        cue(token, "courtesy");
      }
      if (lists.formalConnectives.has(piece)) {
        connective++;
        cue(token, "formal connective");
      }
      if (piece.length >= 7 && lists.nominalSuffixes.some((s) => piece.endsWith(s))) {
        nominal++;
        cue(token, "nominalisation");
      }
      if (language === "fr") {
        if (piece === "ne" || piece === "n'") sentencesWithNe.add(token.sentence);
        if (NEGATION_FR.has(piece) && !negatedSentences.has(token.sentence)) negatedSentences.set(token.sentence, token);
      }
    }
  }
  // Spoken French drops the "ne" of a negation ("c'est pas grave"): a reduced form too.
  for (const [sentence, token] of negatedSentences) {
    if (sentencesWithNe.has(sentence)) continue;
    contraction++;
    cue(token, "dropped ne");
  }

  let repeated = 0;
  REPEATED.lastIndex = 0;
  for (let m = REPEATED.exec(text); m !== null; m = REPEATED.exec(text)) {
    repeated++;
    evidence.push({ start: m.index, end: m.index + m[0].length, cue: "repeated punctuation" });
  }
  // The caller may pass the emoji count it already has (analyze() finds them once per text).
  const emoji = (emojiCount ?? findEmoji(text).length) + findEmoticons(text).length;
  const exclamation = countChar(text, "!");
  const question = countChar(text, "?");
  const commas = countChar(text, ",");
  const ellipsis = text.includes("...") || text.includes("\u2026") ? 1 : 0;

  const share = (n: number) => n / classTotal;
  const values = [
    fScore(counts) / 100,
    share(counts.pron), share(counts.verb), share(counts.adv), share(counts.interj),
    share(counts.noun), share(counts.adj), share(counts.prep), share(counts.art), share(counts.conj),
    contraction / words, informal / words, lowerStart / sentences, lowerI > 0 ? 1 : 0, Math.log1p(repeated),
    Math.min(1, exclamation / sentences), Math.min(1, question / sentences),
    allCaps / words, Math.log1p(tokens.length / sentences), letters / words, longWords / words,
    hedge / words, first / words, second / words,
    Math.log1p(emoji), entity / words, number / words, commas / words, spokenOpener / sentences,
    tokens.length > 0 && !FINAL.test(text) ? 1 : 0, ellipsis,
    nominal / words, courtesy / words, connective / words, elongation / words,
    swearing / words, Math.log1p(countMatches(text, SYMBOL)), spelled === 0 ? 1 : syllables / spelled,
    capitals === 0 ? 1 : 0,
  ];
  return { values, evidence };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A letter written three times in a row: "sooo", "nooon" (elongation, a spoken cue). */
function tripled(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && !isDigit(c) && c !== 0x2e) return true;
  }
  return false;
}

/**
 * Syllables of a word written in letters a–z only, as vowel groups ("ea", "io" count once)
 * less a silent final e ("make", not "table"); 0 for anything else (numbers, "n't").
 */
function vowelGroups(word: string): number {
  let groups = 0;
  let inVowel = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return 0;
    const vowel = c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;
    if (vowel && !inVowel) groups++;
    inVowel = vowel;
  }
  if (groups > 1 && word.endsWith("e") && !word.endsWith("le")) groups--;
  return Math.max(1, groups);
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
