/**
 * Cards built to break the readers (issue 17, item 7): each one is answered with a problem or
 * read, never with an exception. The seeded fuzz suite (fuzz.property.test.ts) generates many
 * more of the same kinds.
 */
import { describe, expect, it } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { expectCard, IEND, ihdr, pngOf, textChunk } from "./card-test-kit";
import { cardV3 } from "./from-persona";
import { toBase64 } from "./png";
import { readCardBytes, readCardText } from "./read";
import { MAX_CARD_NESTING, type CardReadOutcome } from "./types";

const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
/** A V2 card whose data.extensions.x nests `levels` lists: the card as a whole nests levels + 3. */
const deepCard = (levels: number) =>
  `{"spec":"chara_card_v2","spec_version":"2.0","data":{"name":"Deep","extensions":{"x":${nested(levels)}}}}`;

function problemOf(outcome: CardReadOutcome) {
  if (outcome.ok) throw new Error(`expected a problem, got the card ${outcome.card.persona.name}`);
  return outcome.problem;
}

describe("deeply nested cards", () => {
  const tooDeep = {
    code: "too-deep",
    message: `This character card nests its data more than ${MAX_CARD_NESTING} levels deep; real cards nest about ten`,
  };

  it.each([2_100, 3_300, 100_000])(
    "refuses %i levels of nesting in a card's extensions, as JSON and in a PNG",
    (levels) => {
      expect(problemOf(readCardText(deepCard(levels)))).toEqual(tooDeep);
      const png = pngOf([ihdr(1, 1), textChunk("chara", toBase64(deepCard(levels))), IEND]);
      expect(problemOf(readCardBytes(png))).toEqual(tooDeep);
    },
  );

  it(`reads ${MAX_CARD_NESTING} levels and refuses one more`, () => {
    expect(expectCard(readCardText(deepCard(MAX_CARD_NESTING - 3))).persona.name).toBe("Deep");
    expect(problemOf(readCardText(deepCard(MAX_CARD_NESTING - 2))).code).toBe("too-deep");
  });

  it("refuses a studio card whose stored persona nests thousands of levels", () => {
    const card = cardV3(makePersona());
    const text = JSON.stringify(card).replace(
      '"extensions":{}',
      `"extensions":{"x":${nested(5_000)}}`,
    );
    expect(text).toContain(nested(5_000));
    expect(problemOf(readCardText(text)).code).toBe("too-deep");
  });
});

describe("huge names", () => {
  it("reads a card with a 100,000-character name and an unlabelled example line", () => {
    const name = "N".repeat(100_000);
    const mesExample = `<START>\nA line with no speaker\n{{user}}: Hi\n${name}: Hello there.`;
    const card = expectCard(
      readCardText(
        JSON.stringify({
          spec: "chara_card_v2",
          spec_version: "2.0",
          data: { name, mes_example: mesExample },
        }),
      ),
    );
    expect(card.persona.name).toHaveLength(120);
    expect(card.persona.examples).toEqual([{ user: "Hi", assistant: "Hello there." }]);
  });
});

describe("the readers' last guard", () => {
  it("turns an exception from anywhere into a problem", () => {
    const exploding = new Proxy(new Uint8Array(8), {
      get() {
        throw new Error("boom");
      },
    });
    expect(problemOf(readCardBytes(exploding))).toEqual({
      code: "unreadable",
      message: "This character card could not be read: boom",
    });
  });
});
