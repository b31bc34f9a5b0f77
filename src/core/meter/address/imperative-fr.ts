/**
 * French imperatives as address cues, for orders that carry no pronoun to read: a verb with
 * a hyphenated pronoun ("Donne-moi" / "Donnez-moi"), -ez verbs ("Cliquez ici"), negated
 * orders ("Ne dis rien", "N'en parle pas") and a bare 2sg imperative opening a clause
 * ("Pars !", "Allez, viens", "Donne moi ça"). A 2sg imperative of an -er verb is spelt
 * like the 3rd person ("regarde"), so it is read only where no subject can stand before
 * it: at the start of a sentence or after "ne" there.
 */
import { charClass, classBefore, noDigitAround, type LetterRuns } from "../../text/letter-runs";
import { addressCue, type AddressCue } from "./cue";
import { stickyMatches } from "./plural-fr";

const L = "\\p{L}\\p{N}";
const NOT_BEFORE = `(?<![${L}])`;
const NOT_AFTER = `(?![${L}])`;
const APOS = "['\u2019]";

/** Words that end like a 2sg imperative before a hyphen but are no order ("jusque-là" misspelt, "Où sommes-nous ?"). */
const NOT_VERBS = new Set(["jusque", "celle", "celles", "ceux", "ci", "lui", "elle", "elles", "entre", "presque", "quelque", "sommes"]);

/** Any word ending in -ez is almost always a 2nd-person-plural verb ("cliquez", "avez"), bar these. */
const NOT_EZ_VERBS = new Set(["chez", "assez", "nez", "rez", "lez"]);
/** "Venez tous !", "Entrez toutes": an order to a group, not to one reader addressed as vous. */
const TO_ALL = /^\s+(?:tous|toutes)(?![\p{L}\p{N}])(?!\s+(?:les|ces|vos|nos|ses|leurs|mes|tes|des|ceux|celles)(?![\p{L}\p{N}]))/iu;
const VOUS_JUST_BEFORE = /(?:^|[^\p{L}])vous(?:\s+(?:y|en|le|la|les|l['\u2019]|lui|leur|ne|n['\u2019]))*\s*$/iu;

/**
 * Common verbs whose bare 2sg imperative opens a sentence ("Fais attention !", "Regarde ça").
 * Left out: forms that also open sentences as nouns or prepositions ("Demande de…", "Note :",
 * "Garde du corps", "Entre nous", "Cours de…") or impersonally ("Reste à savoir").
 */
const TU_IMPERATIVES = new Set([
  "fais", "dis", "regarde", "viens", "prends", "attends", "écoute", "va", "vas", "sois", "aie", "mets", "lis",
  "écris", "essaie", "essaye", "vérifie", "clique", "appelle", "envoie", "tiens", "laisse", "passe", "profite",
  "pense", "imagine", "arrête", "continue", "choisis", "rappelle", "sache", "crois", "ajoute", "utilise", "tape",
  "reviens", "dépêche", "réfléchis", "oublie", "lance", "cherche", "trouve", "achète", "mange", "bois",
  "pars", "sors", "veuille", "donne", "montre", "explique", "raconte", "apprends", "comprends", "réponds", "rends",
  "descends", "monte", "ouvre", "relis", "recommence", "répète", "reprends", "patiente", "calme", "excuse",
  "pardonne", "souviens", "rejoins", "contacte", "connecte", "installe", "télécharge", "redémarre", "réessaie",
  "sélectionne", "saisis", "remplis", "indique", "précise", "confirme", "consulte", "appuie", "joue", "avoue",
  "admets", "promets", "dors", "respire", "chante", "bouge", "fonce", "tente", "ose", "rentre", "retourne",
  "avance", "recule", "approche", "jette", "prépare", "amuse", "aime", "lâche", "accroche", "visite",
]);
/** The irregular 2pl imperatives that do not end in -ez. */
const VOUS_IMPERATIVES = new Set(["faites", "dites"]);
/** Both lists as one map, so each run costs one lookup. */
const IMPERATIVES = new Map<string, "tu" | "vous">([
  ...[...TU_IMPERATIVES].map((word) => [word, "tu"] as const),
  ...[...VOUS_IMPERATIVES].map((word) => [word, "vous"] as const),
]);
/** Imperatives that also open sentences as nouns ("Excuse peu crédible."): read only with a pronoun after. */
const ONLY_WITH_PRONOUN = new Set(["excuse"]);
/** 2sg imperatives that are nothing else: a strong cue wherever a clause opens with them. */
const ONLY_IMPERATIVE = new Set(["veuille", "sache", "aie"]);
/** Words that may open a sentence before an order: "Allez, viens", "Bon, écoute", "Alors regarde". */
const LEAD_WORDS = new Set([
  "allez", "bon", "alors", "ok", "okay", "oui", "non", "écoute", "tiens", "attends", "bref", "bien", "eh", "hé",
  "hey", "oh", "ah", "voilà", "maintenant", "surtout", "vite", "donc", "sinon", "ensuite", "puis", "enfin", "et",
  "mais", "stp", "svp", "franchement", "sérieusement", "plutôt", "déjà", "ici",
]);

