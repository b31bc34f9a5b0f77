import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { detectIntent, domainWords } from "./intents";
import { THESAURUS_EN } from "./thesaurus-en";
import { THESAURUS_FR } from "./thesaurus-fr";
import { fieldsOf, triggeredTopic } from "./topics";

const legal = "conseil juridique sur une situation personnelle";

describe("the sensitive field a topic names", () => {
  test.each([
    [legal, ["legal"]],
    ["medical advice", ["medical"]],
    ["avis ou diagnostic médical", ["medical"]],
    ["conseil en investissement ou en placement personnalisé", ["financial"]],
    ["opinions politiques, élections et prises de position sur les élus", ["politics"]],
    ["religion and beliefs", ["religion"]],
    ["collecte de données sensibles (santé, numéro de sécurité sociale)", ["others-data"]],
    ["conseil fiscal ou juridique personnalisé (TVA, statut, cotisations)", ["legal", "financial"]],
    ["opening or modifying equipment hardware", []],
  ])("%s → %j", (topic, fields) => {
    expect(fieldsOf(topic)).toEqual(fields);
  });
});

describe("a message on an avoided topic, by trigger words or the thesaurus", () => {
  const townHall = makePersona({
    identity: {
      purpose: "Informer sur les démarches municipales (état civil, urbanisme, élections).",
    },
    guardrails: {
      avoidTopics: ["opinions politiques", legal, "travaux de voirie"],
      topicTriggers: { "travaux de voirie": ["nid-de-poule", "trottoir"] },
    },
  });
  const on = (text: string) => triggeredTopic(text, townHall, domainWords(townHall));

  test("by the words the designer added, in any case, with or without accents and plurals", () => {
    expect(on("Il y a un NID DE POULE devant chez moi")).toEqual({
      topic: "travaux de voirie",
      by: "trigger",
    });
    expect(on("Les trottoirs sont abîmés")).toEqual({ topic: "travaux de voirie", by: "trigger" });
    // Whole words: "trottinette" is not "trottoir".
    expect(on("Où garer ma trottinette ?")).toBeUndefined();
  });

  test.each([
    "Puis-je poursuivre mon voisin en justice ?",
    "Quel article de loi s'applique ?",
    "Faut-il prendre un avocat ?",
    "Je veux porter plainte contre lui.",
  ])("by the legal thesaurus: %s", (text) => {
    expect(on(text)).toEqual({ topic: legal, by: "thesaurus", field: "legal" });
    expect(detectIntent(text, "fr", townHall)).toBe("guardrail");
  });

  test("the thesaurus leaves out the words of the persona's own field", () => {
    // The purpose names elections: "élections" alone is the town hall's business, not a political opinion.
    expect(on("Comment m'inscrire pour les élections ?")).toBeUndefined();
    expect(on("Pour qui voter ?")).toEqual({
      topic: "opinions politiques",
      by: "thesaurus",
      field: "politics",
    });
  });

  test("everyday requests stay requests", () => {
    for (const text of [
      "Je voudrais refaire ma carte d'identité.",
      "Quels sont vos horaires ?",
      "J'ai oublié mon mot de passe.",
      "Comment obtenir un permis de construire ?",
      "Quelle est l'adresse de la mairie ?",
    ]) {
      expect({ text, topic: on(text) }).toEqual({ text, topic: undefined });
    }
  });

  test("English topics and messages read the same way", () => {
    const support = makePersona({
      language: "en",
      guardrails: {
        avoidTopics: ["legal advice", "billing disputes"],
        topicTriggers: { "billing disputes": ["invoice", "money back"] },
      },
    });
    const hit = (text: string) => triggeredTopic(text, support, domainWords(support));
    expect(hit("Can I sue my landlord?")).toEqual({
      topic: "legal advice",
      by: "thesaurus",
      field: "legal",
    });
    expect(hit("I want my money back")).toEqual({ topic: "billing disputes", by: "trigger" });
    expect(hit("My mother-in-law cannot log in")).toBeUndefined();
  });
});

describe("docs/rehearsal-guardrails.md", () => {
  test("lists every term of the thesaurus", () => {
    const doc = readFileSync(
      new URL("../../../docs/rehearsal-guardrails.md", import.meta.url),
      "utf8",
    );
    const missing = [THESAURUS_FR, THESAURUS_EN].flatMap((thesaurus) =>
      Object.values(thesaurus).flatMap(({ names, terms }) =>
        [...names, ...terms].filter((term) => !doc.includes(`\`${term}\``)),
      ),
    );
    expect(missing).toEqual([]);
  });
});
