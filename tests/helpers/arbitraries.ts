/**
 * fast-check arbitraries for valid personas. Random text is mixed with short
 * realistic phrases (French pronouns, emoji, accented and overlapping lexicon
 * words) so that property runs also reach the linter's interesting cases, and
 * slider levels lean towards band boundaries.
 */
import * as fc from "fast-check";
import { SCHEMA_VERSION } from "../../src/core/persona/constants";
import type { Persona } from "../../src/core/persona/schema";

/** Phrases that trigger (or narrowly miss) lint rules: pronouns, emoji, "ton" the noun. */
const PHRASES = [
  "Bonjour, comment puis-je vous aider ?",
  "Salut, je t'écoute !",
  "Tu peux me donner ton numéro de dossier ?",
  "Sur un ton calme, votre demande est enregistrée.",
  "A-t-il reçu le courrier ?",
  "Hello Sam, happy to help 😊",
  "Good morning Ms Martin.",
  "Merci 🙏 :)",
  "Conformément à la réglementation en vigueur.",
  "  ",
  "mise à jour",
];
const WORDS = [
  "démarche",
  "Démarche",
  "DEMARCHE",
  "process",
  "dossier",
  "souci",
  "problème",
  "ASAP",
  "mise à jour",
  "Œuvre",
];

/** Any text of at most `max` UTF-16 units (the schema's unit), blank allowed. */
function anyText(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { arbitrary: fc.string({ maxLength: Math.min(max, 60) }), weight: 3 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: Math.min(max, 30) }), weight: 2 },
      { arbitrary: fc.constantFrom(...PHRASES), weight: 3 },
    )
    .filter((s) => s.length <= max);
}

/** Text that is not blank, as requiredText() in the schema demands. */
function requiredText(max: number): fc.Arbitrary<string> {
  return anyText(max).filter((s) => s.trim().length > 0);
}

const term = fc.oneof(fc.constantFrom(...WORDS), requiredText(80));
const termList = fc.array(term, { maxLength: 5 });

/** A slider level, often right at a band edge. */
export const arbitraryLevel: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 100 }),
  fc.constantFrom(0, 19, 20, 39, 40, 59, 60, 79, 80, 100),
);

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join("-"));

/** Keys that a persona file may not hold anywhere (persona/json-walk.ts). */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** Trigger words for some of the avoided topics, keyed exactly as the topics are written. */
function topicTriggersFor(topics: readonly string[]): fc.Arbitrary<Record<string, string[]>> {
  const keys = [...new Set(topics)].filter((topic) => !FORBIDDEN.has(topic));
  if (keys.length === 0) return fc.constant({});
  return fc
    .subarray(keys)
    .chain((chosen) =>
      fc
        .tuple(...chosen.map(() => termList))
        .map((lists) => Object.fromEntries(chosen.map((key, i) => [key, lists[i] ?? []]))),
    );
}

/** A persona that passes personaSchema (tests check a sample of them). */
export function arbitraryPersona(): fc.Arbitrary<Persona> {
  return fc.record(
    {
      format: fc.constant("psydesign.persona" as const),
      schemaVersion: fc.constant(SCHEMA_VERSION),
      id: slug,
      name: requiredText(120),
      language: fc.constantFrom("fr" as const, "en" as const),
      description: anyText(2000),
      identity: fc.record(
        {
          assistantName: requiredText(80),
          role: requiredText(200),
          organization: anyText(200),
          audience: anyText(500),
          purpose: anyText(1000),
        },
        { requiredKeys: ["assistantName", "role"] },
      ),
      voice: fc.record({
        warmth: arbitraryLevel,
        humor: arbitraryLevel,
        enthusiasm: arbitraryLevel,
        register: arbitraryLevel,
        institutional: arbitraryLevel,
        verbosity: arbitraryLevel,
        emoji: arbitraryLevel,
      }),
      address: fc.constantFrom("formal" as const, "informal" as const),
      lexicon: fc.record({ prefer: termList, avoid: termList }),
      guardrails: fc
        .record(
          { avoidTopics: termList, escalation: anyText(1000), discloseAI: fc.boolean() },
          { requiredKeys: ["avoidTopics", "discloseAI"] },
        )
        .chain((guardrails) =>
          topicTriggersFor(guardrails.avoidTopics).map((topicTriggers) => ({
            ...guardrails,
            topicTriggers,
          })),
        ),
      examples: fc.array(fc.record({ user: requiredText(4000), assistant: requiredText(4000) }), {
        maxLength: 4,
      }),
      greeting: anyText(2000),
      extensions: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), {
        maxKeys: 2,
      }),
    },
    {
      requiredKeys: [
        "format",
        "schemaVersion",
        "id",
        "name",
        "language",
        "identity",
        "voice",
        "address",
        "lexicon",
        "guardrails",
        "examples",
        "extensions",
      ],
    },
  );
}
