import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { tokenize } from "../../text/tokens";
import { parseTable } from "./measure-formality";
import { TRIGRAMS_EN } from "../generated/formality-trigrams-en";
import { readKeys, type LexicalTable } from "./lexical";
import { readTagsInto, TAG_NAMES, tagShares, tagText, tagTrigrams } from "./tags-en";
import { ENGLISH_DATA } from "./english-data";
import { provideEnglishData } from "./english-source";

provideEnglishData(ENGLISH_DATA);

const tags = (text: string) => tagText(text, tokenize(text)).tags.join(" ");

/** What the meter reads (readTagsInto), as named values. */
function readTags(text: string, tokens: ReturnType<typeof tokenize>, table: LexicalTable) {
  const out: number[] = [];
  readTagsInto(text, tokens, table, out, 0);
  const n = TAG_NAMES.length;
  return {
    shares: out.slice(0, n),
    unknownShare: out[n],
    trigrams: { mean: out[n + 1], lean: out[n + 2] },
  };
}

describe("English part-of-speech tags", () => {
  test("the lexicon's most frequent tag, with clitics split and punctuation kept", () => {
    expect(tags("I don't know.")).toBe("PRP VBP RB VB .");
    expect(tags("She reads the letters, slowly!")).toBe("PRP VBZ DT NNS , RB !");
  });

  test("the word before decides between a word's tags", () => {
    // "run" is first a verb in the lexicon: after "the" it is the noun.
    expect(tags("the run")).toBe("DT NN");
    // "to" and a modal call for the base form.
    expect(tags("I want to book it")).toMatch(/^PRP VBP TO VB PRP$/);
    expect(tags("we will book it")).toMatch(/^PRP MD VB PRP$/);
  });

  test("words the lexicon lacks: names when capitalised mid-sentence, a suffix guess otherwise", () => {
    expect(tags("We met Zorblax.")).toBe("PRP VBD NNP .");
    expect(tags("it was zorblaxing")).toBe("PRP VBD VBG");
    expect(tags("Zorblaxed here")).toMatch(/^VBD /);
    expect(tags("room 42")).toBe("NN CD");
  });

  test("the unknown-word share counts lower-case pieces only (misspellings, slang)", () => {
    expect(tagText("teh cat", tokenize("teh cat")).unknownShare).toBeCloseTo(1 / 2);
    expect(tagText("Zorblax is here", tokenize("Zorblax is here")).unknownShare).toBe(0);
    expect(tagText("", []).unknownShare).toBe(0);
  });

  test("shares and trigrams", () => {
    const { tags: sequence } = tagText("The cat sat.", tokenize("The cat sat."));
    const shares = tagShares(sequence);
    expect(shares).toHaveLength(TAG_NAMES.length);
    expect(shares[TAG_NAMES.indexOf("DT")]).toBeCloseTo(1 / 3);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(tagTrigrams(sequence)).toEqual(["^_^_DT", "^_DT_NN", "DT_NN_VBD", "NN_VBD_."]);
  });

  test("readTagsInto gives what tagShares, tagTrigrams and readKeys give, to the bit", () => {
    const table = parseTable(TRIGRAMS_EN);
    const words = fc.constantFrom(
      "the",
      "The",
      "run",
      "to",
      "book",
      "I",
      "don't",
      "Zorblax",
      "teh",
      "42",
      "it's",
      "quickly",
      "will",
      "letters",
    );
    const glue = fc.constantFrom(" ", ", ", "! ", "? ", "… ", " (", ") ", ": ", " - ", ". ");
    fc.assert(
      fc.property(fc.array(fc.tuple(words, glue), { maxLength: 40 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join("");
        const tokens = tokenize(text);
        const slow = tagText(text, tokens);
        const fast = readTags(text, tokens, table);
        expect(fast.shares).toEqual(tagShares(slow.tags));
        expect(fast.unknownShare).toBe(slow.unknownShare);
        expect(fast.trigrams).toEqual(readKeys(tagTrigrams(slow.tags), table));
      }),
      { numRuns: 300 },
    );
  });
});

describe("long texts", () => {
  test("a reply of thousands of words grows the tag buffer and reads the same as the slow path", () => {
    const text = Array.from({ length: 600 }, (_, i) =>
      i % 3 === 0
        ? "I don't know, really."
        : i % 3 === 1
          ? "The run was great!"
          : "Zorblax sent 42 letters?",
    ).join(" ");
    const tokens = tokenize(text);
    const table = parseTable(TRIGRAMS_EN);
    const slow = tagText(text, tokens);
    expect(slow.tags.length).toBeGreaterThan(3000);
    const fast = readTags(text, tokens, table);
    expect(fast.shares).toEqual(tagShares(slow.tags));
    expect(fast.trigrams).toEqual(readKeys(tagTrigrams(slow.tags), table));
    // The buffer is shared: a short text read next is not polluted by the long one.
    expect(tagText("Thanks.", tokenize("Thanks.")).tags).toEqual(["NNS", "."]);
  });
});
