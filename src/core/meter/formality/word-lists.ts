/**
 * The word lists the meter reads with, per language. Closed classes (articles,
 * prepositions, pronouns, conjunctions, interjections) are the backbone of Heylighen &
 * Dewaele's F-score, which needs a part-of-speech tagger we do not have: closed classes
 * are short enough to list, open classes are guessed from suffixes (pos.ts). The other
 * lists are the surface cues of Pavlick & Tetreault (2016) and the cues of the tone
 * readings. All entries are folded (lower case, no accents, straight apostrophe).
 */
/** Word lists of one language; phrases (several words) are matched on folded text. */
export interface WordLists {
  articles: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  interjections: ReadonlySet<string>;
  /** Auxiliaries, modals and the commonest verbs, which suffixes would miss. */
  verbs: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  /** Common nouns and adjectives too short for a suffix to tell. */
  nouns: ReadonlySet<string>;
  adjectives: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  /** Slang, chat abbreviations ("lol", "mdr") and casual words ("yeah", "ouais"). */
  informal: ReadonlySet<string>;
  /** Written-out reduced forms: "gonna", "dont" without apostrophe, "t'as", "chuis". */
  reduced: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  /** Connectives of written, formal prose: "however", "néanmoins". */
  formalConnectives: ReadonlySet<string>;
  /** Courtesy words: "please", "kindly", "veuillez". */
  courtesy: ReadonlySet<string>;
  /** Sentence-initial conjunctions read as speech: "and", "but", "so" / "et", "mais", "bon". */
  spokenOpeners: ReadonlySet<string>;
  /** Noun-forming suffixes (nominalisations), a formal cue of their own. */
  nominalSuffixes: readonly string[];
  adjectiveSuffixes: readonly string[];
  adverbSuffixes: readonly string[];
  verbSuffixes: readonly string[];
}

/** A set from a space-separated list (keeps the lists readable and short). */
export function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ""));
}

/** The suffix of `word` from `suffixes`, for words long enough that it is not the whole stem. */
export function endsWithAny(word: string, suffixes: readonly string[]): boolean {
  for (const suffix of suffixes)
    if (word.length >= suffix.length + 3 && word.endsWith(suffix)) return true;
  return false;
}
