import { describe, expect, it } from "vitest";
import { afterColon, quoteList, sentence } from "./text";

describe("sentence", () => {
  it("adds a full stop only when the text does not already close", () => {
    expect(sentence(" aider les usagers ")).toBe("aider les usagers.");
    expect(sentence("Vraiment ?")).toBe("Vraiment ?");
    expect(sentence("voir « Aide »")).toBe("voir « Aide »");
    expect(sentence("(15, 17, 18 ou 112)")).toBe("(15, 17, 18 ou 112)");
    expect(sentence("   ")).toBe("");
  });
});

describe("quoteList", () => {
  it("quotes each phrase in the language's quotation marks", () => {
    expect(quoteList("fr", ["démarche", " dossier "])).toBe("« démarche », « dossier »");
    expect(quoteList("en", ["applicant"])).toBe('"applicant"');
  });
});

describe("afterColon", () => {
  it("lower-cases an ordinary first word in French", () => {
    expect(afterColon("fr", "Informer les usagers", "Iris Mairie de Bellerive")).toBe(
      "informer les usagers",
    );
    expect(afterColon("fr", "À partir de 16 ans", "")).toBe("à partir de 16 ans");
  });

  it("keeps acronyms and names the persona writes capitalised elsewhere", () => {
    expect(afterColon("fr", "ANTS et préfecture", "")).toBe("ANTS et préfecture");
    expect(afterColon("fr", "Pistache aide les indépendants", "Sacha Pistache")).toBe(
      "Pistache aide les indépendants",
    );
    expect(afterColon("fr", "Lyon, puis tout Lyon", "")).toBe("Lyon, puis tout Lyon");
  });

  it("leaves English as written", () => {
    expect(afterColon("en", "French speakers in the UK", "")).toBe("French speakers in the UK");
  });
});
