import { describe, expect, test } from "vitest";
import { checkLabel, readingName, readingText } from "./report-readings";

describe("a check in a person's words", () => {
  test("names the slider and the band, in both languages", () => {
    expect(checkLabel("derived:register", "fr")).toBe("Registre");
    expect(checkLabel("derived:institutional", "en")).toBe("Institutional language");
    expect(readingText("derived:institutional", "4", "fr")).toBe("4 · Officiel");
    expect(checkLabel("hands-over", "fr")).toBe("Oriente vers une personne");
    expect(checkLabel("something-new", "en")).toBe("something-new");
  });

  test("says the address form and the avoided words found, in French too", () => {
    expect(readingText("derived:address", "informal", "fr")).toBe("tutoiement");
    expect(readingText("derived:lexicon", "no avoided words", "fr")).toBe("aucun mot à éviter");
    expect(readingText("derived:lexicon", "avoided: problème", "fr")).toBe(
      "à éviter\u00a0: problème",
    );
    expect(readingText("derived:lexicon", "avoided: problem", "en")).toBe("avoided: problem");
  });

  test("names a band without its digit where the studio shows it, and words the rest alike", () => {
    expect(readingName("derived:warmth", "1", "en")).toBe("Reserved");
    expect(readingName("derived:register", "4", "fr")).toBe("Figé");
    expect(readingName("derived:address", "formal", "fr")).toBe("vouvoiement");
    expect(readingName("derived:lexicon", "no avoided words", "fr")).toBe("aucun mot à éviter");
    expect(readingName("derived:warmth", "7", "en")).toBe("7");
  });
});
