import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import type { ChatMessage } from "../conversation";
import type { Persona } from "../persona/schema";
import { countSentences } from "../text/counts";
import { disclosesAI } from "./disclosure";
import { rehearse } from "./rehearse";

const SAYS_AI =
  /\bIA\b|\bAI\b|intelligence artificielle|artificial intelligence|programme informatique|computer program/;
const user = (content: string): ChatMessage => ({ role: "user", content });
const assistant = (content: string): ChatMessage => ({ role: "assistant", content });

describe("the first reply says it is an AI", () => {
  test.each([
    ["fr", "Je voudrais refaire ma carte d'identité."],
    ["fr", "Puis-je poursuivre mon voisin en justice ?"],
    ["en", "My internet is down."],
    ["en", "Thanks"],
  ] as const)("%s: %s", (language, text) => {
    const persona = makePersona({ language, guardrails: { avoidTopics: ["conseil juridique"] } });
    const reply = rehearse(persona, [user(text)]);
    expect(reply.text).toMatch(SAYS_AI);
    expect(reply.moves).toContain("disclosure");
    // Once: the next reply does not say it again.
    const next = rehearse(persona, [user(text), assistant(reply.text), user(text)]);
    expect(next.text).not.toMatch(SAYS_AI);
  });

  test("not with discloseAI off, nor when the assistant has already answered", () => {
    const quiet = makePersona({ guardrails: { discloseAI: false } });
    expect(rehearse(quiet, [user("Bonjour, une question sur mon dossier.")]).text).not.toMatch(
      SAYS_AI,
    );
    const loud = makePersona();
    expect(
      rehearse(loud, [
        user("Bonjour"),
        assistant("Bonjour, que puis-je faire pour vous ?"),
        user("Une question."),
      ]).text,
    ).not.toMatch(SAYS_AI);
  });

  test("not twice when the persona's greeting says it, opening the reply or shown before it", () => {
    const greeting =
      "Bonjour, je suis Iris, l'assistante virtuelle de la mairie. Quelle est votre demande ?";
    const persona = makePersona({ greeting });
    expect(disclosesAI(greeting)).toBe(true);
    const opened = rehearse(persona, [user("Bonjour")]);
    expect(opened.text.startsWith(greeting)).toBe(true);
    expect(opened.moves).not.toContain("disclosure");
    expect(
      rehearse(persona, [assistant(greeting), user("Une question sur mon dossier.")]).moves,
    ).not.toContain("disclosure");
  });

  test("after a greeting that does not say it, opening the reply or shown before it", () => {
    const greeting =
      "Bonjour, je suis Claire, conseillère à la Mutuelle Horizon. Que puis-je faire pour vous ?";
    const persona = makePersona({ greeting });
    const opened = rehearse(persona, [user("Bonjour")]);
    expect(opened.text.startsWith(greeting)).toBe(true);
    expect(opened.moves.slice(0, 2)).toEqual(["greeting", "disclosure"]);
    expect(
      rehearse(persona, [assistant(greeting), user("Une question sur mon dossier.")]).text,
    ).toMatch(SAYS_AI);
  });

  test("a one-sentence band stays one sentence: the clause joins the answer", () => {
    for (const language of ["fr", "en"] as const) {
      const terse = makePersona({ language, voice: { verbosity: 0, warmth: 50 } });
      for (const text of [
        "Comment obtenir un acte de naissance ?",
        "How do I get a birth certificate?",
        "Merci",
        "Thanks",
      ]) {
        const reply = rehearse(terse, [user(text)]);
        expect(countSentences(reply.text)).toBe(1);
        expect(reply.text).toMatch(SAYS_AI);
      }
    }
  });

  test("a persona that avoids the word 'IA' or 'AI' still says it, in other words", () => {
    for (const [language, avoid] of [
      ["fr", ["IA", "intelligence"]],
      ["en", ["AI", "intelligence"]],
    ] as const) {
      const persona: Persona = makePersona({
        language,
        lexicon: { prefer: [], avoid: [...avoid] },
      });
      const reply = rehearse(persona, [
        user(language === "fr" ? "Une question sur mon dossier." : "A question about my file."),
      ]);
      expect(reply.text).toMatch(/programme informatique|computer program/);
    }
  });
});

describe("'are you a bot?' gets a plain answer", () => {
  test.each([
    [
      "fr",
      "Tu es un robot ?",
      /Oui, vous échangez avec une IA|Oui, ces réponses viennent d'une intelligence artificielle/,
    ],
    [
      "fr",
      "Vous êtes humain ?",
      /Non, vous échangez avec une IA|Non, ces réponses viennent d'une intelligence artificielle/,
    ],
    ["en", "Are you a robot?", /Yes, you are talking to an AI|Yes, these replies come from an AI/],
    [
      "en",
      "Am I talking to a real person?",
      /No, you are talking to an AI|No, these replies come from an AI/,
    ],
  ] as const)("%s: %s", (language, text, answer) => {
    for (const discloseAI of [true, false]) {
      const persona = makePersona({
        language,
        guardrails: { discloseAI },
        voice: { verbosity: 0 },
      });
      const later = rehearse(persona, [user("Bonjour"), assistant("Bonjour."), user(text)]);
      expect(later.text).toMatch(answer);
      expect(later.moves).toContain("disclosure");
    }
  });
});
