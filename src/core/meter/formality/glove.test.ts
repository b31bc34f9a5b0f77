import { describe, expect, test } from "vitest";
import { tokenize } from "../../text/tokens";
import { GLOVE_EN } from "../generated/formality-glove-en";
import { gloveReading, parseGloveTable } from "./glove";

const TABLE = parseGloveTable([
  "2.0 1 pursuant remitted",
  "-1.5 0.5 gonna",
  "0.4 0.25 do n't",
  "1.0 1 shall",
]);

describe("GloVe word scores", () => {
  test("every word of a group takes the group's score and weight", () => {
    expect(TABLE.get("pursuant")).toEqual({ score: 2, weight: 1 });
    expect(TABLE.get("remitted")).toEqual({ score: 2, weight: 1 });
    expect(TABLE.get("gonna")).toEqual({ score: -1.5, weight: 0.5 });
    expect(TABLE.size).toBe(6);
  });

  test("a text reads the weighted mean of its known words, and their weighted sum over √(total weight)", () => {
    // pursuant 2×1, gonna −1.5×0.5; "it" and "Mary" are unknown.
    const reading = gloveReading(tokenize("Pursuant to it, Mary is gonna"), TABLE);
    expect(reading.mean).toBeCloseTo((2 - 0.75) / 1.5, 10);
    expect(reading.lean).toBeCloseTo((2 - 0.75) / Math.sqrt(1.5), 10);
  });

  test("a contraction reads through its pieces, case does not matter", () => {
    const reading = gloveReading(tokenize("DON'T"), TABLE);
    // "do" and "n't", each 0.4 at weight 0.25.
    expect(reading.mean).toBeCloseTo(0.4, 10);
    expect(reading.lean).toBeCloseTo(0.2 / Math.sqrt(0.5), 10);
  });

  test("a text with no known word reads 0, not NaN", () => {
    expect(gloveReading(tokenize("Zxqv blorp!"), TABLE)).toEqual({ mean: 0, lean: 0 });
    expect(gloveReading([], TABLE)).toEqual({ mean: 0, lean: 0 });
  });

  test("the same word read twice with two tables gives each table's score", () => {
    const other = parseGloveTable(["-3.0 1 pursuant"]);
    const tokens = tokenize("pursuant");
    expect(gloveReading(tokens, TABLE).mean).toBe(2);
    expect(gloveReading(tokens, other).mean).toBe(-3);
  });
});

describe("the shipped table", () => {
  const shipped = parseGloveTable(GLOVE_EN);

  test("holds about 30,000 words, none of the most frequent function words", () => {
    expect(shipped.size).toBeGreaterThan(29_000);
    expect(shipped.size).toBeLessThanOrEqual(30_000);
    expect(shipped.has("the")).toBe(false);
    expect([...shipped.values()].every(({ weight }) => weight > 0 && weight <= 1)).toBe(true);
  });

  // None of these words occurs in the PT16 training sentences ("gonna" and "wanna" only as the
  // treebank splits them, "gon na"): the vectors alone place them.
  test.each(["pursuant", "furthermore", "regarding", "accordance", "consequently"])(
    "%s reads formal",
    (word) => {
      expect(shipped.get(word)?.score).toBeGreaterThan(1);
    },
  );
  test.each(["gonna", "wanna", "okay"])("%s reads informal", (word) => {
    expect(shipped.get(word)?.score).toBeLessThan(-1);
  });

  test("a formal sentence leans formal and a casual one casual", () => {
    const formal = gloveReading(
      tokenize(
        "Consequently, the committee shall review your application in accordance with the regulations.",
      ),
      shipped,
    );
    const casual = gloveReading(
      tokenize("hey guys, gonna grab some stuff, wanna come? yeah it's awesome"),
      shipped,
    );
    expect(formal.lean).toBeGreaterThan(1);
    expect(casual.lean).toBeLessThan(-1);
  });
});
