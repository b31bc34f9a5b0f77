/**
 * The French rules kept as regexes, tried only where their first word stands: the marks of
 * a plural "vous", of a "vous" that names a firm, and the sticky matching that reads any
 * such rule on letter runs.
 */
import type { LetterRuns } from "../../text/letter-runs";
import type { Span } from "../types";

const L = "\\p{L}\\p{N}";
const NOT_BEFORE = `(?<![${L}])`;
const NOT_AFTER = `(?![${L}])`;
const APOS = "['\u2019]";
/** Forms of "être" with "vous", and the adverbs that may stand before the participle. */
const ETRE = "(?:êtes|étiez|serez|seriez|soyez)";
const ADVERBS = "(?:\\s+(?:bien|très|vraiment|déjà|tous|toutes|pas|jamais|plus|encore|si|trop|tellement|aussi|toujours|enfin))*";
/**
 * A participle or adjective with plural agreement ("rencontrés", "ravies", "contents",
 * "loyaux", "nombreux", "les bienvenus"): a singular "vous" agrees without the -s.
 */
const PLURAL_AGREEMENT = `\\s+(?:\\p{L}+(?:és|ées|ies|ues|ts|tes|aux)|nombreu(?:x|ses)|les\\s+bienvenue?s)${NOT_AFTER}`;

interface Rule {
  pattern: RegExp;
  /** The words a match can start with. */
  first: ReadonlySet<string>;
  /** The evidence name of a match, when not the list's. */
  cue?: string;
}

/** Where a mark of a "vous" that is not the reader applies (see VousMarks). */
type Scope = "text" | "clause" | "elsewhere";

/**
 * Cues that the "vous" of the text speaks to several people: then it says nothing about
 * formality. Each rule is tried only where one of its first words stands (`first`).
 */
const PLURAL_CUES: readonly Rule[] = [
  { pattern: new RegExp(`${NOT_BEFORE}vous(?:\\s+|-)(?:deux|trois|quatre|cinq|tous|toutes|autres|mêmes)${NOT_AFTER}`, "iuy"), first: new Set(["vous"]) },
  { pattern: new RegExp(`${NOT_BEFORE}(?:d${APOS}entre|chacune? de)\\s+vous${NOT_AFTER}`, "iuy"), first: new Set(["d", "chacun", "chacune"]) },
  // "vous êtes tous", but not "vous verrez tous les membres" nor "assurez-vous que tous vos abonnés".
  {
    pattern: new RegExp(
      `${NOT_BEFORE}vous\\s+(?!que|qui|de|à)\\p{L}+\\s+(?:tous|toutes)${NOT_AFTER}(?!\\s+(?:les|ces|vos|nos|ses|leurs|mes|tes|des|ceux|celles)${NOT_AFTER})`,
      "iuy",
    ),
    first: new Set(["vous"]),
  },
  {
    pattern: new RegExp(`${NOT_BEFORE}(?:bonjour|bonsoir|salut|merci|bienvenue)\\s+(?:à\\s+(?:tous|toutes)|tout le monde)${NOT_AFTER}`, "iuy"),
    first: new Set(["bonjour", "bonsoir", "salut", "merci", "bienvenue"]),
  },
  { pattern: new RegExp(`${NOT_BEFORE}mesdames,?\\s+(?:et\\s+)?messieurs${NOT_AFTER}`, "iuy"), first: new Set(["mesdames"]) },
];

/** "tous les deux jours" counts days, not people. */
const TIME_NOUNS = "jours|semaines|mois|ans|années|heures|minutes|secondes|fois|premiers|premières|derniers|dernières";
const GROUP_NOUNS = "jeunes|gars|filles|garçons|enfants|amis|amies|copains|copines|parents|mecs|petits|collègues";

/** Nouns of a firm or its shop: "votre magasin", "vos conseillers" speak to the company, not its agent. */
const FIRM_NOUNS =
  "entreprise|société|magasin|boutique|site|service|services|équipe|agence|banque|compagnie|application|appli|restaurant|hôtel|enseigne|marque|établissement|plateforme|usine|catalogue|produits?|employés|conseillers|techniciens|vendeurs|rayons|tarifs|offres|livreurs";

/** What a firm does for its customers: "vous livrez le samedi ?" asks the company. */
const FIRM_VERBS = "livrez|vendez|proposez|acceptez|expédiez|fabriquez|facturez|remboursez|ouvrez|fermez|recrutez";

