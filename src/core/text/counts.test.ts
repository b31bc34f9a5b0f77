import { describe, expect, test } from "vitest";
import { countEmoji, countSentences } from "./counts";

describe("countSentences", () => {
  test.each([
    ["", 0],
    ["Bonjour.", 1],
    ["Salut ! Ça va ?", 2],
    ["Bonne journée. 😊", 1],
    ["Salut ! 👋 Je suis Sacha.", 2],
    ["Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", 1],
    ["Référence : n° 1234-5678. Merci", 2],
    ["Version 2.5 disponible", 1],
    ["« Bonjour. » Puis la suite.", 2],
  ])("%j has %i sentences", (text, count) => {
    expect(countSentences(text)).toBe(count);
  });
});

test("countEmoji counts pictographs", () => {
  expect(countEmoji("Salut 👋 ça va ✨ 😊")).toBe(3);
  expect(countEmoji("Merci.")).toBe(0);
});
