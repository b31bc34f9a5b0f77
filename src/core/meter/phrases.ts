/**
 * Phrase matching on tokens: a phrase is a sequence of folded words, a final "*" makes the
 * last word a prefix ("apologi*" matches "apologise", "apologies"). Indexed by first word,
 * so matching costs one map lookup per token.
 */
import type { Token } from "../text/tokens";
import { WordMemo } from "./word-memo";
import type { Span } from "./types";

export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
  /** Single-word prefixes ("apologi" for "apologi*"), by their first character. */
  prefixes: Map<string, string[]>;
}

/** Compiles a phrase list (space-separated folded words). */
export function phraseIndex(phrases: readonly string[]): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  const prefixes = new Map<string, string[]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const only = words[0] as string;
    if (words.length === 1 && only.endsWith("*"))
      prefixes.set(only.charAt(0), [...(prefixes.get(only.charAt(0)) ?? []), only.slice(0, -1)]);
    else byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), words]);
  }
  return { byFirst, prefixes };
}

/** `word` is `pattern`, or starts with it less its final "*" (compared in place: a slice per test was a new string each time). */
function wordMatches(pattern: string, word: string): boolean {
  const last = pattern.length - 1;
  if (pattern.charCodeAt(last) !== 0x2a) return word === pattern;
  if (word.length < last) return false;
  for (let k = 0; k < last; k++) if (word.charCodeAt(k) !== pattern.charCodeAt(k)) return false;
  return true;
}

/**
 * The phrase that starts at token `i`, as a number of tokens (0 when none): the longest of
 * `phrases` (the index's phrases that may start with the token's word), else 1 when the
 * word starts with one of the index's single-word prefixes (`prefixed`).
 */
function matchAt(
  tokens: readonly Token[],
  i: number,
  phrases: readonly string[][] | undefined,
  prefixed: boolean,
): number {
  const token = tokens[i] as Token;
  let matched = 0;
  if (phrases === undefined) return prefixed ? 1 : 0;
  for (const words of phrases) {
    if (words.length <= matched) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const next = tokens[i + k];
      ok =
        next !== undefined &&
        next.sentence === token.sentence &&
        wordMatches(words[k] as string, next.folded);
    }
    if (ok) matched = words.length;
  }
  return matched === 0 && prefixed ? 1 : matched;
}

/** The group of one index, made once: a group's word memo is too big to build per call. */
const SINGLE_GROUPS = new WeakMap<PhraseIndex, PhraseGroup>();

/** Spans of every phrase occurrence in `tokens`, each tagged `cue`; no overlaps. */
export function matchPhrases(tokens: readonly Token[], index: PhraseIndex, cue: string): Span[] {
  let group = SINGLE_GROUPS.get(index);
  if (group === undefined) {
    group = phraseGroup([index]);
    SINGLE_GROUPS.set(index, group);
  }
  return matchPhraseGroup(tokens, group, [cue])[0] as Span[];
}

/**
 * Several phrase indexes read together: per word, the bit mask of the indexes that have a
 * phrase starting with it (or with its part after an apostrophe) or a prefix it starts with,
 * so a token no index knows costs one lookup for the whole group instead of one per index,
 * and the phrases each index may start there. Both are worked out as words come and kept
 * in a word memo (the same words recur in every reply).
 */
export interface PhraseGroup {
  indexes: readonly PhraseIndex[];
  words: WordMemo<WordPhrases>;
}

/** What the indexes of a group say of a word, kept per word. */
interface WordPhrases {
  /** Bit k: index k has a phrase starting with the word or a prefix it starts with. */
  mask: number;
  /** Per index, its phrases that start with the word (or, for "d'agréer", with its part after the apostrophe). */
  phrases: (readonly string[][] | undefined)[];
  /** Bit k: the word starts with one of index k's single-word prefixes. */
  prefixed: number;
}

/** Compiles a group of up to 31 indexes. */
export function phraseGroup(indexes: readonly PhraseIndex[]): PhraseGroup {
  return { indexes, words: new WordMemo((folded) => wordPhrases(indexes, folded)) };
}

function wordPhrases(indexes: readonly PhraseIndex[], folded: string): WordPhrases {
  const read: WordPhrases = { mask: 0, phrases: [], prefixed: 0 };
  // "d'agréer" also starts a phrase at "agreer": French elision glues a word to the next.
  const apostrophe = folded.indexOf("'");
  const after = apostrophe > 0 ? folded.slice(apostrophe + 1) : undefined;
  indexes.forEach((index, k) => {
    const phrases =
      index.byFirst.get(folded) ?? (after !== undefined ? index.byFirst.get(after) : undefined);
    const prefixed = (index.prefixes.get(folded.charAt(0)) ?? []).some((p) => folded.startsWith(p));
    read.phrases.push(phrases);
    if (prefixed) read.prefixed |= 1 << k;
    if (phrases !== undefined || prefixed) read.mask |= 1 << k;
  });
  return read;
}

/** matchPhrases for each index of `group` (cue `cues[k]`), in one pass over the tokens. */
export function matchPhraseGroup(
  tokens: readonly Token[],
  group: PhraseGroup,
  cues: readonly string[],
): Span[][] {
  const out: Span[][] = group.indexes.map(() => []);
  const resume = group.indexes.map(() => 0); // per index, the first token after its last match
  for (let i = 0; i < tokens.length; i++) {
    const word = group.words.get(tokens[i] as Token);
    let mask = word.mask;
    for (let k = 0; mask !== 0; k++, mask >>>= 1) {
      if ((mask & 1) === 0 || i < (resume[k] as number)) continue;
      const matched = matchAt(tokens, i, word.phrases[k], (word.prefixed & (1 << k)) !== 0);
      if (matched === 0) continue;
      (out[k] as Span[]).push({
        start: (tokens[i] as Token).start,
        end: (tokens[i + matched - 1] as Token).end,
        cue: cues[k] as string,
      });
      resume[k] = i + matched;
    }
  }
  return out;
}
