/**
 * The persona format: the one source of truth for what a persona file may contain.
 * It is a public contract (consultants export it, other tools read it), so every
 * field name here is frozen for its schemaVersion (2 added guardrails.topicTriggers);
 * `public/persona.schema.json` is generated from this file by `npm run schema`.
 */
import { z } from "zod";

import {
  ADDRESS_FORMS,
  DIMENSION_IDS,
  LANGUAGES,
  PERSONA_FORMAT,
  SCHEMA_VERSION,
  type Address,
  type DimensionId,
  type Language,
} from "./constants";

export { ADDRESS_FORMS, DIMENSION_IDS, LANGUAGES, PERSONA_FORMAT, SCHEMA_VERSION };
export type { Address, DimensionId, Language };

const LEVEL_MESSAGE = "expected an integer from 0 to 100";
/** A slider position: integers only, so a file means the same thing everywhere. */
const level = z
  .number({ error: LEVEL_MESSAGE })
  .int({ error: LEVEL_MESSAGE })
  .min(0, { error: LEVEL_MESSAGE })
  .max(100, { error: LEVEL_MESSAGE })
  .meta({ description: "0..100; bands are 0-19, 20-39, 40-59, 60-79, 80-100" });

const text = (max: number) =>
  z.string({ error: "expected text" }).max(max, { error: `expected at most ${max} characters` });
/**
 * Something other than whitespace: the characters String.prototype.trim() removes, spelled
 * out so that the JSON Schema's `pattern` means the same in any ECMA-262 regex engine.
 */
export const NOT_BLANK =
  /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const requiredText = (max: number) =>
  text(max)
    .min(1, { error: "must not be empty", abort: true })
    .regex(NOT_BLANK, { error: "must not be only spaces" });
const term = requiredText(80);
const termList = z.array(term, { error: "expected a list of words or phrases" }).max(200);

export const identitySchema = z.strictObject({
  assistantName: requiredText(80).meta({ description: "What the assistant calls itself." }),
  role: requiredText(200).meta({ description: "What the assistant is, e.g. 'customer adviser'." }),
  organization: text(200).optional(),
  audience: text(500).optional(),
  purpose: text(1000).optional(),
});

export const voiceSchema = z.strictObject({
  warmth: level,
  humor: level,
  enthusiasm: level,
  register: level,
  institutional: level,
  verbosity: level,
  emoji: level,
});

export const lexiconSchema = z.strictObject({
  prefer: termList,
  avoid: termList,
});

/**
 * More words that mark an avoided topic ("Also recognise: avocat, tribunal"), keyed by the
 * topic exactly as avoidTopics writes it: a key that names no topic is refused, not dropped,
 * so a topic renamed by hand in a file is noticed rather than silently losing its words.
 */
const topicTriggers = z
  .record(term, termList, {
    error: (issue) =>
      issue.code === "invalid_type"
        ? "expected an object mapping avoided topics to lists of words or phrases"
        : undefined,
  })
  .meta({
    description:
      "For each avoided topic (a key exactly as written in avoidTopics), more words or phrases that mark it.",
  });

export const guardrailsSchema = z
  .strictObject({
    avoidTopics: termList,
    topicTriggers,
    escalation: text(1000).optional(),
    discloseAI: z.boolean({ error: "expected true or false" }),
  })
  .superRefine((guardrails, ctx) => {
    for (const topic of Object.keys(guardrails.topicTriggers)) {
      if (guardrails.avoidTopics.includes(topic)) continue;
      ctx.addIssue({
        code: "custom",
        path: ["topicTriggers", topic],
        input: topic,
        message:
          "names no avoided topic: each key must be one of avoidTopics, exactly as written there",
      });
    }
  });

export const exampleSchema = z.strictObject({
  user: requiredText(4000),
  assistant: requiredText(4000),
});

export const personaSchema = z
  .strictObject({
    format: z.literal(PERSONA_FORMAT, { error: `expected "${PERSONA_FORMAT}"` }),
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `expected ${SCHEMA_VERSION}` }),
    id: z
      .string({ error: "expected text" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: "expected a slug: lowercase letters, digits and single hyphens",
      })
      .max(64, { error: "expected at most 64 characters" }),
    name: requiredText(120),
    language: z.enum(LANGUAGES, { error: 'expected "fr" or "en"' }),
    description: text(2000).optional(),
    identity: identitySchema,
    voice: voiceSchema,
    address: z.enum(ADDRESS_FORMS, { error: 'expected "informal" or "formal"' }),
    lexicon: lexiconSchema,
    guardrails: guardrailsSchema,
    examples: z.array(exampleSchema, { error: "expected a list of examples" }).max(50),
    greeting: text(2000).optional(),
    extensions: z
      .record(z.string(), z.unknown(), { error: "expected an object" })
      .meta({ description: "Free space for other tools; preserved on every round trip." }),
  })
  .meta({
    title: "Psydesign Studio persona",
    description:
      "How an AI assistant speaks: identity, voice sliders, address form, lexicon, guardrails.",
  });

export type Persona = z.infer<typeof personaSchema>;
export type Voice = Persona["voice"];
export type Identity = Persona["identity"];
export type Example = Persona["examples"][number];
