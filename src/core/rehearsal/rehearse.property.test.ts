/**
 * Property tests over random personas (tests/helpers/arbitraries.ts) and messages drawn
 * from the built-in scenarios, realistic phrasings and random text: the rules of the voice
 * hold for every persona, not only for the presets.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bandIndex } from "../persona/bands";
import { VERBOSITY_SENTENCES } from "../persona/catalog-length";
import type { Persona } from "../persona/schema";
import type { ChatMessage } from "../conversation";
import { BUILT_IN_SCENARIOS } from "../scenarios/built-in";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import { frenchAddressSlip, hasEmoji } from "../text/checks";
import { containsTerm, fold } from "../text/fold";
import { countEmoji, countSentences } from "../text/counts";
import { EMOJI_MAX, rehearse } from "./rehearse";

const TURNS = BUILT_IN_SCENARIOS.flatMap((scenario) => scenario.turns);
/** Words the templates themselves use, so an avoided word really has to be dropped. */
const COLLISIONS = [
  "problème",
  "désolé",
  "merci",
  "bonjour",
  "please",
  "vous",
  "demande",
  "question",
  "request",
  "your",
  "conseiller",
  "nous",
  "je",
  "I",
  "aider",
  "help",
  "dossier",
  "Madame, Monsieur",
  "!",
  "😊",
];

const message = fc.oneof(
  { arbitrary: fc.constantFrom(...TURNS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 1 },
);
/** A short conversation: earlier turns give context (greeted or not, turn index). */
const conversation = fc.array(message, { minLength: 1, maxLength: 4 }).map((turns): ChatMessage[] =>
  turns.flatMap((content, i) =>
    i < turns.length - 1
      ? [
          { role: "user" as const, content },
          { role: "assistant" as const, content: "D'accord." },
        ]
      : [{ role: "user" as const, content }],
  ),
);
const personaWithCollisions = fc
  .tuple(arbitraryPersona(), fc.subarray(COLLISIONS, { maxLength: 4 }))
  .map(([persona, extra]): Persona => ({
    ...persona,
    lexicon: { ...persona.lexicon, avoid: [...persona.lexicon.avoid, ...extra] },
  }));

const RUNS = { numRuns: 300 };

describe("rehearse() over random personas", () => {
  test("the French address form is never violated", () => {
    fc.assert(
      fc.property(personaWithCollisions, conversation, (persona, messages) => {
        const p: Persona = { ...persona, language: "fr" };
        const text = rehearse(p, messages).text;
        expect(frenchAddressSlip(text, p.address)).toBeUndefined();
      }),
      RUNS,
    );
  });

  test("avoided words never appear, even those the templates use", () => {
    fc.assert(
      fc.property(personaWithCollisions, conversation, (persona, messages) => {
        const folded = fold(rehearse(persona, messages).text);
        const used = persona.lexicon.avoid.filter(
          (term) => fold(term) !== "" && containsTerm(folded, fold(term)),
        );
        expect(used).toEqual([]);
      }),
      RUNS,
    );
  });

  test("same input, same reply", () => {
    fc.assert(
      fc.property(arbitraryPersona(), conversation, (persona, messages) => {
        const first = rehearse(persona, messages);
        expect(
          rehearse(
            persona,
            messages.map((m) => ({ ...m })),
          ),
        ).toEqual(first);
      }),
      RUNS,
    );
  });

  test("enthusiasm, emoji and verbosity bands are respected", () => {
    fc.assert(
      fc.property(arbitraryPersona(), conversation, (raw, messages) => {
        const persona: Persona = { ...raw, lexicon: { ...raw.lexicon, avoid: [] } };
        const reply = rehearse(persona, messages);
        const emojiBand = bandIndex(persona.voice.emoji);
        // The persona's own greeting is the designer's text: it is checked, not rewritten.
        const ownGreeting = reply.moves.includes("greeting");
        const calm = bandIndex(persona.voice.enthusiasm) <= 1;
        expect(calm && reply.text.includes("!")).toBe(false);
        expect(emojiBand === 0 && hasEmoji(reply.text)).toBe(false);
        expect(countEmoji(reply.text)).toBeLessThanOrEqual(EMOJI_MAX[emojiBand]);
        const [min, max] = VERBOSITY_SENTENCES[bandIndex(persona.voice.verbosity)];
        const count = countSentences(reply.text);
        expect(count).toBeGreaterThanOrEqual(min);
        expect(ownGreeting ? Math.min(count, max) : count).toBeLessThanOrEqual(max);
      }),
      RUNS,
    );
  });

  test("replies stay in the persona's language", () => {
    const ENGLISH = [
      "the",
      "you",
      "your",
      "please",
      "thanks",
      "thank",
      "hello",
      "we",
      "request",
      "and",
      "with",
    ];
    const FRENCH = [
      "vous",
      "votre",
      "je",
      "nous",
      "bonjour",
      "merci",
      "demande",
      "les",
      "une",
      "avec",
      "est",
    ];
    fc.assert(
      fc.property(
        arbitraryPersona(),
        conversation,
        fc.constantFrom("fr" as const, "en" as const),
        (raw, messages, language) => {
          // Persona texts (names, greeting, escalation, preferred terms) may be in any language: keep them out.
          const persona: Persona = {
            ...raw,
            language,
            identity: { assistantName: "Alix", role: language === "fr" ? "conseiller" : "adviser" },
            greeting: undefined,
            lexicon: { prefer: [], avoid: [] },
            guardrails: { ...raw.guardrails, escalation: undefined },
          };
          const folded = fold(rehearse(persona, messages).text);
          const foreign = (language === "fr" ? ENGLISH : FRENCH).filter((word) =>
            containsTerm(folded, word),
          );
          expect(foreign).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  test("different messages of the same kind get varied wording", () => {
    const questions = {
      fr: [
        "Comment obtenir un acte ?",
        "Quand ouvrez-vous ?",
        "Combien ça coûte ?",
        "Pourquoi ce délai ?",
        "Quel document faut-il ?",
        "Est-ce que je peux venir ?",
        "Je voudrais un renseignement.",
        "Quelle est la marche à suivre ?",
        "Comment faire une demande ?",
        "Quand aurai-je une réponse ?",
      ],
      en: [
        "How do I get a certificate?",
        "When do you open?",
        "How much is it?",
        "Why this delay?",
        "Which document do I need?",
        "Can I come in person?",
        "I would like some information.",
        "What is the process?",
        "How do I apply?",
        "When will I get an answer?",
      ],
    };
    fc.assert(
      fc.property(arbitraryPersona(), fc.integer({ min: 40, max: 100 }), (raw, verbosity) => {
        const persona: Persona = {
          ...raw,
          voice: { ...raw.voice, verbosity },
          lexicon: { ...raw.lexicon, avoid: [] },
          guardrails: { ...raw.guardrails, avoidTopics: [] },
        };
        const texts = new Set(
          questions[persona.language].map(
            (q) => rehearse(persona, [{ role: "user", content: q }]).text,
          ),
        );
        expect(texts.size).toBeGreaterThan(1);
      }),
      { numRuns: 100 },
    );
  });
});
