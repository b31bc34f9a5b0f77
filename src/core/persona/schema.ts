/**
 * The persona format: the one source of truth for what a persona file may contain.
 * It is a public contract (consultants export it, other tools read it), so every
 * field name here is frozen for its schemaVersion (2 added guardrails.topicTriggers);
 * `public/persona.schema.json` is generated from this file by `npm run schema`.
 */
import { z } from "zod/mini";

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

// zod/mini rather than zod: the studio checks its stored library with this schema before
// the first screen, and the classic build would add about 17 KiB gzip to it. Mini has no
// messages of its own; the English ones keep the problems readable as before.
z.config(z.locales.en());

/** Description for the generated JSON Schema (what `.meta()` does in classic zod). */
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema as z.ZodMiniType, { description });
  return schema;
};

const LEVEL_MESSAGE = "expected an integer from 0 to 100";
/** A slider position: integers only, so a file means the same thing everywhere. */
const level = describe(
  z
    .number({ error: LEVEL_MESSAGE })
    .check(
      z.int({ error: LEVEL_MESSAGE }),
      z.minimum(0, { error: LEVEL_MESSAGE }),
      z.maximum(100, { error: LEVEL_MESSAGE }),
    ),
  "0..100; bands are 0-19, 20-39, 40-59, 60-79, 80-100",
);

/** Each text schema's character limit, for the editor's fields (mini schemas do not say it). */
const limits = new WeakMap<object, number>();
const limited = <T extends z.ZodMiniType>(schema: T, max: number): T => {
  limits.set(schema, max);
  return schema;
};

const text = (max: number) =>
  limited(
    z
      .string({ error: "expected text" })
      .check(z.maxLength(max, { error: `expected at most ${max} characters` })),
    max,
  );
/**
 * Something other than whitespace: the characters String.prototype.trim() removes, spelled
 * out so that the JSON Schema's `pattern` means the same in any ECMA-262 regex engine.
 */
export const NOT_BLANK =
  /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const requiredText = (max: number) =>
  limited(
    text(max).check(
      z.minLength(1, { error: "must not be empty", abort: true }),
      z.regex(NOT_BLANK, { error: "must not be only spaces" }),
    ),
    max,
  );
const term = requiredText(80);
const termList = z
  .array(term, { error: "expected a list of words or phrases" })
  .check(z.maxLength(200));

export const identitySchema = z.strictObject({
  assistantName: describe(requiredText(80), "What the assistant calls itself."),
  role: describe(requiredText(200), "What the assistant is, e.g. 'customer adviser'."),
  organization: z.optional(text(200)),
  audience: z.optional(text(500)),
  purpose: z.optional(text(1000)),
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
const topicTriggers = describe(
  z.record(term, termList, {
    error: (issue) =>
      issue.code === "invalid_type"
        ? "expected an object mapping avoided topics to lists of words or phrases"
        : undefined,
  }),
  "For each avoided topic (a key exactly as written in avoidTopics), more words or phrases that mark it.",
);

export const guardrailsSchema = z
  .strictObject({
    avoidTopics: termList,
    topicTriggers,
    escalation: z.optional(text(1000)),
    discloseAI: z.boolean({ error: "expected true or false" }),
  })
  .check(
    z.superRefine((guardrails, ctx) => {
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
    }),
  );

export const exampleSchema = z.strictObject({
  user: requiredText(4000),
  assistant: requiredText(4000),
});

export const personaSchema = z
  .strictObject({
    format: z.literal(PERSONA_FORMAT, { error: `expected "${PERSONA_FORMAT}"` }),
    schemaVersion: z.literal(SCHEMA_VERSION, { error: `expected ${SCHEMA_VERSION}` }),
    id: z.string({ error: "expected text" }).check(
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: "expected a slug: lowercase letters, digits and single hyphens",
      }),
      z.maxLength(64, { error: "expected at most 64 characters" }),
    ),
    name: requiredText(120),
    language: z.enum(LANGUAGES, { error: 'expected "fr" or "en"' }),
    description: z.optional(text(2000)),
    identity: identitySchema,
    voice: voiceSchema,
    address: z.enum(ADDRESS_FORMS, { error: 'expected "informal" or "formal"' }),
    lexicon: lexiconSchema,
    guardrails: guardrailsSchema,
    examples: z
      .array(exampleSchema, { error: "expected a list of examples" })
      .check(z.maxLength(50)),
    greeting: z.optional(text(2000)),
    extensions: describe(
      z.record(z.string(), z.unknown(), { error: "expected an object" }),
      "Free space for other tools; preserved on every round trip.",
    ),
  })
  .register(z.globalRegistry, {
    title: "Psydesign Studio persona",
    description:
      "How an AI assistant speaks: identity, voice sliders, address form, lexicon, guardrails.",
  });

/** The most characters a text field takes (its schema's own limit), optional or not. */
export function maxLengthOf(schema: z.ZodMiniType): number | undefined {
  const inner = schema instanceof z.ZodMiniOptional ? schema.def.innerType : schema;
  return limits.get(inner);
}

export type Persona = z.infer<typeof personaSchema>;
export type Voice = Persona["voice"];
export type Identity = Persona["identity"];
export type Example = Persona["examples"][number];
