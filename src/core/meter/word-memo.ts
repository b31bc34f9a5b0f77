/**
 * What a reader of the meter works out of a word (its pieces, classes, cues, syllables…),
 * kept per word. The same few hundred words recur in every reply, and a Map lookup by
 * string per word and per reader had grown to about a sixth of the meter's time: a memo
 * reads an array slot instead, indexed by the id tokenize() gives each spelling
 * (Token.spelling), and checks the slot's folded word so that ids never mislead it.
 */
import type { Token } from "../text/tokens";

/** Slots per memo (a power of two): ids of recent spellings do not share a slot until this many more come. */
const SLOTS = 4096;
const MASK = SLOTS - 1;

/** A memo of `read(folded)` per word, for one reader with its lists and language. */
export class WordMemo<T> {
  private readonly words: (string | undefined)[] = Array.from({ length: SLOTS });
  private readonly values: (T | undefined)[] = Array.from({ length: SLOTS });

  constructor(private readonly read: (folded: string) => T) {}

  /** `read(token.folded)`, computed once per word while its slot holds it. */
  get(token: Token): T {
    const slot = token.spelling & MASK;
    if (this.words[slot] === token.folded) return this.values[slot] as T;
    const value = this.read(token.folded);
    this.words[slot] = token.folded;
    this.values[slot] = value;
    return value;
  }
}

/** One memo per key object (word lists, lexicon tables) and language, made on first use. */
export function memoFor<K extends object, L extends string, T>(
  memos: WeakMap<K, Partial<Record<L, WordMemo<T>>>>,
  key: K,
  language: L,
  read: (folded: string) => T,
): WordMemo<T> {
  let byLanguage = memos.get(key);
  if (byLanguage === undefined) {
    byLanguage = {};
    memos.set(key, byLanguage);
  }
  let memo = byLanguage[language];
  if (memo === undefined) {
    memo = new WordMemo(read);
    byLanguage[language] = memo;
  }
  return memo;
}
