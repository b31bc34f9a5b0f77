import { describe, expect, it, test } from "vitest";
import { frenchAddressSlip, hasEmoji } from "./checks";

describe("frenchAddressSlip", () => {
  test.each(["tu", "te", "toi", "ton", "ta", "tes", "tien", "tienne", "tiennes"])(
    "finds « %s » when formal",
    (pronoun) => {
      expect(frenchAddressSlip(`Alors, ${pronoun.toUpperCase()} et la suite.`, "formal")).toBe(
        pronoun,
      );
      expect(frenchAddressSlip(`Alors, ${pronoun} et la suite.`, "informal")).toBeUndefined();
    },
  );

  test.each(["vous", "votre", "vos", "vôtre", "vôtres"])(
    "finds « %s » when informal",
    (pronoun) => {
      expect(frenchAddressSlip(`Alors, ${pronoun} et la suite.`, "informal")).toBe(pronoun);
      expect(frenchAddressSlip(`Alors, ${pronoun} et la suite.`, "formal")).toBeUndefined();
    },
  );

  it("finds tutoiement when formal and vouvoiement when informal", () => {
    expect(frenchAddressSlip("Je te rappelle demain", "formal")).toBe("te");
    expect(frenchAddressSlip("Je t’ai envoyé ton code", "formal")).toBe("t'");
    expect(frenchAddressSlip("Voici VOS documents", "informal")).toBe("vos");
    expect(frenchAddressSlip("C'est la vôtre", "informal")).toBe("vôtre");
    expect(frenchAddressSlip("Voici tes documents", "informal")).toBeUndefined();
    expect(frenchAddressSlip("Voici vos documents", "formal")).toBeUndefined();
  });

  it("reads « rendez-vous » as the noun it is, in either address form", () => {
    expect(
      frenchAddressSlip("Je peux te proposer un rendez-vous, ou des rendez-vous.", "informal"),
    ).toBeUndefined();
    expect(frenchAddressSlip("Ton rendez-vous est confirmé, vous deux.", "informal")).toBe("vous");
  });

  it("treats accented letters as letters", () => {
    expect(frenchAddressSlip("Bonne fête, vous êtes têtu", "formal")).toBeUndefined();
    expect(frenchAddressSlip("Une pâte à tartiner", "formal")).toBeUndefined();
  });

  it("skips the vous of rendez-vous, a noun, but not an imperative's", () => {
    expect(frenchAddressSlip("Ton rendez-vous est confirmé.", "informal")).toBeUndefined();
    expect(frenchAddressSlip("Tes Rendez-Vous sont là.", "informal")).toBeUndefined();
    expect(frenchAddressSlip("Asseyez-vous, ton rendez-vous arrive.", "informal")).toBe("vous");
  });

  it("skips ton the noun and the euphonic t", () => {
    expect(frenchAddressSlip("Sur le même ton, a-t-il répondu ?", "formal")).toBeUndefined();
    expect(frenchAddressSlip("Un ton calme. Ton dossier est prêt.", "formal")).toBe("ton");
  });
});

describe("hasEmoji", () => {
  it("finds emoji and smileys but not text marks", () => {
    expect(hasEmoji("Super 🎉")).toBe(true);
    expect(hasEmoji("Merci :)")).toBe(true);
    expect(hasEmoji("🇫🇷")).toBe(true);
    expect(hasEmoji("Attention ‼ ℹ")).toBe(true);
    expect(hasEmoji("C'est fait ✅")).toBe(true);
    expect(hasEmoji("Acme™ © ®")).toBe(false);
    expect(hasEmoji("Horaires : 9 h – 17 h ; fermé le lundi")).toBe(false);
  });
});
