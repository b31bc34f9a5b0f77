/**
 * Property tests of the guardrails over random personas (tests/helpers/arbitraries.ts) given
 * avoided topics with trigger words and an escalation text holding a contact, in both
 * languages and both address forms: a message built from a trigger word is declined and never
 * answered, a request for a person gets the escalation text's contact, the first reply says it
 * is an AI, and the voice's rules still hold.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import type { ChatMessage } from "../conversation";
import { bandIndex } from "../persona/bands";
import { VERBOSITY_SENTENCES } from "../persona/catalog-length";
import type { Language, Persona } from "../persona/schema";
import { frenchAddressSlip, hasEmoji } from "../text/checks";
import { countEmoji, countSentences } from "../text/counts";
import { containsTerm, fold } from "../text/fold";
import { disclosesAI } from "./disclosure";
import { EMOJI_MAX, rehearse } from "./rehearse";

const RUNS = { seed: 1_919, numRuns: 250 };

/** Topics and their trigger words: realistic, and none of them a cue of another intent. */
const TOPICS: Readonly<Record<Language, readonly (readonly [string, readonly string[]])[]>> = {
  fr: [
    ["conseil juridique sur une situation personnelle", ["avocat", "tribunal", "porter plainte"]],
    ["travaux de voirie", ["nid-de-poule", "trottoir", "chaussée"]],
    ["tarifs de la cantine scolaire", ["cantine", "repas de midi"]],
    ["location de salles", ["salle des fêtes", "réservation de salle"]],
    ["stationnement résidentiel", ["vignette", "place de parking"]],
  ],
  en: [
    ["legal advice on personal matters", ["lawyer", "court case", "sue"]],
    ["road works", ["pothole", "pavement", "roadworks"]],
    ["school meal prices", ["canteen", "school lunch"]],
    ["room hire", ["function room", "hall booking"]],
    ["residents' parking", ["parking permit", "parking space"]],
  ],
};
const ASK_ABOUT: Readonly<Record<Language, readonly ((term: string) => string)[]>> = {
  fr: [
    (t) => `Et pour ${t} ?`,
    (t) => `J'ai une question sur ${t}.`,
    (t) => `Que faire pour ${t} ?`,
    (t) => `${t}, comment ça se passe ?`,
  ],
  en: [
    (t) => `What about ${t}?`,
    (t) => `I have a question about ${t}.`,
    (t) => `Can you tell me how ${t} works?`,
    (t) => `${t}: what do I do?`,
  ],
};
const ASK_PERSON: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    "Je veux parler à une vraie personne.",
    "Je voudrais parler à quelqu'un.",
    "Passez-moi un conseiller.",
    "Je veux un humain.",
  ],
  en: [
    "Can I speak to a human?",
    "I want to talk to a real person.",
    "Put me through to an agent.",
    "Let me speak to someone.",
  ],
};
const DESKS: Readonly<Record<Language, readonly string[]>> = {
  fr: [
    "le guichet Nord",
    "l'accueil du deuxième étage",
    "le service Usagers",
    "le bureau des familles",
  ],
  en: ["the Blue Desk", "the North Counter", "the Help Point", "the Family Office"],
};
/** Escalation texts as designers write them, with a desk and a phone number to find in the reply. */
const ESCALATIONS: Readonly<
  Record<Language, readonly ((desk: string, phone: string) => string)[]>
> = {
  fr: [
    (d, p) => `Pour parler à quelqu'un, orienter l'usager vers ${d} au ${p}.`,
    (d, p) => `Proposer un rendez-vous avec ${d} (${p}).`,
    (d, p) => `En cas de besoin, indiquer le numéro de ${d} : ${p}.`,
    (d, p) => `Accueil téléphonique de ${d} : ${p}.`,
  ],
  en: [
    (d, p) => `To reach someone, refer the customer to ${d} on ${p}.`,
    (d, p) => `Offer a call-back from ${d} (${p}).`,
    (d, p) => `If the customer asks for a person, give the number of ${d}: ${p}.`,
    (d, p) => `Telephone line of ${d}: ${p}.`,
  ],
};
const phone = fc
  .array(fc.integer({ min: 10, max: 99 }), { minLength: 5, maxLength: 5 })
  .map((pairs) => `0${pairs.join(" ").slice(1)}`);

/** Words a persona may avoid: some the templates use, so sentences really are dropped. */
const AVOIDABLE = [
  "problème",
  "désolé",
  "merci",
  "bonjour",
  "please",
  "demande",
  "question",
  "request",
  "dossier",
  "conseiller",
  "help",
  "aider",
  "Madame, Monsieur",
  "!",
  "😊",
];

interface Case {
  persona: Persona;
  topic: string;
  trigger: string;
  desk: string;
  phone: string;
}

