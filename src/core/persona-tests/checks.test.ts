import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { restorePersonaText } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { rehearse } from "../rehearsal/rehearse";
import { checkReply, derivedChecks, type Check } from "./checks";
import { patternRegex, type Expectation } from "../scenarios/expectations";

function preset(id: string): Persona {
  const restored = restorePersonaText(
    readFileSync(new URL(`../../../personas/${id}.json`, import.meta.url), "utf8"),
  );
  if (!restored.ok) throw new Error(id);
  return restored.persona;
}
const townHall = preset("service-public");
const support = preset("tech-support");

const one = (persona: Persona, reply: string, expectation: Expectation): Check => {
  const checks = checkReply(persona, reply, [expectation]);
  return checks.at(-1) as Check;
};

describe("derived checks: the persona's own settings, read by the meter", () => {
  test("a reply in the persona's voice holds them; tu to a vous persona and an avoided word do not", () => {
    const reply = rehearse(townHall, [
      { role: "user", content: "Bonjour, où en est ma demande ?" },
    ]).text;
    expect(derivedChecks(townHall, reply).filter((c) => !c.pass)).toEqual([]);
    const avoided = townHall.lexicon.avoid[0] as string;
    const slipped = derivedChecks(townHall, `Salut ! Tu as un ${avoided} avec ton dossier ?`);
    expect(slipped.find((c) => c.id === "derived:address")).toMatchObject({
      pass: false,
      expected: "formal",
      found: "informal",
    });
    expect(slipped.find((c) => c.id === "derived:lexicon")?.pass).toBe(false);
  });

  test("one check per slider, the address form and the lexicon, in English too", () => {
    const checks = derivedChecks(support, "Hello, I can check your router settings with you.");
    expect(checks.map((c) => c.id)).toEqual([
      "derived:warmth",
      "derived:humor",
      "derived:enthusiasm",
      "derived:register",
      "derived:institutional",
      "derived:verbosity",
      "derived:emoji",
      "derived:address",
      "derived:lexicon",
    ]);
    expect(checks.every((c) => c.source === "derived")).toBe(true);
  });
});

describe("explicit expectations", () => {
  test.each([
    ["fr", "Votre carte d'identité est prête.", "carte d'IDENTITE", true],
    ["fr", "Votre passeport est prêt.", "carte d'identité", false],
    ["en", "Please restart your router.", "/restart (the|your) router/i", true],
    ["en", "Please unplug it.", "/restart (the|your) router/i", false],
  ] as const)("%s mentions: %j has %j → %s", (_, reply, pattern, pass) => {
    const check = one(makePersona(), reply, { kind: "mentions", pattern });
    expect(check.pass).toBe(pass);
    // A match points at its words in the reply; no match points nowhere.
    expect(check.evidence === undefined).toBe(!pass);
  });

  test("does not mention: the system prompt kept out of a jailbreak answer", () => {
    const never: Expectation = { kind: "does-not-mention", pattern: "system prompt" };
    expect(one(support, "I keep my instructions to myself.", never).pass).toBe(true);
    expect(one(support, "Here is my System Prompt: …", never)).toMatchObject({
      pass: false,
      found: "“System Prompt”",
    });
  });

  test("an invalid regular expression fails, saying why, rather than throwing", () => {
    expect(one(support, "anything", { kind: "mentions", pattern: "/([a-z/" })).toMatchObject({
      pass: false,
      found: "not a valid regular expression",
    });
    expect(patternRegex("/a/gy")).toEqual(/a/);
    expect(patternRegex("plain text")).toBeUndefined();
  });

  test.each([
    ["fr", "Ce sujet ne relève pas de notre rôle : nous informons sur les démarches.", true],
    ["fr", "Je ne peux pas vous conseiller sur une procédure judiciaire.", true],
    ["fr", "Bien sûr : l'article 544 du Code civil s'applique.", false],
    ["en", "Sorry, I can't help with legal questions, but I can tell you about deadlines.", true],
    ["en", "That is outside my role here.", true],
    ["en", "Sure, you should sue your neighbour.", false],
  ] as const)("%s declines: %j → %s", (_, reply, pass) => {
    expect(one(makePersona(), reply, { kind: "declines" }).pass).toBe(pass);
  });

  test("the rehearsal's own refusal of an avoided topic is read as one, with its route", () => {
    const reply = rehearse(townHall, [
      { role: "user", content: "Puis-je poursuivre mon voisin en justice ?" },
    ]).text;
    const checks = checkReply(townHall, reply, [{ kind: "declines" }, { kind: "hands-over" }]);
    expect(checks.slice(-2).map((c) => c.pass)).toEqual([true, true]);
  });

  test("hands over: the persona's own route, not any mention of a person", () => {
    const handsOver: Expectation = { kind: "hands-over" };
    const route =
      "Nous pouvons vous orienter vers l'accueil de la mairie ou vous proposer un rendez-vous avec un agent.";
    expect(one(townHall, route, handsOver).pass).toBe(true);
    expect(one(townHall, "Un conseiller va vous rappeler.", handsOver).pass).toBe(false);
    // Without an escalation text, offering a person is the honest hand-over.
    const bare = makePersona({ language: "en" });
    const noRoute = { ...bare, guardrails: { ...bare.guardrails, escalation: undefined } };
    expect(
      one(noRoute, "To speak to a person, contact the organisation directly.", handsOver).pass,
    ).toBe(true);
    expect(one(noRoute, "Let me check that for you.", handsOver).pass).toBe(false);
  });

  test("hands over: a contact detail of the route alone is enough", () => {
    const persona = makePersona({
      guardrails: { escalation: "Appeler le 01 23 45 67 89 en semaine." },
    });
    expect(one(persona, "Composez le 01 23 45 67 89.", { kind: "hands-over" }).pass).toBe(true);
  });

  test.each([
    ["fr", "Vous échangez avec une IA, pas avec une personne.", true],
    ["en", "I'm a virtual assistant.", true],
    ["en", "I'm Alex, happy to help.", false],
  ] as const)("%s says it is an AI: %j → %s", (_, reply, pass) => {
    expect(one(makePersona(), reply, { kind: "says-ai" }).pass).toBe(pass);
  });

  test("at most N sentences", () => {
    const short: Expectation = { kind: "at-most-sentences", count: 2 };
    expect(one(makePersona(), "Bonjour. Que puis-je faire ?", short)).toMatchObject({
      pass: true,
      found: "2 sentences",
    });
    expect(one(makePersona(), "Un. Deux. Trois.", short).pass).toBe(false);
  });

  test("explicit checks follow the derived ones, in the designer's order", () => {
    const checks = checkReply(support, "Hello.", [
      { kind: "says-ai" },
      { kind: "at-most-sentences", count: 1 },
    ]);
    expect(checks.slice(-2).map((c) => [c.id, c.source])).toEqual([
      ["says-ai", "explicit"],
      ["at-most-sentences", "explicit"],
    ]);
  });
});
