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

/** Spans of every phrase occurrence in `tokens`, each tagged `cue`; no overlaps. */
export function matchPhrases(tokens: readonly Token[], index: PhraseIndex, cue: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let matched = 0;
    // "d'agréer" also starts a phrase at "agreer": French elision glues a word to the next.
    const apostrophe = token.folded.indexOf("'");
    const candidates = index.byFirst.get(token.folded) ?? (apostrophe > 0 ? index.byFirst.get(token.folded.slice(apostrophe + 1)) : undefined);
    if (candidates === undefined && !index.prefixes.has(token.folded.charAt(0))) continue;
    for (const words of candidates ?? []) {
      if (words.length <= matched) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const next = tokens[i + k];
        ok = next !== undefined && next.sentence === token.sentence && wordMatches(words[k] as string, next.folded);
      }
      if (ok) matched = words.length;
    }
    if (matched === 0 && index.prefixes.get(token.folded.charAt(0))?.some((p) => token.folded.startsWith(p)) === true) matched = 1;
    if (matched > 0) {
      spans.push({ start: token.start, end: (tokens[i + matched - 1] as Token).end, cue });
      i += matched - 1;
    }
  }
  return spans;
}
