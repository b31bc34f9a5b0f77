/**
 * The JSON Schema of a history file ("Export with history"), committed as
 * public/persona-history.schema.json beside the persona's own. The personas in it refer to
 * the persona schema by its $id, so the two never disagree. What readers check beyond it:
 * the file's size, each persona's limits (see the persona schema), that every version belongs
 * to the file's persona and that no id appears twice.
 */
import { MAX_PERSONA_BYTES } from "../persona/constants";
import { PERSONA_SCHEMA_ID } from "../persona/json-schema";
import {
  HISTORY_FORMAT,
  HISTORY_VERSION,
  MAX_HISTORY_FILE_BYTES,
  MAX_HISTORY_VERSIONS,
} from "./history-file";
import { MAX_VERSION_NAME, MAX_VERSION_NOTE, VERSION_ORIGINS } from "./version-model";
import { VERSION_ID } from "./version-restore";

export const HISTORY_SCHEMA_ID = "https://psydesign.studio/persona-history.schema.json";

export function historyJsonSchema(): Record<string, unknown> {
  const persona = { $ref: PERSONA_SCHEMA_ID };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: HISTORY_SCHEMA_ID,
    title: "Psydesign Studio persona with its history",
    description:
      `A persona and its saved versions, oldest first. Limits readers check beyond this schema: ` +
      `the file is at most ${MAX_HISTORY_FILE_BYTES / 1_000_000} MB, each persona at most ` +
      `${MAX_PERSONA_BYTES / 1_000_000} MB, every version's personaId is the file persona's id ` +
      `(and its persona's id), and no version id appears twice.`,
    type: "object",
    additionalProperties: false,
    required: ["format", "version", "persona", "versions"],
    properties: {
      format: { const: HISTORY_FORMAT },
      version: { const: HISTORY_VERSION },
      persona,
      versions: {
        type: "array",
        maxItems: MAX_HISTORY_VERSIONS,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "personaId", "createdAt", "name", "origin", "persona"],
          properties: {
            id: { type: "string", pattern: VERSION_ID.source },
            personaId: {
              type: "string",
              pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
              maxLength: 64,
            },
            // The pattern says what zod's iso.datetime accepts; `format` alone is not checked by default.
            createdAt: {
              type: "string",
              format: "date-time",
              pattern:
                "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",
            },
            name: { type: "string", minLength: 1, maxLength: MAX_VERSION_NAME },
            note: { type: "string", maxLength: MAX_VERSION_NOTE },
            origin: { enum: [...VERSION_ORIGINS] },
            persona,
          },
        },
      },
    },
  };
}

export function historyJsonSchemaText(): string {
  return `${JSON.stringify(historyJsonSchema(), null, 2)}\n`;
}
