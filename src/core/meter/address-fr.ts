/**
 * French address cues: which spans of a text address the reader as "tu" and which as
 * "vous". A rule list, not a parser: pronouns are read with word boundaries that count
 * accented letters as letters ("fête" holds no "te", "toit" no "toi", "tard" no "ta"),
 * and imperatives without a pronoun are read from the verb's form. Tuned on the
 * CoCoA-MT training references only; the held-out sets are for measuring.
 */
import type { AddressCue } from "./address-cue";
import { pluralVousCues, stickyMatches } from "./address-fr-plural";
import { charClass, classBefore, letterRuns, type LetterRuns } from "./letter-runs";
import type { Span } from "./types";

/** What the French reader found: cues for each form, and the spans that mark a plural "vous". */
export interface FrenchCues {
  cues: AddressCue[];
  plural: Span[];
}

const L = "\\p{L}\\p{N}";
const NOT_BEFORE = `(?<![${L}])`;
const NOT_AFTER = `(?![${L}])`;
const APOS = "['\u2019]";
const APOSTROPHES = new Set(["'", "\u2019"]);

const EUPHONIC_AFTER = /^(?:il|elle|on|ils|elles)(?![\p{L}\p{N}])/iu;

/** Words before which "ton" is the noun (the tone of voice), not the possessive (as in lint-text.ts). */
const BEFORE_TONE_NOUN = new Set(["le", "un", "du", "au", "quel", "même", "meme", "bon", "mauvais", "mon", "son"]);
const LAST_WORD = /([\p{L}]+)([^\p{L}]*)$/u;

/**
 * "le ton", "un ton", "ce ton" are the noun; so is "changer de ton." when nothing follows.
 * Improves on lint-text.ts, which took every "de ton" ("de ton livre") and "est-ce ton" for the noun.
 */
function isToneNoun(text: string, index: number): boolean {
  const found = LAST_WORD.exec(text.slice(Math.max(0, index - 24), index));
  if (!found) return false;
  const before = (found[1] as string).toLowerCase();
  if (BEFORE_TONE_NOUN.has(before)) return true;
  if (before === "ce") return !/-\s*$/u.test(text.slice(0, index - (found[2] as string).length - 2));
  if (before === "de") return !/^\s+\p{L}/u.test(text.slice(index + 3));
  return false;
}

/** Words that end like a 2sg imperative before a hyphen but are not verbs ("jusque-là" misspelt). */
const NOT_VERBS = new Set(["jusque", "celle", "celles", "ceux", "ci", "lui", "elle", "elles", "entre", "presque", "quelque"]);

/** Any word ending in -ez is almost always a 2nd-person-plural verb ("cliquez", "avez"), bar these. */
const NOT_EZ_VERBS = new Set(["chez", "assez", "nez", "rez", "lez"]);
const VOUS_JUST_BEFORE = /(?:^|[^\p{L}])vous(?:\s+(?:y|en|le|la|les|l['\u2019]|lui|leur|ne|n['\u2019]))*\s*$/iu;

/** Common verbs whose bare 2sg imperative opens a sentence ("Fais attention !", "Regarde ça"). */
const TU_IMPERATIVES = new Set([
  "fais", "dis", "regarde", "viens", "prends", "attends", "écoute", "va", "vas", "sois", "aie", "mets", "lis",
  "écris", "essaie", "essaye", "vérifie", "clique", "appelle", "envoie", "tiens", "laisse", "passe", "profite",
  "pense", "imagine", "arrête", "continue", "choisis", "rappelle", "sache", "crois", "ajoute", "utilise", "tape",
  "reviens", "dépêche", "réfléchis", "garde", "oublie", "lance", "cherche", "trouve", "achète", "mange", "bois",
]);
/** The irregular 2pl imperatives that do not end in -ez. */
const VOUS_IMPERATIVES = new Set(["faites", "dites"]);
/** What may sit between a sentence boundary and its first word: spaces, quotes, bullets, dashes. */
const OPENERS = /[\s«"“(\-–—*•]/u;
const SENTENCE_END = /[.!?…:;\n]/u;

/** "N'hésite pas", "ne crains rien": a negated 2sg imperative, with no pronoun to read. */
const NEGATED_TU = new RegExp(
  `${NOT_BEFORE}n(?:e\\s+|${APOS})(?:hésite|oublie|aie|crains|sois|fais|dis|touche|bouge|pars|va|mets|pleure|laisse)\\s+(?:pas|rien|jamais|plus)${NOT_AFTER}`,
  "iuy",
);
const NE_STARTS = new Set(["n", "ne"]);

const span = (start: number, end: number, cue: string) => ({ start, end, cue });

function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OPENERS.test(text.charAt(i)) && text.charAt(i) !== "\n") i--;
  return i < 0 || SENTENCE_END.test(text.charAt(i));
}

