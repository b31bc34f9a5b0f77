import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { letterRuns } from "./letter-runs";
import { tokenize } from "./tokens";

/** The definition the runs stand for: every maximal \p{L}+ of the text. */
function byRegex(text: string): { starts: number[]; ends: number[]; lower: string[] } {
  const matches = [...text.matchAll(/\p{L}+/gu)];
  return {
    starts: matches.map((m) => m.index),
    ends: matches.map((m) => m.index + m[0].length),
    lower: matches.map((m) => m[0].toLowerCase()),
  };
}

function runsOf(text: string) {
  const { starts, ends, lower } = letterRuns(text, tokenize(text));
  return { starts, ends, lower };
}

describe("letter runs, read from the words", () => {
  test("split words at apostrophes, hyphens, digits and combining marks", () => {
    const text = "L'Homme a-t-il vu 3e\u0301te\u0301s ? 𝐓𝐮 t’es là";
    expect(runsOf(text)).toEqual(byRegex(text));
    expect(runsOf(text).lower).toEqual([
      "l",
      "homme",
      "a",
      "t",
      "il",
      "vu",
      "e",
      "te",
      "s",
      "𝐓𝐮".toLowerCase(),
      "t",
      "es",
      "là",
    ]);
  });

  test("a lone surrogate parts two runs and swallows no letter", () => {
    const text = "\ud800tu \udc00vous a\ud800b";
    expect(runsOf(text)).toEqual(byRegex(text));
    expect(runsOf(text).lower).toContain("tu");
  });

  test("the long s keeps its lower case, and its key reads it as s", () => {
    const text = "ſi tu veux";
    const runs = letterRuns(text, tokenize(text));
    expect(runs.lower[0]).toBe("ſi");
    expect(runs.key[0]).toBe("si");
  });

  test("match \\p{L}+ on any mix of letters, marks, digits, joiners, emoji and surrogates", () => {
    const pieces = [
      "a",
      "É",
      "ß",
      "ſ",
      "İ",
      "\u0301",
      "3",
      "'",
      "’",
      "-",
      " ",
      ".",
      "!",
      "\n",
      "𝐓",
      "😀",
      "👍🏽",
      "\ud800",
      "\udc00",
      "ـ",
      "中",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        expect(runsOf(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
