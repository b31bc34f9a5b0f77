/**
 * French address cues: which spans of a text address the reader as "tu" and which as
 * "vous". A rule list, not a parser: pronouns are read with word boundaries that count
 * accented letters as letters ("fête" holds no "te", "toit" no "toi", "tard" no "ta"),
 * and imperatives without a pronoun are read from the verb's form. Tuned on the
 * CoCoA-MT training references only; the held-out sets are for measuring.
 */
import type { AddressCue } from "./address-cue";
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

/** tu, te, toi and the possessives; "tien(ne)(s)" only after an article (bare "tiens" is also a verb). */
const TU_WORDS = new RegExp(
  `${NOT_BEFORE}(?:tu|te|toi|ton|ta|tes|(?<=(?:le|la|les|du|des|au|aux) )(?:tien|tienne|tiens|tiennes))${NOT_AFTER}`,
  "giu",
);
/** Elided "te": "t'as", "je t'aime", "va-t'en". "a-t'il" (a misspelt euphonic -t-) is excluded below. */
const T_ELIDED = new RegExp(`${NOT_BEFORE}t${APOS}(?=\\p{L})`, "giu");
const EUPHONIC_AFTER = /^(?:il|elle|on|ils|elles)(?![\p{L}\p{N}])/iu;
const VOUS_WORDS = new RegExp(`${NOT_BEFORE}(?:vous|votre|vos|v[oô]tres?)${NOT_AFTER}`, "giu");

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

/** "Donne-moi", "Donnez-moi", "dis-lui", "vas-y": a verb with an object pronoun hyphenated after it. */
const HYPHEN_IMPERATIVE = new RegExp(
  `${NOT_BEFORE}(\\p{L}+)-(?:moi|le|la|les|lui|nous|leur|en|y)${NOT_AFTER}(?!-t-)`,
  "giu",
);
/** Words that end like a 2sg imperative before a hyphen but are not verbs ("jusque-là" misspelt). */
const NOT_VERBS = new Set(["jusque", "celle", "celles", "ceux", "ci", "lui", "elle", "elles", "entre", "presque", "quelque"]);

