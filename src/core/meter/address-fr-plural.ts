/**
 * The French rules kept as regexes, tried only where their first word stands: the marks of
 * a plural "vous", and the sticky matching that reads any such rule on letter runs.
 */
import type { LetterRuns } from "./letter-runs";
import type { Span } from "./types";

const L = "\\p{L}\\p{N}";
const NOT_BEFORE = `(?<![${L}])`;
const NOT_AFTER = `(?![${L}])`;
const APOS = "['\u2019]";

/**
 * Cues that the "vous" of the text speaks to several people: then it says nothing about
 * formality. Each rule is tried only where one of its first words stands (`first`).
 */
const PLURAL_CUES: readonly { pattern: RegExp; first: ReadonlySet<string> }[] = [
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

/** The spans that mark the "vous" of `text` as plural (cue "vous-plural"), sorted by position. */
export function pluralVousCues(text: string, runs: LetterRuns): Span[] {
  const plural: Span[] = [];
  for (const { pattern, first } of PLURAL_CUES) {
    for (const [start, end] of stickyMatches(text, runs, pattern, first)) plural.push({ start, end, cue: "vous-plural" });
  }
  return plural;
}
