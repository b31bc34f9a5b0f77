import { describe, expect, test } from "vitest";
import { wordRuns } from "../text/letter-runs";
import type { Token } from "../text/tokens";
import { WordMemo } from "./word-memo";

function token(folded: string, spelling: number): Token {
  return {
    start: 0,
    end: folded.length,
    folded,
    capital: false,
    allCaps: false,
    sentence: 0,
    first: true,
    spelling,
    runs: wordRuns(folded),
  };
}

describe("word memo", () => {
  test("reads a word once while its slot holds it", () => {
    const reads: string[] = [];
    const memo = new WordMemo((folded) => {
      reads.push(folded);
      return folded.length;
    });
    expect([
      memo.get(token("vous", 7)),
      memo.get(token("vous", 7)),
      memo.get(token("tu", 8)),
    ]).toEqual([4, 4, 2]);
    expect(reads).toEqual(["vous", "tu"]);
  });

  test("an id whose slot holds another word reads its own word", () => {
    const memo = new WordMemo((folded) => folded.toUpperCase());
    expect(memo.get(token("vous", 3))).toBe("VOUS");
    // Same slot (ids 4096 apart), or a stale id from tokens kept across many texts.
    expect(memo.get(token("tu", 3 + 4096))).toBe("TU");
    expect(memo.get(token("toi", 3))).toBe("TOI");
  });
});