/**
 * Marks of a "vous" that is not the reader, each with its reach (`scope`):
 * - "text": a part of a group ("l'un de vous", "parmi vous"): the text speaks to several;
 * - "clause": a plural agreement or vocative ("vous êtes arrivés", "êtes-vous mariés ?",
 *   "vous allez bien tous les deux ?", "vous les jeunes"), the "vous" of that clause only:
 *   "Vous vous comportez… comment vous êtes-vous rencontrés ?" asks one reader how they and
 *   someone else met;
 * - "elsewhere", read only beside a "tu" to the reader: a "vous" that names a firm ("chez
 *   vous", "votre magasin", "vous livrez": the company behind the person on the line) or
 *   the generic "vous" of a clause with a third-person subject ("ils vous fournissent
 *   tout", "ça vous donne envie": anyone, as English "you" can mean).
 */
const MARK_RULES: readonly (Rule & { scope: Scope })[] = [
  {
    scope: "text",
    pattern: new RegExp(`${NOT_BEFORE}(?:(?:aucune?|certains|plusieurs|beaucoup|combien|une?)\\s+de\\s+vous|parmi\\s+vous|entre\\s+vous)${NOT_AFTER}`, "iuy"),
    first: new Set(["aucun", "aucune", "certains", "plusieurs", "beaucoup", "combien", "un", "une", "parmi", "entre"]),
  },
  {
    scope: "clause",
    pattern: new RegExp(
      `${NOT_BEFORE}vous(?:\\s+\\p{L}+){1,3}\\s+(?:tous|toutes)\\s+(?:les\\s+)?(?:deux|trois|quatre|cinq)${NOT_AFTER}(?!\\s+(?:${TIME_NOUNS})${NOT_AFTER})`,
      "iuy",
    ),
    first: new Set(["vous"]),
  },
  { scope: "clause", pattern: new RegExp(`${NOT_BEFORE}vous\\s+les\\s+(?:${GROUP_NOUNS})${NOT_AFTER}`, "iuy"), first: new Set(["vous"]) },
  // "Vous les Parisiens, vous…": a plural noun in apposition, then a comma. Not an object "vous" ("je vous les
  // mets, d'accord ?", "nous vous les envoyons"), which follows its subject.
  {
    scope: "clause",
    pattern: new RegExp(`(?<!(?:je|nous|il|elle|on|ils|elles|tu|ne|[jn]${APOS})\\s*)${NOT_BEFORE}vous\\s+les\\s+\\p{L}+s\\s*,`, "iuy"),
    first: new Set(["vous"]),
  },
  // A plural vocative: "Mes amis, vous pouvez entrer", "Les gars, vous êtes prêts ?".
  {
    scope: "clause",
    pattern: new RegExp(`${NOT_BEFORE}(?:les|mes|chers|chères)\\s+(?:${GROUP_NOUNS})\\s*,\\s*vous${NOT_AFTER}`, "iuy"),
    first: new Set(["les", "mes", "chers", "chères"]),
  },
  // ... or after it: "Levez-vous, mes amis !", "Merci à vous mes enfants". An object "vous" never stands before "mes".
  { scope: "clause", pattern: new RegExp(`${NOT_BEFORE}vous\\s*,?\\s+mes\\s+\\p{L}+[sx]${NOT_AFTER}`, "iuy"), first: new Set(["vous"]) },
  // "Toi et ta sœur, vous venez ?", "Ton frère et toi, vous…": a subject of two, one of them "toi", takes "vous".
  {
    scope: "clause",
    pattern: new RegExp(`${NOT_BEFORE}(?:toi\\s+et(?:\\s+[\\p{L}'’]+){1,3}|et\\s+toi)\\s*,\\s*vous${NOT_AFTER}`, "iuy"),
    first: new Set(["toi", "et"]),
  },
  { scope: "clause", pattern: new RegExp(`${NOT_BEFORE}vous\\s+(?:vous\\s+)?${ETRE}${ADVERBS}${PLURAL_AGREEMENT}`, "iuy"), first: new Set(["vous"]) },
  {
    scope: "clause",
    pattern: new RegExp(`${NOT_BEFORE}(?:vous\\s+)?${ETRE}-vous${ADVERBS}${PLURAL_AGREEMENT}`, "iuy"),
    first: new Set(["vous", "êtes", "étiez", "serez", "seriez"]),
  },
  { scope: "elsewhere", cue: "vous-firm", pattern: new RegExp(`${NOT_BEFORE}chez\\s+vous${NOT_AFTER}(?!-même)`, "iuy"), first: new Set(["chez"]) },
  {
    scope: "elsewhere",
    cue: "vous-firm",
    pattern: new RegExp(`${NOT_BEFORE}(?:votre|vos)\\s+(?:${FIRM_NOUNS})${NOT_AFTER}`, "iuy"),
    first: new Set(["votre", "vos"]),
  },
  {
    scope: "elsewhere",
    cue: "vous-firm",
    pattern: new RegExp(`${NOT_BEFORE}vous\\s+(?:ne\\s+|n${APOS})?(?:${FIRM_VERBS})${NOT_AFTER}`, "iuy"),
    first: new Set(["vous"]),
  },
  {
    scope: "elsewhere",
    cue: "vous-generic",
    pattern: new RegExp(`${NOT_BEFORE}(?:ils|elles|on|ça|cela|il)\\s+(?:ne\\s+|n${APOS})?vous\\s+\\p{L}+${NOT_AFTER}`, "iuy"),
    first: new Set(["ils", "elles", "on", "ça", "cela", "il"]),
  },
];

