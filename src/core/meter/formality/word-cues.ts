/**
 * What one folded word says to the formality features by itself, whatever its place and
 * case: contraction, slang, hedge, person, swearing, syllables… About a dozen list lookups
 * and a regex per word, worked out once per word and kept in a word memo (the same few
 * hundred words recur in every reply); features.ts adds what depends on the
 * token (sentence start, capitals) and on the text.
 */
import type { Language } from "../../persona/constants";
import { piecesOf } from "./pos";
import { memoFor, type WordMemo } from "../word-memo";
import type { WordLists } from "./word-lists";

/** The word-level half of the formality cues of one folded word. */
export interface WordCues {
  /** The cue name when the word is a contraction or reduced form ("contraction", "reduced form"). */
  contraction: string | undefined;
  informal: boolean;
  /** Starts with a digit 0–9. */
  digit: boolean;
  /** Seven letters or more. */
  long: boolean;
  /** A letter three times in a row ("sooo"), not a number, "www", "xxx" or "iii". */
  elongated: boolean;
  /** Listed as a spoken sentence opener (counts only on a sentence's first word). */
  spokenOpener: boolean;
  // Summed over the word's pieces ("don't" is "do" + "n't"):
  swearing: number;
  hedges: number;
  firstPerson: number;
  secondPerson: number;
  courtesy: number;
  connectives: number;
  nominal: number;
  /** Vowel groups of the pieces spelt in a–z, and how many pieces that is. */
  syllables: number;
  spelled: number;
  /** The evidence names of the pieces' cues, in the order the pieces and their tests come. */
  pieceCues: readonly string[];
  /** French: a piece is "ne"/"n'"; a piece is a negation word ("pas", "jamais"). */
  ne: boolean;
  negation: boolean;
}

const EN_CONTRACTION =
  /(?:n't|'m|'re|'ve|'ll|'d)$|^(?:it|that|he|she|what|there|here|who|let|where|how)'s$/;
const NEGATION_FR = new Set(["pas", "jamais"]);

/** Swear words and insults, which PT16 raters read as the least formal words of all. */
const SWEARING: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set(
    "fuck fucking fucked fucker fuckin shit shitty bullshit bitch bitches bastard ass asshole dick pussy cock crap damn damnit goddamn hell whore slut moron idiot retard retarded stupid dumb piss pissed suck sucks sucked freaking freakin frickin wtf stfu omfg lmfao".split(
      " ",
    ),
  ),
  fr: new Set(
    "putain merde con conne connard connasse connerie conneries salope salaud encule bordel chier chiant chiante foutre nique niquer debile abruti abrutie cretin idiot idiote pute batard bite couille couilles emmerde emmerder ptain wtf".split(
      " ",
    ),
  ),
};

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A letter written three times in a row: "sooo", "nooon" (elongation, a spoken cue). */
function tripled(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && !isDigit(c) && c !== 0x2e)
      return true;
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

function readWord(w: string, lists: WordLists, language: Language): WordCues {
  const reduced = lists.reduced.has(w);
  const digit = isDigit(w.charCodeAt(0));
  const cues: WordCues = {
    contraction: (language === "en" ? EN_CONTRACTION.test(w) : reduced)
      ? "contraction"
      : reduced
        ? "reduced form"
        : undefined,
    informal: lists.informal.has(w),
    digit,
    long: w.length >= 7,
    elongated: w.length >= 3 && tripled(w) && !digit && w !== "www" && w !== "xxx" && w !== "iii",
    spokenOpener: lists.spokenOpeners.has(w),
    swearing: 0,
    hedges: 0,
    firstPerson: 0,
    secondPerson: 0,
    courtesy: 0,
    connectives: 0,
    nominal: 0,
    syllables: 0,
    spelled: 0,
    pieceCues: [],
    ne: false,
    negation: false,
  };
  const pieceCues: string[] = [];
  for (const piece of piecesOf(w, language)) {
    if (SWEARING[language].has(piece)) {
      cues.swearing++;
      pieceCues.push("swearing");
    }
    const groups = vowelGroups(piece);
    if (groups > 0) {
      cues.syllables += groups;
      cues.spelled++;
    }
    if (lists.hedges.has(piece)) {
      cues.hedges++;
      pieceCues.push("hedge");
    }
    if (lists.firstPerson.has(piece)) cues.firstPerson++;
    if (lists.secondPerson.has(piece)) cues.secondPerson++;
    if (lists.courtesy.has(piece)) {
      cues.courtesy++;
      pieceCues.push("courtesy");
    }
    if (lists.formalConnectives.has(piece)) {
      cues.connectives++;
      pieceCues.push("formal connective");
    }
    // French "-ment" ends nouns and adverbs alike: an adverb the lists know ("vraiment") is no nominalisation.
    if (
      piece.length >= 7 &&
      lists.nominalSuffixes.some((s) => piece.endsWith(s)) &&
      !lists.adverbs.has(piece)
    ) {
      cues.nominal++;
      pieceCues.push("nominalisation");
    }
    if (language === "fr") {
      if (piece === "ne" || piece === "n'") cues.ne = true;
      if (NEGATION_FR.has(piece)) cues.negation = true;
    }
  }
  cues.pieceCues = pieceCues;
  return cues;
}

const MEMOS = new WeakMap<WordLists, Partial<Record<Language, WordMemo<WordCues>>>>();

/** The memo of the word-level cues for `lists` and `language` (its values are shared: do not change them). */
export function wordCuesMemo(lists: WordLists, language: Language): WordMemo<WordCues> {
  return memoFor(MEMOS, lists, language, (w) => readWord(w, lists, language));
}
