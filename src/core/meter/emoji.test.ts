import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { findEmoji } from "./emoji";

describe("emoji search", () => {
  // The whole-text scan findEmoji replaced: every run of symbols that may hold an emoji, cut into graphemes.
  const RUN = /[^\s\p{L}\p{N}.,;:!?'"()«»]+/gu;
  const MAYBE = /[\u203c\u2049\u2139\u2190-\u2bff\u3030\u303d\u3297\u3299\ud800-\udbff]|\u20e3/;
  const PICTOGRAPH =
    /(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}]|\u20e3/u;
  const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
  const wholeTextScan = (text: string) =>
    [...text.matchAll(RUN)]
      .filter((m) => MAYBE.test(m[0]))
      .flatMap((m) =>
        [...graphemes.segment(m[0])]
          .filter((g) => PICTOGRAPH.test(g.segment))
          .map((g) => ({
            start: m.index + g.index,
            end: m.index + g.index + g.segment.length,
            cue: "emoji",
          })),
      );

  test("finds the emoji a scan of the whole text finds", () => {
    const pieces = [
      "a",
      "é",
      "7",
      " ",
      "\n",
      ".",
      "«",
      "-",
      "*",
      "①",
      "→",
      "Ⓐ",
      "✔️",
      "😂",
      "👍🏽",
      "👩‍💻",
      "🇫🇷",
      "1️⃣",
      "𝐀",
      "\u0301",
      "\ud83d",
      "\ude02",
      "\u2060",
      "©",
      "™",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        expect(findEmoji(text)).toEqual(wholeTextScan(text));
      }),
    );
  });
});