/**
 * The matches of a sticky regex tried at each run whose key is in `first` (every match of
 * the rule starts on such a word): the [start, end) pairs a global scan would find.
 */
export function stickyMatches(text: string, runs: LetterRuns, pattern: RegExp, first: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  let consumed = 0;
  for (let i = 0; i < runs.key.length; i++) {
    const index = runs.starts[i] as number;
    if (index < consumed || !first.has(runs.key[i] as string)) continue;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (match === null) continue;
    consumed = index + match[0].length;
    out.push([index, consumed]);
  }
  return out;
}

/** Per first word, the rules of a list that may start there, in list order. */
function rulesByFirst(rules: readonly Rule[]): Map<string, number[]> {
  const byFirst = new Map<string, number[]>();
  rules.forEach(({ first }, rule) => {
    for (const word of first) byFirst.set(word, [...(byFirst.get(word) ?? []), rule]);
  });
  return byFirst;
}
const PLURAL_BY_FIRST = rulesByFirst(PLURAL_CUES);
const MARKS_BY_FIRST = rulesByFirst(MARK_RULES);

/**
 * Each rule of a list as stickyMatches reads it, in one pass over the runs (only those
 * `tryAt` flags, when given); `found(rule, start, end)` is called in text order (list order
 * at the same position).
 */
function eachMatch(
  text: string,
  runs: LetterRuns,
  rules: readonly Rule[],
  byFirst: Map<string, number[]>,
  found: (rule: number, start: number, end: number) => void,
  tryAt?: Uint8Array,
): void {
  const consumed = rules.map(() => 0);
  for (let i = 0; i < runs.key.length; i++) {
    if (tryAt !== undefined && tryAt[i] === 0) continue;
    const candidates = byFirst.get(runs.key[i] as string);
    if (candidates === undefined) continue;
    const index = runs.starts[i] as number;
    for (const rule of candidates) {
      if (index < (consumed[rule] as number)) continue;
      const pattern = (rules[rule] as Rule).pattern;
      pattern.lastIndex = index;
      const match = pattern.exec(text);
      if (match === null) continue;
      consumed[rule] = index + match[0].length;
      found(rule, index, index + match[0].length);
    }
  }
}

/** The spans that mark the "vous" of `text` as plural (cue "vous-plural"), sorted by position. */
export function pluralVousCues(text: string, runs: LetterRuns): Span[] {
  const plural: Span[] = [];
  eachMatch(text, runs, PLURAL_CUES, PLURAL_BY_FIRST, (_rule, start, end) => plural.push({ start, end, cue: "vous-plural" }));
  return plural;
}

/** The MARK_RULES spans of a text by scope, each sorted by position. */
export type VousMarks = Record<Scope, Span[]>;

/** Every mark holds one of these words, at most MARK_REACH runs after its first word ("aucun de vous"). */
const VOUS_WORDS = new Set(["vous", "votre", "vos"]);
const MARK_REACH = 2;
const TOI_REACH = 5;

/** The marks of a "vous" that is not the reader (MARK_RULES), by scope. */
export function vousMarks(text: string, runs: LetterRuns): VousMarks {
  const marks: VousMarks = { text: [], clause: [], elsewhere: [] };
  // Rules are tried only where a mark can start: on or just before a "vous".
  const tryAt = new Uint8Array(runs.key.length);
  for (let i = 0; i < runs.key.length; i++) {
    if (!VOUS_WORDS.has(runs.key[i] as string)) continue;
    tryAt.fill(1, Math.max(0, i - MARK_REACH), i + 1);
    // "Toi et ta grande sœur, vous": the pair may open further back.
    for (let k = Math.max(0, i - TOI_REACH); k < i - MARK_REACH; k++) if (runs.key[k] === "toi") tryAt[k] = 1;
  }
  eachMatch(text, runs, MARK_RULES, MARKS_BY_FIRST, (rule, start, end) => {
    const { scope, cue } = MARK_RULES[rule] as (typeof MARK_RULES)[number];
    marks[scope].push({ start, end, cue: cue ?? "vous-plural" });
  }, tryAt);
  return marks;
}
