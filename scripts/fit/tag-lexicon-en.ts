/**
 * The English tagger's lexicon as the meter reads it (src/core/meter/generated/tag-lexicon-en.ts),
 * made from wink-lexicon: each word keeps its most frequent tag and, of the others, only those the
 * tagger's rules can choose (SECOND_TAGS in formality/tags-en.ts), and words with the same tags
 * share one line. The tagger reads every word as before, in about five sixths of the bytes.
 */
import { SECOND_TAGS } from "../../src/core/meter/formality/tags-en";

/** The tags of a word that the tagger can ever pick: the first, then SECOND_TAGS in its order. */
export function tagsRead(tags: readonly string[]): string[] {
  const [first, ...rest] = tags;
  if (first === undefined) return [];
  return [first, ...SECOND_TAGS.filter((tag) => tag !== first && rest.includes(tag))];
}

/** "TAG TAG|word word …" lines: the largest group first, words in code-point order. */
export function tagLexiconLines(lexicon: Readonly<Record<string, readonly string[]>>): string[] {
  const groups = new Map<string, string[]>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const key = tagsRead(tags).join(" ");
    const words = groups.get(key);
    if (words) words.push(word);
    else groups.set(key, [word]);
  }
  return [...groups]
    .toSorted(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, words]) => `${key}|${words.toSorted().join(" ")}`);
}