/** After a sentence-opening imperative: "!" or a complement, not "?", "." or an inversion ("Regarde-t-il"). */
function takesComplement(text: string, end: number): boolean {
  const rest = text.slice(end, end + 3);
  if (rest.startsWith("-")) return false;
  return /^\s*!/u.test(rest) || /^,?\s+[\p{L}\d"«']/u.test(rest) || /^\s*,/u.test(rest);
}

/**
 * Whole words, boundaries counting accented letters ("fête" holds no "te", "toit" no "toi"):
 * tu, te, toi and the possessives; "tien(ne)(s)" only after an article (bare "tiens" is also a verb).
 */
const TU_SET = new Set(["tu", "te", "toi", "ton", "ta", "tes"]);
const TIEN_SET = new Set(["tien", "tienne", "tiens", "tiennes"]);
const TIEN_ARTICLES = ["le", "la", "les", "du", "des", "au", "aux"];
const VOUS_SET = new Set(["vous", "votre", "vos", "votres", "vôtre", "vôtres"]);
/** "Donne-moi", "Donnez-moi", "dis-lui", "vas-y": a verb with an object pronoun hyphenated after it. */
const HYPHEN_PRONOUNS = new Set(["moi", "le", "la", "les", "lui", "nous", "leur", "en", "y"]);

/** The run is a whole word of the regexes: no digit (\p{N}) glued before or after it. */
function bounded(text: string, runs: LetterRuns, i: number): boolean {
  return classBefore(text, runs.starts[i] as number) !== 2 && charClass(text, runs.ends[i] as number) !== 2;
}

/** "le tien", "des tiennes": the article and one space right before (case-insensitive, as the regex read it). */
function afterArticle(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== " ") return false;
  const before = text.slice(Math.max(0, start - 4), start - 1).toLowerCase().replaceAll("\u017f", "s");
  return TIEN_ARTICLES.some((article) => before.endsWith(article));
}

function pronounCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  const { starts, ends, key } = runs;
  for (let i = 0; i < key.length; i++) {
    const k = key[i] as string;
    const index = starts[i] as number;
    if (!(TU_SET.has(k) || (TIEN_SET.has(k) && afterArticle(text, index))) || !bounded(text, runs, i)) continue;
    const word = text.slice(index, ends[i]).toLowerCase();
    if (word === "ton" && isToneNoun(text, index)) continue;
    if (word === "tu" && /s['\u2019](?:est|était)\s+$/iu.test(text.slice(Math.max(0, index - 10), index))) {
      continue; // "il s'est tu": the past participle of "se taire"
    }
    const cue = word.startsWith("tien") ? "tien" : word;
    cues.push({ ...span(index, index + word.length, cue), form: "informal", strong: true });
  }
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    // Elided "te": a lone "t", an apostrophe, a letter ("t'as", "je t'aime", "va-t'en").
    if (key[i] !== "t" || classBefore(text, index) === 2 || !APOSTROPHES.has(text.charAt(index + 1)) || charClass(text, index + 2) !== 1) continue;
    const end = index + 2;
    if (text.charAt(index - 1) === "-" && EUPHONIC_AFTER.test(text.slice(end))) continue;
    cues.push({ ...span(index, end, "t'"), form: "informal", strong: true });
  }
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    if (!VOUS_SET.has(key[i] as string) || !bounded(text, runs, i)) continue;
    if (/rendez-$/iu.test(text.slice(Math.max(0, index - 7), index))) continue; // the noun "rendez-vous"
    const word = text.slice(index, ends[i]).toLowerCase();
    const cue = word === "votre" || !/^v[oô]tres?$/u.test(word) ? word : "vôtre";
    cues.push({ ...span(index, index + word.length, cue), form: "formal", strong: true });
  }
}

/** "Donne-moi": the run, a hyphen, then a whole pronoun run not followed by "-t-"; the end of the match, or -1. */
function hyphenImperativeEnd(text: string, runs: LetterRuns, i: number): number {
  const end = runs.ends[i] as number;
  if (text.charAt(end) !== "-" || runs.starts[i + 1] !== end + 1 || !HYPHEN_PRONOUNS.has(runs.key[i + 1] as string)) return -1;
  const after = runs.ends[i + 1] as number;
  if (classBefore(text, runs.starts[i] as number) === 2 || charClass(text, after) === 2) return -1;
  return text.slice(after, after + 3).toLowerCase() === "-t-" ? -1 : after;
}

function imperativeCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  const { starts, ends, key } = runs;
  let consumed = 0; // a match's pronoun cannot start the next match, as with the global regex
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    if (index < consumed) continue;
    const matchEnd = hyphenImperativeEnd(text, runs, i);
    if (matchEnd < 0) continue;
    consumed = matchEnd;
    const verb = text.slice(index, ends[i]).toLowerCase();
    const end = index + verb.length;
    // A capital inside a sentence is a place or a name ("Aix-les-Bains", "Villeneuve-la-Garenne").
    if (/\p{Lu}/u.test(text.charAt(index)) && !atSentenceStart(text, index)) continue;
    if (verb.endsWith("ez") || VOUS_IMPERATIVES.has(verb)) {
      cues.push({ ...span(index, end, "imperative-vous"), form: "formal", strong: true });
    } else if (TU_IMPERATIVES.has(verb) || (/[esxa]$/u.test(verb) && !/(?:ons|ent|ais|ait)$/u.test(verb) && !NOT_VERBS.has(verb))) {
      cues.push({ ...span(index, end, "imperative-tu"), form: "informal", strong: true });
    }
  }
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    if ((key[i] as string).length < 3 || !(key[i] as string).endsWith("ez") || !bounded(text, runs, i)) continue;
    const raw = text.slice(index, ends[i]);
    const word = raw.toLowerCase();
    if (NOT_EZ_VERBS.has(word)) continue;
    if (text.charAt(index + word.length) === "-") continue; // read by the hyphen rule ("Donnez-moi", "Avez-vous")
    // A capital inside a sentence is a name (Martinez, Rodez); at a sentence start it is the verb.
    if (/\p{Lu}/u.test(raw.charAt(0)) && !atSentenceStart(text, index)) continue;
    if (VOUS_JUST_BEFORE.test(text.slice(Math.max(0, index - 30), index))) continue; // implied by "vous"
    const negated = /n(?:e\s+|['\u2019])$/iu.test(text.slice(Math.max(0, index - 3), index));
    const strong = negated || word === "veuillez";
    cues.push({ ...span(index, index + word.length, "verb-vous"), form: "formal", strong });
  }
  for (const [index, end] of stickyMatches(text, runs, NEGATED_TU, NE_STARTS)) {
    // Only where an order can stand: "je ne dis pas" is a statement, "Ne dis pas ça !" an order.
    if (!atSentenceStart(text, index) && !/,\s*$/u.test(text.slice(Math.max(0, index - 3), index))) continue;
    cues.push({ ...span(index, end, "imperative-tu"), form: "informal", strong: true });
  }
  const { lower } = runs;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i] as string;
    const tu = TU_IMPERATIVES.has(word);
    if (!tu && !VOUS_IMPERATIVES.has(word)) continue;
    const index = starts[i] as number;
    const end = index + word.length;
    if (!atSentenceStart(text, index) || !takesComplement(text, end)) continue;
    const form = tu ? "informal" : "formal";
    cues.push({ ...span(index, end, tu ? "imperative-tu" : "imperative-vous"), form, strong: false });
  }
}

const QUOTES = [/«[^»]*»/gu, /“[^”]*”/gu, /"[^"\n]*"/gu];

/** Spans of quoted speech (« », “ ”, paired "): what is quoted is not said to the reader. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of QUOTES) {
    if (!text.includes(pattern.source.charAt(0))) continue; // no opening mark, no match
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/**
 * Every French address cue in `text`, with character offsets into it. Cues inside quoted
 * speech are dropped when the text outside the quotes has cues of its own ("Vous pouvez
 * lui répondre : « je te rappelle »" speaks to the reader as vous); when only the quotes
 * hold a second person, they decide. Spans are sorted by position, one per start.
 */
export function frenchAddressCues(text: string): FrenchCues {
  let cues: AddressCue[] = [];
  const runs = letterRuns(text);
  pronounCues(text, runs, cues);
  imperativeCues(text, runs, cues);
  const plural = pluralVousCues(text, runs);
  const quoted = quotedRanges(text);
  if (quoted.length > 0) {
    const inQuote = (at: number) => quoted.some(([start, end]) => at >= start && at < end);
    const outside = cues.filter((cue) => !inQuote(cue.start));
    if (outside.length > 0) cues = outside;
  }
  // Two rules may read the same words ("N'hésite pas" and its opening verb): one span each.
  const seen = new Set<string>();
  const unique = cues
    .toSorted((a, b) => a.start - b.start || b.end - a.end)
    .filter((cue) => {
      const key = `${cue.start}:${cue.form}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return { cues: unique, plural: plural.toSorted((a, b) => a.start - b.start) };
}
