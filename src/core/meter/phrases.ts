/**
 * Phrase matching on tokens: a phrase is a sequence of folded words, a final "*" makes the
 * last word a prefix ("apologi*" matches "apologise", "apologies"). Indexed by first word,
 * so matching costs one map lookup per token.
 */
import type { Token } from "./tokens";
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
    if (words.length === 1 && only.endsWith("*")) prefixes.set(only.charAt(0), [...(prefixes.get(only.charAt(0)) ?? []), only.slice(0, -1)]);
    else byFirst.set(words[0] as string, [...(byFirst.get(words[0] as string) ?? []), words]);
  }
  return { byFirst, prefixes };
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * The phrase of `index` that starts at token `i`, as a number of tokens (0 when none):
 * the longest listed phrase, else a single-word prefix.
 */
function matchAt(tokens: readonly Token[], i: number, index: PhraseIndex): number {
  const token = tokens[i] as Token;
  let matched = 0;
  // "d'agréer" also starts a phrase at "agreer": French elision glues a word to the next.
  const apostrophe = token.folded.indexOf("'");
  const candidates = index.byFirst.get(token.folded) ?? (apostrophe > 0 ? index.byFirst.get(token.folded.slice(apostrophe + 1)) : undefined);
  if (candidates === undefined && !index.prefixes.has(token.folded.charAt(0))) return 0;
  for (const words of candidates ?? []) {
    if (words.length <= matched) continue;
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) {
      const next = tokens[i + k];
      ok = next !== undefined && next.sentence === token.sentence && wordMatches(words[k] as string, next.folded);
    }
    if (ok) matched = words.length;
  }
  if (matched === 0) {
    const prefixes = index.prefixes.get(token.folded.charAt(0));
    if (prefixes !== undefined) for (const p of prefixes) if (token.folded.startsWith(p)) return 1;
  }
  return matched;
}

/** Spans of every phrase occurrence in `tokens`, each tagged `cue`; no overlaps. */
export function matchPhrases(tokens: readonly Token[], index: PhraseIndex, cue: string): Span[] {
  return matchPhraseGroup(tokens, phraseGroup([index]), [cue])[0] as Span[];
}

/**
 * Several phrase indexes read together: per word, the bit mask of the indexes that have a
 * phrase starting with it (or with its part after an apostrophe) or a prefix it starts with,
 * so a token no index knows costs one lookup for the whole group instead of one per index.
 * The masks are computed as words come and kept (the same words recur in every reply).
 */
export interface PhraseGroup {
  indexes: readonly PhraseIndex[];
  masks: Map<string, number>;
}

const MASK_CACHE_SIZE = 20_000;

/** Compiles a group of up to 31 indexes. */
export function phraseGroup(indexes: readonly PhraseIndex[]): PhraseGroup {
  return { indexes, masks: new Map() };
}

/** Bit k is set when index k may have a phrase starting at a token folded as `folded`. */
function maskOf(group: PhraseGroup, folded: string): number {
  let mask = group.masks.get(folded);
  if (mask === undefined) {
    mask = 0;
    const apostrophe = folded.indexOf("'");
    const after = apostrophe > 0 ? folded.slice(apostrophe + 1) : undefined;
    group.indexes.forEach((index, k) => {
      const starts = index.byFirst.has(folded) || (after !== undefined && index.byFirst.has(after));
      const prefixed = (index.prefixes.get(folded.charAt(0)) ?? []).some((p) => folded.startsWith(p));
      if (starts || prefixed) mask = (mask as number) | (1 << k);
    });
    if (group.masks.size >= MASK_CACHE_SIZE) group.masks.clear();
    group.masks.set(folded, mask);
  }
  return mask;
}

/** matchPhrases for each index of `group` (cue `cues[k]`), in one pass over the tokens. */
export function matchPhraseGroup(tokens: readonly Token[], group: PhraseGroup, cues: readonly string[]): Span[][] {
  const out: Span[][] = group.indexes.map(() => []);
  const resume = group.indexes.map(() => 0); // per index, the first token after its last match
  for (let i = 0; i < tokens.length; i++) {
    let mask = maskOf(group, (tokens[i] as Token).folded);
    for (let k = 0; mask !== 0; k++, mask >>>= 1) {
      if ((mask & 1) === 0 || i < (resume[k] as number)) continue;
      const matched = matchAt(tokens, i, group.indexes[k] as PhraseIndex);
      if (matched === 0) continue;
      (out[k] as Span[]).push({ start: (tokens[i] as Token).start, end: (tokens[i + matched - 1] as Token).end, cue: cues[k] as string });
      resume[k] = i + matched;
    }
  }
  return out;
}
