/**
 * The JSON Schema of the persona format, generated from the zod schema so the two
 * can never disagree; committed as public/persona.schema.json for other tools. What the
 * door checks outside zod (forbidden keys at any depth, the nesting and size limits, trigger
 * keys that must name an avoided topic) is
 * added here by hand, as far as a JSON Schema can say it.
 */
import { z } from "zod";
import { MAX_EXTENSION_DEPTH, MAX_PERSONA_BYTES, MAX_PERSONA_FILE_BYTES } from "./constants";
import { FORBIDDEN_KEYS } from "./json-walk";
import { personaSchema } from "./schema";

export const PERSONA_SCHEMA_ID = "https://psydesign.studio/persona.schema.json";

const MB = (bytes: number) => `${bytes / 1_000_000} MB`;

/**
 * Said in words because a JSON Schema cannot count bytes, and could count depth only by
 * repeating the value's definition once per level.
 */
const LIMITS =
  `Limits readers check beyond this schema: a persona holds at most ${MB(MAX_PERSONA_BYTES)} ` +
  `(the UTF-8 bytes of its compact JSON, without spaces; a file's text may be up to ` +
  `${MB(MAX_PERSONA_FILE_BYTES)}, however indented), objects and lists nest at most ` +
  `${MAX_EXTENSION_DEPTH} levels deep under "extensions", which is itself the first level, and ` +
  `each key of guardrails.topicTriggers is one of guardrails.avoidTopics, exactly as written there.`;

const forbidden = [...FORBIDDEN_KEYS];

const extensionsSchema = {
  type: "object",
  description:
    `Free space for other tools; preserved on every round trip. Any JSON, nested at most ${MAX_EXTENSION_DEPTH} ` +
    `levels deep (this object is the first level; not checked by this schema). The keys ${forbidden.join(", ")} ` +
    "are refused at every level.",
  propertyNames: { $ref: "#/$defs/allowedKey" },
  additionalProperties: { $ref: "#/$defs/extensionValue" },
};

const defs = {
  allowedKey: {
    description: "Keys that could reach an object's prototype in a careless consumer are refused.",
    not: { enum: forbidden },
  },
  extensionValue: {
    description: "Any JSON value; its objects, at every level, refuse the same keys as extensions.",
    anyOf: [
      {
        type: "object",
        propertyNames: { $ref: "#/$defs/allowedKey" },
        additionalProperties: { $ref: "#/$defs/extensionValue" },
      },
      { type: "array", items: { $ref: "#/$defs/extensionValue" } },
      { type: "string" },
      { type: "number" },
      { type: "boolean" },
      { type: "null" },
    ],
  },
};

export function personaJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(personaSchema, {
    target: "draft-2020-12",
    io: "input",
  }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
    description?: string;
  };
  return {
    ...generated,
    $id: PERSONA_SCHEMA_ID,
    description: `${generated.description ?? ""} ${LIMITS}`.trim(),
    properties: { ...generated.properties, extensions: extensionsSchema },
    $defs: defs,
  };
}

/** The committed file's exact text: 2-space JSON with a final newline. */
export function personaJsonSchemaText(): string {
  return `${JSON.stringify(personaJsonSchema(), null, 2)}\n`;
}
