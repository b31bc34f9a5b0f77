import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { personaJsonSchema, personaJsonSchemaText } from "./json-schema";
import { DIMENSION_IDS } from "./schema";

const committed = readFileSync(
  new URL("../../../public/persona.schema.json", import.meta.url),
  "utf8",
);

describe("public/persona.schema.json", () => {
  it("is the schema generated from the zod schema (run `npm run schema` when this fails)", () => {
    expect(committed).toBe(personaJsonSchemaText());
  });

  it("forbids unknown keys and bounds every voice level", () => {
    const schema = personaJsonSchema() as any;
    expect(schema.additionalProperties).toBe(false);
    for (const id of DIMENSION_IDS) {
      expect(schema.properties.voice.properties[id]).toMatchObject({
        type: "integer",
        minimum: 0,
        maximum: 100,
      });
    }
    expect(schema.properties.extensions.additionalProperties).toEqual({
      $ref: "#/$defs/extensionValue",
    });
    expect(schema.properties.extensions.propertyNames).toEqual({ $ref: "#/$defs/allowedKey" });
  });
});
