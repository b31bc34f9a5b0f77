/**
 * The JSON Schema of the persona format, generated from the zod schema so the two
 * can never disagree; committed as public/persona.schema.json for other tools.
 */
import { z } from "zod";
import { personaSchema } from "./schema";

export const PERSONA_SCHEMA_ID = "https://psydesign.studio/persona.schema.json";

export function personaJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(personaSchema, { target: "draft-2020-12", io: "input" });
  return { ...generated, $id: PERSONA_SCHEMA_ID };
}

/** The committed file's exact text: 2-space JSON with a final newline. */
export function personaJsonSchemaText(): string {
  return `${JSON.stringify(personaJsonSchema(), null, 2)}\n`;
}