/** What may sit between a sentence boundary and its first word: spaces, quotes, bullets, dashes. */
const OPENERS = /[\s«"“(\-–—*•]/u;
const SENTENCE_END = /[.!?…:;\n]/u;

/**
 * "N'hésite pas", "Ne le dis à personne", "N'en parle jamais": ne, object pronouns, a 2sg
 * form (an -er verb's bare stem in -e, or a form in -s), a negation word. The 3rd person
 * spelt alike needs a subject, which a clause opening with "ne" has not. "Ne faites pas"
 * matches too: the irregular 2pl forms end in -s (negatedCues reads them as "vous").
 */
const NEGATED_ORDER = new RegExp(
  `${NOT_BEFORE}n(?:e\\s+|${APOS})(?:(?:le|la|les|lui|leur|me|nous|y|en)\\s+|[lm]${APOS}(?:en\\s+|y\\s+)?)*` +
    `(\\p{L}+(?:e|s)|va)\\s+(?:pas|rien|jamais|plus|personne|point|guère|aucune?)${NOT_AFTER}`,
  "iuy",
);
const NE_STARTS = new Set(["n", "ne"]);
/**
 * What follows "ne" without being an order: impersonal "(il) ne reste plus", "(je) ne sais
 * pas", an infinitive's negation ("ne plus jamais"), 1pl and imperfect forms.
 */
const NOT_NEGATED_ORDERS = new Set(["reste", "manque", "sais", "pas", "plus", "jamais", "guère", "personne"]);
const NOT_ORDER_ENDINGS = /(?:ons|ais)$/u;

/** After an order, a pronoun written with a space instead of a hyphen: "Donne moi ça", "Excuse moi". */
const SPACED_PRONOUN = /^\s+(?:moi|nous)(?![\p{L}\p{N}-])(?!\s+(?:aussi|non|même)(?![\p{L}\p{N}]))/iu;

export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OPENERS.test(text.charAt(i)) && text.charAt(i) !== "\n") i--;
  return i < 0 || SENTENCE_END.test(text.charAt(i));
}

/**
 * Where an order can stand: a sentence start, or right after a lead word opening the
 * sentence ("Allez, viens", "Alors regarde"), the comma optional.
 */
function atClauseStart(text: string, runs: LetterRuns, i: number): boolean {
  const index = runs.starts[i] as number;
  if (atSentenceStart(text, index)) return true;
  if (i === 0 || !LEAD_WORDS.has(runs.lower[i - 1] as string)) return false;
  const between = text.slice(runs.ends[i - 1] as number, index);
  return /^,?\s+$/u.test(between) && atSentenceStart(text, runs.starts[i - 1] as number);
}

/** After a sentence-opening imperative: "!" or a complement, not "?", "." or an inversion ("Regarde-t-il"). */
function takesComplement(text: string, end: number): boolean {
  const rest = text.slice(end, end + 3);
  if (rest.startsWith("-")) return false;
  return /^\s*!/u.test(rest) || /^,?\s+[\p{L}\d"«']/u.test(rest) || /^\s*,/u.test(rest);
}

/** "Donne-moi", "Donnez-moi", "dis-lui", "vas-y": a verb with an object pronoun hyphenated after it. */
const HYPHEN_PRONOUNS = new Set(["moi", "le", "la", "les", "lui", "nous", "leur", "en", "y"]);
/** What may follow the first pronoun: "Donne-le-moi", "Allez-vous-en", "Rends-la-nous". */
const CHAINED_PRONOUNS = new Set(["moi", "toi", "lui", "nous", "vous", "leur", "en", "y"]);

/**
 * "Donne-moi": the run, a hyphen, then a whole pronoun run not followed by "-t-"; the end of the
 * match, or -1.
 */
function hyphenImperativeEnd(text: string, runs: LetterRuns, i: number): number {
  const end = runs.ends[i] as number;
  if (text.charAt(end) !== "-" || runs.starts[i + 1] !== end + 1 || !HYPHEN_PRONOUNS.has(runs.key[i + 1] as string)) return -1;
  const after = runs.ends[i + 1] as number;
  if (classBefore(text, runs.starts[i] as number) === 2 || charClass(text, after) === 2) return -1;
  // "Donne-le-moi" chains pronouns; "hors-la-loi", "Pont-de-la-Maye" go on with a noun.
  if (text.charAt(after) === "-" && runs.starts[i + 2] === after + 1 && !CHAINED_PRONOUNS.has(runs.key[i + 2] as string)) return -1;
  return text.slice(after, after + 3).toLowerCase() === "-t-" ? -1 : after;
}

function hyphenCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
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
      cues.push(addressCue(index, end, "imperative-vous", "formal", true));
    } else if (TU_IMPERATIVES.has(verb) || (/[esxa]$/u.test(verb) && !/(?:ons|ent|ais|ait)$/u.test(verb) && !NOT_VERBS.has(verb))) {
      cues.push(addressCue(index, end, "imperative-tu", "informal", true));
    }
  }
}

function ezCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  const { starts, ends, key } = runs;
  for (let i = 0; i < key.length; i++) {
    const index = starts[i] as number;
    if ((key[i] as string).length < 3 || !(key[i] as string).endsWith("ez") || !noDigitAround(text, runs, i)) continue;
    const raw = text.slice(index, ends[i]);
    const word = raw.toLowerCase();
    if (NOT_EZ_VERBS.has(word)) continue;
    if (text.charAt(index + word.length) === "-") continue; // read by the hyphen rule ("Donnez-moi", "Avez-vous")
    // A capital inside a sentence is a name (Martinez, Rodez); at a sentence start it is the verb.
    if (/\p{Lu}/u.test(raw.charAt(0)) && !atSentenceStart(text, index)) continue;
    if (VOUS_JUST_BEFORE.test(text.slice(Math.max(0, index - 30), index))) continue; // implied by "vous"
    if (TO_ALL.test(text.slice(index + word.length, index + word.length + 24))) continue;
    // "Allez, viens !": the interjection says "come on" to anyone, "tu" or "vous".
    if (word === "allez" && /^\s*[,!]/u.test(text.slice(index + word.length, index + word.length + 3))) continue;
    const negated = /n(?:e\s+|['\u2019])$/iu.test(text.slice(Math.max(0, index - 3), index));
    const strong = negated || word === "veuillez";
    cues.push(addressCue(index, index + word.length, "verb-vous", "formal", strong));
  }
}

function negatedCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  for (const [index, end] of stickyMatches(text, runs, NEGATED_ORDER, NE_STARTS)) {
    NEGATED_ORDER.lastIndex = index;
    const verb = (NEGATED_ORDER.exec(text)?.[1] ?? "").toLowerCase();
    if (NOT_NEGATED_ORDERS.has(verb) || (NOT_ORDER_ENDINGS.test(verb) && !TU_IMPERATIVES.has(verb))) continue;
    // Only where an order can stand: "je ne dis pas" is a statement, "Ne dis pas ça !" an order.
    if (!atSentenceStart(text, index) && !/,\s*$/u.test(text.slice(Math.max(0, index - 3), index))) continue;
    // "Ne faites pas ça !": the irregular 2pl forms end in -s too.
    if (VOUS_IMPERATIVES.has(verb)) cues.push(addressCue(index, end, "imperative-vous", "formal", true));
    else cues.push(addressCue(index, end, "imperative-tu", "informal", true));
  }
}

/** A bare imperative opening a clause; strong with a pronoun after it or when the form is only an imperative. */
function openingCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  const { starts, lower } = runs;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i] as string;
    const person = IMPERATIVES.get(word);
    if (person === undefined) continue;
    const tu = person === "tu";
    const index = starts[i] as number;
    const end = index + word.length;
    if (!atClauseStart(text, runs, i) || !takesComplement(text, end)) continue;
    const pronounAfter = SPACED_PRONOUN.test(text.slice(end, end + 16));
    if (ONLY_WITH_PRONOUN.has(word) && !pronounAfter) continue;
    const strong = tu && (ONLY_IMPERATIVE.has(word) || pronounAfter);
    cues.push(addressCue(index, end, tu ? "imperative-tu" : "imperative-vous", tu ? "informal" : "formal", strong));
  }
}

/** Every imperative cue of `text` (unsorted), from its letter runs. */
export function imperativeCues(text: string, runs: LetterRuns, cues: AddressCue[]): void {
  hyphenCues(text, runs, cues);
  ezCues(text, runs, cues);
  negatedCues(text, runs, cues);
  openingCues(text, runs, cues);
}
