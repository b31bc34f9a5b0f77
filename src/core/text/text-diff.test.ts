import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { lineDiff, sideOf, wordDiff } from "./text-diff";

describe("wordDiff", () => {
  it("marks the words that changed, accents and punctuation included", () => {
    const d = wordDiff("Je vous remercie pour votre message.", "Je te remercie pour ton message !");
    expect(d.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual([
      "vous",
      "votre",
      ".",
    ]);
    expect(d.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual([
      "te",
      "ton",
      "!",
    ]);
  });

  it("rebuilds both texts exactly, whitespace included", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), (a, b) => {
        const d = wordDiff(a, b);
        expect([sideOf(d, "before"), sideOf(d, "after")]).toEqual([a, b]);
      }),
      { seed: 2112, numRuns: 300 },
    );
  });

  it("has no change at all between equal texts", () => {
    expect(wordDiff("même texte", "même texte")).toEqual([{ kind: "same", text: "même texte" }]);
  });
});

describe("lineDiff", () => {
  it("keeps unchanged lines whole and marks the changed ones", () => {
    const d = lineDiff("## Tone\nWarm.\n## Register\n", "## Tone\nReserved.\n## Register\n");
    expect(d).toEqual([
      { kind: "same", text: "## Tone\n" },
      { kind: "removed", text: "Warm.\n" },
      { kind: "added", text: "Reserved.\n" },
      { kind: "same", text: "## Register\n" },
    ]);
  });

  it("rebuilds both prompts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "## c", ""), { maxLength: 12 }),
        fc.array(fc.constantFrom("a", "b", "## c", ""), { maxLength: 12 }),
        (x, y) => {
          const a = x.join("\n");
          const b = y.join("\n");
          const d = lineDiff(a, b);
          expect([sideOf(d, "before"), sideOf(d, "after")]).toEqual([a, b]);
        },
      ),
      { seed: 77, numRuns: 300 },
    );
  });
});
