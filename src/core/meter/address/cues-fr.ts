/**
 * French address cues: which spans of a text address the reader as "tu" and which as
 * "vous". A rule list, not a parser: pronouns are read with word boundaries that count
 * accented letters as letters ("fête" holds no "te", "toit" no "toi", "tard" no "ta"),
 * and imperatives without a pronoun are read from the verb's form. Tuned on the
 * CoCoA-MT training references only; the held-out sets are for measuring.
 */
import {
  charClass,
  classBefore,
  letterRuns,
  noDigitAround,
  type LetterRuns,
} from "../../text/letter-runs";
import type { Token } from "../../text/tokens";
import { addressCue, type AddressCue } from "./cue";
import { imperativeCues } from "./imperative-fr";
import { pluralVousCues, vousMarks, type VousMarks } from "./plural-fr";
import type { Span } from "../types";

/** What the French reader found: cues for each form, and the spans that mark a "vous" as not the reader. */
export interface FrenchCues {
  cues: AddressCue[];
  /** Marks that the text speaks to several people ("vous deux", "bonjour à tous"). */
  plural: Span[];
  /** The other marks (plural-fr.ts), read only when the text has a "vous" cue. */
  marks: VousMarks;
}

const APOSTROPHES = new Set(["'", "\u2019"]);

const EUPHONIC_AFTER = /^(?:il|elle|on|ils|elles)(?![\p{L}\p{N}])/iu;

/** Words before which "ton" is the noun (the tone of voice), not the possessive (as in text/checks.ts). */
const BEFORE_TONE_NOUN = new Set([
  "le",
  "un",
  "du",
  "au",
  "quel",
  "même",
  "meme",
  "bon",
  "mauvais",
  "mon",
  "son",
]);
const LAST_WORD = /([\p{L}]+)([^\p{L}]*)$/u;

/**
 * "le ton", "un ton", "ce ton" are the noun; so is "changer de ton." when nothing follows.
 * Improves on text/checks.ts, which takes every "de ton" ("de ton livre") and "est-ce ton" for the noun.
 */
function isToneNoun(text: string, index: number): boolean {
  const found = LAST_WORD.exec(text.slice(Math.max(0, index - 24), index));
  if (!found) return false;
  const before = (found[1] as string).toLowerCase();
  if (BEFORE_TONE_NOUN.has(before)) return true;
  if (before === "ce")
    return !/-\s*$/u.test(text.slice(0, index - (found[2] as string).length - 2));
  if (before === "de") return !/^\s+\p{L}/u.test(text.slice(index + 3));
  return false;
}

/**
 * Whole words, boundaries counting accented letters ("fête" holds no "te", "toit" no "toi"):
 * tu, te, toi and the possessives; "tien(ne)(s)" only after an article (bare "tiens" is also a verb).
 */
const TU_SET = new Set(["tu", "te", "toi", "ton", "ta", "tes"]);
const TIEN_SET = new Set(["tien", "tienne", "tiens", "tiennes"]);
const TIEN_ARTICLES = ["le", "la", "les", "du", "des", "au", "aux"];
const VOUS_SET = new Set(["vous", "votre", "vos", "votres", "vôtre", "vôtres"]);
/** The three lists as one map, so each run costs one lookup. */
const PRONOUNS = new Map<string, "tu" | "tien" | "vous">([
  ...[...TU_SET].map((word) => [word, "tu"] as const),
  ...[...TIEN_SET].map((word) => [word, "tien"] as const),
  ...[...VOUS_SET].map((word) => [word, "vous"] as const),
]);
/** The possessive pronoun, whatever its accent and number, reads as one cue. */
const VOTRE_VARIANTS = new Set(["votres", "vôtre", "vôtres"]);
const RENDEZ = /rendez-$/iu;
/** "il s'est tu": the past participle of "se taire". */
const PAST_TU = /s['\u2019](?:est|était)\s+$/iu;

/** "le tien", "des tiennes": the article and one space right before (case-insensitive, as the regex read it). */
function afterArticle(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== " ") return false;
  const before = text
    .slice(Math.max(0, start - 4), start - 1)
    .toLowerCase()
    .replaceAll("\u017f", "s");
  return TIEN_ARTICLES.some((article) => before.endsWith(article));
}

function pronounCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  const { starts, key, lower } = runs;
  const vous: number[] = []; // the runs read by the third loop
  for (let i = 0; i < key.length; i++) {
    const pronoun = PRONOUNS.get(key[i] as string);
    if (pronoun === "vous") vous.push(i);
    const index = starts[i] as number;
    if (
      !(pronoun === "tu" || (pronoun === "tien" && afterArticle(text, index))) ||
      !noDigitAround(text, runs, i)
    )
      continue;
    const word = lower[i] as string;
    if (word === "ton" && isToneNoun(text, index)) continue;
    if (word === "tu" && PAST_TU.test(text.slice(Math.max(0, index - 10), index))) {
      continue;
    }
    const cue = word.startsWith("tien") ? "tien" : word;
    cues.push(addressCue(index, index + word.length, cue, "informal", true));
  }
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    // Elided "te": a lone "t", an apostrophe, a letter ("t'as", "je t'aime", "va-t'en").
    if (
      key[i] !== "t" ||
      classBefore(text, index) === 2 ||
      !APOSTROPHES.has(text.charAt(index + 1)) ||
      charClass(text, index + 2) !== 1
    )
      continue;
    const end = index + 2;
    if (text.charAt(index - 1) === "-" && EUPHONIC_AFTER.test(text.slice(end))) continue;
    cues.push(addressCue(index, end, "t'", "informal", true));
  }
  for (const i of vous) {
    const index = starts[i] as number;
    if (!noDigitAround(text, runs, i)) continue;
    if (text.charAt(index - 1) === "-" && RENDEZ.test(text.slice(Math.max(0, index - 7), index)))
      continue; // the noun "rendez-vous"
    const word = lower[i] as string;
    const cue = VOTRE_VARIANTS.has(word) ? "vôtre" : word;
    cues.push(addressCue(index, index + word.length, cue, "formal", true));
  }
}

const QUOTES = [/«[^»]*»/gu, /“[^”]*”/gu, /"[^"\n]*"/gu];

/** Spans of quoted speech (« », “ ”, paired "): what is quoted is not said to the reader. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of QUOTES) {
    if (!text.includes(pattern.source.charAt(0))) continue; // no opening mark, no match
    for (const match of text.matchAll(pattern))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * Every French address cue in `text`, with character offsets into it. Cues inside quoted
 * speech are dropped when the text outside the quotes has cues of its own ("Vous pouvez
 * lui répondre : « je te rappelle »" speaks to the reader as vous); when only the quotes
 * hold a second person, they decide. Spans are sorted by position, one per start. `tokens`
 * are tokenize(text).
 */
export function frenchAddressCues(text: string, tokens: readonly Token[]): FrenchCues {
  let cues: AddressCue[] = [];
  const runs = letterRuns(text, tokens);
  pronounCues(text, runs, cues);
  imperativeCues(text, runs, cues);
  const plural = pluralVousCues(text, runs);
  const quoted = quotedRanges(text);
  if (quoted.length > 0) cues = unquotedOrQuoted(cues, quoted);
  const sorted = oneCuePerForm(cues.toSorted(byStartLongestFirst));
  // Every mark holds a "vous", "votre" or "vos": a text without a formal cue has none to read.
  const marks = sorted.some((cue) => cue.form === "formal")
    ? vousMarks(text, runs)
    : { text: [], clause: [], elsewhere: [] };
  return { cues: sorted, plural, marks };
}

/**
 * The cues outside the quotes when there are any. Else the quotes decide, and when they
 * disagree, "tu" wins: reported speech has its own speakers and hearers, a "vous" there may
 * be plural ("Qu'est-ce que vous dites ?" to a group), while a "tu" is only ever informal.
 */
function unquotedOrQuoted(cues: AddressCue[], quoted: readonly [number, number][]): AddressCue[] {
  const inQuote = (cue: AddressCue) =>
    quoted.some(([start, end]) => cue.start >= start && cue.start < end);
  const outside = cues.filter((cue) => !inQuote(cue));
  if (outside.length > 0) return outside;
  const informal = cues.some((cue) => cue.form === "informal" && cue.strong);
  return informal ? cues.filter((cue) => cue.form === "informal") : cues;
}

function byStartLongestFirst(a: AddressCue, b: AddressCue): number {
  return a.start - b.start || b.end - a.end;
}

/** Two rules may read the same words ("N'hésite pas" and its opening verb): one span per start and form. */
function oneCuePerForm(sorted: AddressCue[]): AddressCue[] {
  const out: AddressCue[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const cue = sorted[i] as AddressCue;
    let seen = false;
    for (let j = out.length - 1; j >= 0 && (out[j] as AddressCue).start === cue.start; j--)
      if ((out[j] as AddressCue).form === cue.form) seen = true;
    if (!seen) out.push(cue);
  }
  return out;
}
