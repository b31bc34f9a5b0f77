import { describe, expect, test } from "vitest";
import { SpellingTable, type Spelled } from "./spellings";
import { tokenize } from "./tokens";

/** A table that records the spellings it reads. */
function table() {
  const reads: string[] = [];
  const spellings = new SpellingTable((raw, hash, spelling): Spelled => {
    reads.push(raw);
    return { raw, hash, spelling };
  });
  return { spellings, reads };
}

describe("spelling table", () => {
  test("a spelling is read once, wherever it stands", () => {
    const { spellings, reads } = table();
    const first = spellings.at("the cat", 0, 3);
    expect(spellings.at("on the mat", 3, 6)).toBe(first);
    expect(spellings.at("The cat", 0, 3)).not.toBe(first);
    expect(reads).toEqual(["the", "The"]);
  });

  test("a longer or shorter word that starts alike is another spelling", () => {
    const { spellings } = table();
    const ids = ["them", "the", "th", "then"].map(
      (word) => spellings.at(`${word} `, 0, word.length).spelling,
    );
    expect(new Set(ids).size).toBe(4);
  });

  test("ids are never reused, even after the table empties itself", () => {
    const { spellings } = table();
    const seen = new Set<number>();
    for (let i = 0; i < 40_000; i++) seen.add(spellings.at(`w${i}`, 0, `w${i}`.length).spelling);
    expect(seen.size).toBe(40_000);
  });

  test("tokens spelt alike share an id, tokens spelt otherwise do not", () => {
    const [a, b, c] = tokenize("Vous vous VOUS");
    expect(a?.spelling).not.toBe(b?.spelling);
    expect(tokenize("et vous")[1]?.spelling).toBe(b?.spelling);
    expect(new Set([a?.folded, b?.folded, c?.folded])).toEqual(new Set(["vous"]));
  });
});