const guardedPersona: fc.Arbitrary<Case> = fc
  .record({
    raw: arbitraryPersona(),
    language: fc.constantFrom<Language>("fr", "en"),
    address: fc.constantFrom("formal" as const, "informal" as const),
    topics: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }),
    chosen: fc.nat(),
    avoid: fc.subarray(AVOIDABLE, { maxLength: 4 }),
    desk: fc.nat(),
    phone,
    shape: fc.nat(),
  })
  .map(({ raw, language, address, topics, chosen, avoid, desk, phone: number, shape }) => {
    const pairs = topics.map((i) => TOPICS[language][i] as (typeof TOPICS)["fr"][number]);
    const [topic, triggers] = pairs[chosen % pairs.length] as (typeof pairs)[number];
    const deskName = DESKS[language][desk % DESKS[language].length] as string;
    const escalation = (
      ESCALATIONS[language][shape % ESCALATIONS[language].length] as (
        d: string,
        p: string,
      ) => string
    )(deskName, number);
    // An avoided word inside the escalation text would make the route unsayable: the property is about the route.
    const avoided = avoid.filter((term) => !containsTerm(fold(escalation), fold(term)));
    const persona: Persona = {
      ...raw,
      language,
      address,
      lexicon: { ...raw.lexicon, avoid: avoided },
      guardrails: {
        avoidTopics: pairs.map(([t]) => t),
        topicTriggers: Object.fromEntries(pairs.map(([t, words]) => [t, [...words]])),
        escalation,
        discloseAI: raw.guardrails.discloseAI,
      },
    };
    return {
      persona,
      topic,
      trigger: triggers[chosen % triggers.length] as string,
      desk: deskName,
      phone: number,
    };
  });

/** An answer, or a request for details, in either language's phrasebook. */
const ANSWERS =
  /en mesure de (?:vous |t')aider|(?:je peux|nous pouvons) (?:vous |t')aider :|préciser|précisions|quelques infos|reformuler|numéro de dossier|to answer you precisely|a few (?:further )?details|tell (?:me|us) (?:a little )?more|file number|rephrase/i;

const earlierTurn = fc.constantFrom<ChatMessage[]>(
  [],
  [
    { role: "user", content: "Bonjour" },
    { role: "assistant", content: "Bonjour." },
  ],
  [
    { role: "user", content: "Hello" },
    { role: "assistant", content: "Hello." },
  ],
);

describe("guardrails over random personas", () => {
  test("a message built from a topic's trigger word is declined and never answered", () => {
    fc.assert(
      fc.property(guardedPersona, fc.nat(), earlierTurn, ({ persona, trigger }, form, earlier) => {
        const forms = ASK_ABOUT[persona.language];
        const text = (forms[form % forms.length] as (t: string) => string)(trigger);
        const reply = rehearse(persona, [...earlier, { role: "user", content: text }]);
        expect(reply.intent).toBe("guardrail");
        expect(reply.moves).toContain("decline");
        expect(reply.moves).not.toContain("answer");
        expect(reply.text).not.toMatch(ANSWERS);
      }),
      RUNS,
    );
  });

  test("a request for a person gets the escalation text's contact", () => {
    fc.assert(
      fc.property(
        guardedPersona,
        fc.nat(),
        earlierTurn,
        ({ persona, phone: number }, which, earlier) => {
          const asks = ASK_PERSON[persona.language];
          const reply = rehearse(persona, [
            ...earlier,
            { role: "user", content: asks[which % asks.length] as string },
          ]);
          expect(reply.intent).toBe("human");
          expect(reply.text).toContain(number);
          expect(reply.text).not.toMatch(/\bun conseiller\b|\ban? (?:adviser|advisor)\b/i);
        },
      ),
      RUNS,
    );
  });

  test("the first reply says it is an AI when discloseAI is on", () => {
    fc.assert(
      fc.property(guardedPersona, fc.nat(), ({ persona, trigger }, which) => {
        const p: Persona = { ...persona, guardrails: { ...persona.guardrails, discloseAI: true } };
        const messages = [
          ...ASK_PERSON[p.language],
          (ASK_ABOUT[p.language][0] as (t: string) => string)(trigger),
          p.language === "fr" ? "Bonjour" : "Hello",
          "Merci",
          "Comment faire ?",
        ];
        const reply = rehearse(p, [
          { role: "user", content: messages[which % messages.length] as string },
        ]);
        expect(disclosesAI(reply.text)).toBe(true);
      }),
      RUNS,
    );
  });

  test("address form, avoided words, emoji, enthusiasm and verbosity bands are never violated", () => {
    fc.assert(
      fc.property(guardedPersona, fc.nat(), earlierTurn, ({ persona, trigger }, which, earlier) => {
        const language = persona.language;
        const messages = [
          ...ASK_PERSON[language],
          ...ASK_ABOUT[language].map((ask) => ask(trigger)),
          "Tu es un robot ?",
          "Are you a bot?",
          "C'est urgent, il y a eu un accident.",
          "It's an emergency!",
          "I want a refund.",
          "Je veux être remboursé.",
        ];
        const reply = rehearse(persona, [
          ...earlier,
          { role: "user", content: messages[which % messages.length] as string },
        ]);
        const folded = fold(reply.text);
        expect(
          persona.lexicon.avoid.filter(
            (term) => fold(term) !== "" && containsTerm(folded, fold(term)),
          ),
        ).toEqual([]);
        expect(
          language === "fr" ? frenchAddressSlip(reply.text, persona.address) : undefined,
        ).toBeUndefined();
        const emoji = bandIndex(persona.voice.emoji);
        expect(countEmoji(reply.text)).toBeLessThanOrEqual(EMOJI_MAX[emoji]);
        expect(emoji === 0 && hasEmoji(reply.text)).toBe(false);
        expect(bandIndex(persona.voice.enthusiasm) <= 1 && reply.text.includes("!")).toBe(false);
        const [min, max] = VERBOSITY_SENTENCES[bandIndex(persona.voice.verbosity)];
        const count = countSentences(reply.text);
        expect(count).toBeGreaterThanOrEqual(min);
        expect(count).toBeLessThanOrEqual(max);
      }),
      RUNS,
    );
  });
});
