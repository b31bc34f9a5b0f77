/**
 * The English tagger's generated lexicon (src/core/meter/generated/tag-lexicon-en.ts) is
 * wink-lexicon as the tagger reads it: the committed table is what `npm run gen:tag-lexicon`
 * writes today, and the tagger tags every word of wink-lexicon the same with it as with the
 * whole list, in the contexts its rules read.
 */
import { describe, expect, test, vi } from "vitest";
import lexicon from "wink-lexicon/src/lexicon.js";
import { tagLexiconLines, tagsRead } from "../../scripts/fit/tag-lexicon-en";
import { TAG_LEXICON_EN } from "../../src/core/meter/generated/tag-lexicon-en";

/** A tagger reading `lines`, in modules of its own (the lexicon is built once per module). */
async function taggerWith(lines: readonly string[]) {
  vi.resetModules();
  const source = await import("../../src/core/meter/formality/english-source");
  const { ENGLISH_DATA } = await import("../../src/core/meter/formality/english-data");
  source.provideEnglishData({ ...ENGLISH_DATA, tagLexicon: lines });
  const { tagText } = await import("../../src/core/meter/formality/tags-en");
  const { tokenize } = await import("../../src/core/text/tokens");
  return (text: string) => tagText(text, tokenize(text));
}

describe("the English tagger's lexicon", () => {
  test("is what npm run gen:tag-lexicon writes from wink-lexicon today", () => {
    expect(TAG_LEXICON_EN).toEqual(tagLexiconLines(lexicon));
  });

  test("holds every word of wink-lexicon once, with its most frequent tag first", () => {
    const seen = new Map<string, string>();
    for (const line of TAG_LEXICON_EN) {
      const [tags = "", words = ""] = line.split("|");
      for (const word of words.split(" ")) {
        expect(seen.has(word)).toBe(false);
        seen.set(word, tags.split(" ")[0] ?? "");
      }
    }
    expect(seen.size).toBe(Object.keys(lexicon).length);
    for (const [word, tags] of Object.entries(lexicon)) expect(seen.get(word)).toBe(tags[0]);
  });

  test("keeps the second tags a word really has, and drops the others", () => {
    expect(tagsRead(["VBD", "JJ", "VBN"])).toEqual(["VBD"]);
    expect(tagsRead(["JJ", "VBP", "NN", "RB"])).toEqual(["JJ", "NN", "VBP"]);
    expect(tagsRead(["NN", "NN", "VB"])).toEqual(["NN", "VB"]);
  });

  test("tags every word the same as the whole list does, after each word its rules look at", async () => {
    const contexts = ["", "to ", "will ", "the ", "my ", "good ", "he ", "they "];
    const text = Object.keys(lexicon)
      .flatMap((word) => contexts.map((before) => `${before}${word}.`))
      .join(" ");
    const whole = await taggerWith(
      Object.entries(lexicon).map(([word, tags]) => `${tags.join(" ")}|${word}`),
    );
    const expected = whole(text);
    const table = await taggerWith(TAG_LEXICON_EN);
    const actual = table(text);
    expect(actual.tags.length).toBe(expected.tags.length);
    expect(actual.tags.length).toBeGreaterThan(Object.keys(lexicon).length * contexts.length);
    expect(actual).toEqual(expected);
  });
});