/** Any word ending in -ez: almost always a 2nd-person-plural verb ("cliquez", "avez"), bar these. */
const EZ_WORD = new RegExp(`${NOT_BEFORE}(\\p{L}+ez)${NOT_AFTER}`, "giu");
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
const SENTENCE_WORD = /\p{L}+/gu;
/** What may sit between a sentence boundary and its first word: spaces, quotes, bullets, dashes. */
const OPENERS = /[\s«"“(\-–—*•]/u;
const SENTENCE_END = /[.!?…:;\n]/u;

/** "N'hésite pas", "ne crains rien": a negated 2sg imperative, with no pronoun to read. */
const NEGATED_TU = new RegExp(
  `${NOT_BEFORE}n(?:e\\s+|${APOS})(?:hésite|oublie|aie|crains|sois|fais|dis|touche|bouge|pars|va|mets|pleure|laisse)\\s+(?:pas|rien|jamais|plus)${NOT_AFTER}`,
  "giu",
);

/** Cues that the "vous" of the text speaks to several people: then it says nothing about formality. */
const PLURAL_CUES: readonly RegExp[] = [
  new RegExp(`${NOT_BEFORE}vous(?:\\s+|-)(?:deux|trois|quatre|cinq|tous|toutes|autres|mêmes)${NOT_AFTER}`, "giu"),
  new RegExp(`${NOT_BEFORE}(?:d${APOS}entre|chacune? de)\\s+vous${NOT_AFTER}`, "giu"),
  // "vous êtes tous", but not "vous verrez tous les membres" nor "assurez-vous que tous vos abonnés".
  new RegExp(
    `${NOT_BEFORE}vous\\s+(?!que|qui|de|à)\\p{L}+\\s+(?:tous|toutes)${NOT_AFTER}(?!\\s+(?:les|ces|vos|nos|ses|leurs|mes|tes|des|ceux|celles)${NOT_AFTER})`,
    "giu",
  ),
  new RegExp(`${NOT_BEFORE}(?:bonjour|bonsoir|salut|merci|bienvenue)\\s+(?:à\\s+(?:tous|toutes)|tout le monde)${NOT_AFTER}`, "giu"),
  new RegExp(`${NOT_BEFORE}mesdames,?\\s+(?:et\\s+)?messieurs${NOT_AFTER}`, "giu"),
];

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

function pronounCues(text: string, cues: AddressCue[]): void {
  for (const match of text.matchAll(TU_WORDS)) {
    const word = match[0].toLowerCase();
    if (word === "ton" && isToneNoun(text, match.index)) continue;
    if (word === "tu" && /s['\u2019](?:est|était)\s+$/iu.test(text.slice(Math.max(0, match.index - 10), match.index))) {
      continue; // "il s'est tu": the past participle of "se taire"
    }
    const cue = word.startsWith("tien") ? "tien" : word;
    cues.push({ ...span(match.index, match.index + word.length, cue), form: "informal", strong: true });
  }
  for (const match of text.matchAll(T_ELIDED)) {
    const end = match.index + match[0].length;
    if (text.charAt(match.index - 1) === "-" && EUPHONIC_AFTER.test(text.slice(end))) continue;
    cues.push({ ...span(match.index, end, "t'"), form: "informal", strong: true });
  }
  for (const match of text.matchAll(VOUS_WORDS)) {
    if (/rendez-$/iu.test(text.slice(Math.max(0, match.index - 7), match.index))) continue; // the noun "rendez-vous"
    const word = match[0].toLowerCase();
    const cue = word === "votre" || !/^v[oô]tres?$/u.test(word) ? word : "vôtre";
    cues.push({ ...span(match.index, match.index + word.length, cue), form: "formal", strong: true });
  }
}

function imperativeCues(text: string, cues: AddressCue[]): void {
  for (const match of text.matchAll(HYPHEN_IMPERATIVE)) {
    const verb = (match[1] as string).toLowerCase();
    const end = match.index + verb.length;
    // A capital inside a sentence is a place or a name ("Aix-les-Bains", "Villeneuve-la-Garenne").
    if (/\p{Lu}/u.test(text.charAt(match.index)) && !atSentenceStart(text, match.index)) continue;
    if (verb.endsWith("ez") || VOUS_IMPERATIVES.has(verb)) {
      cues.push({ ...span(match.index, end, "imperative-vous"), form: "formal", strong: true });
    } else if (TU_IMPERATIVES.has(verb) || (/[esxa]$/u.test(verb) && !/(?:ons|ent|ais|ait)$/u.test(verb) && !NOT_VERBS.has(verb))) {
      cues.push({ ...span(match.index, end, "imperative-tu"), form: "informal", strong: true });
    }
  }
  for (const match of text.matchAll(EZ_WORD)) {
    const word = (match[1] as string).toLowerCase();
    if (NOT_EZ_VERBS.has(word)) continue;
    if (text.charAt(match.index + word.length) === "-") continue; // read by the hyphen rule ("Donnez-moi", "Avez-vous")
    // A capital inside a sentence is a name (Martinez, Rodez); at a sentence start it is the verb.
    if (/\p{Lu}/u.test(match[0].charAt(0)) && !atSentenceStart(text, match.index)) continue;
    if (VOUS_JUST_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue; // implied by "vous"
    const negated = /n(?:e\s+|['\u2019])$/iu.test(text.slice(Math.max(0, match.index - 3), match.index));
    const strong = negated || word === "veuillez";
    cues.push({ ...span(match.index, match.index + word.length, "verb-vous"), form: "formal", strong });
  }
  for (const match of text.matchAll(NEGATED_TU)) {
    // Only where an order can stand: "je ne dis pas" is a statement, "Ne dis pas ça !" an order.
    if (!atSentenceStart(text, match.index) && !/,\s*$/u.test(text.slice(Math.max(0, match.index - 3), match.index))) continue;
    cues.push({ ...span(match.index, match.index + match[0].length, "imperative-tu"), form: "informal", strong: true });
  }
  for (const match of text.matchAll(SENTENCE_WORD)) {
    const word = match[0].toLowerCase();
    const end = match.index + word.length;
    const tu = TU_IMPERATIVES.has(word);
    if (!tu && !VOUS_IMPERATIVES.has(word)) continue;
    if (!atSentenceStart(text, match.index) || !takesComplement(text, end)) continue;
    const form = tu ? "informal" : "formal";
    cues.push({ ...span(match.index, end, tu ? "imperative-tu" : "imperative-vous"), form, strong: false });
  }
}

/** Spans of quoted speech (« », “ ”, paired "): what is quoted is not said to the reader. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const pattern of [/«[^»]*»/gu, /“[^”]*”/gu, /"[^"\n]*"/gu]) {
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
  pronounCues(text, cues);
  imperativeCues(text, cues);
  const plural: Span[] = [];
  for (const pattern of PLURAL_CUES) {
    for (const match of text.matchAll(pattern)) plural.push(span(match.index, match.index + match[0].length, "vous-plural"));
  }
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
