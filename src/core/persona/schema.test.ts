/**
 * What the editor reads from the schema besides validation: each text field's character
 * limit, the same number the schema enforces (the fields set it as maxLength).
 */
import { describe, expect, it } from "vitest";
import {
  exampleSchema,
  guardrailsSchema,
  identitySchema,
  lexiconSchema,
  maxLengthOf,
  personaSchema,
} from "./schema";

const cases = [
  ["name", personaSchema.shape.name, 120],
  ["description (optional)", personaSchema.shape.description, 2000],
  ["greeting (optional)", personaSchema.shape.greeting, 2000],
  ["assistantName", identitySchema.shape.assistantName, 80],
  ["role", identitySchema.shape.role, 200],
  ["organization (optional)", identitySchema.shape.organization, 200],
  ["purpose (optional)", identitySchema.shape.purpose, 1000],
  ["escalation (optional)", guardrailsSchema.shape.escalation, 1000],
  ["a preferred word", lexiconSchema.shape.prefer.def.element, 80],
  ["an example's reply", exampleSchema.shape.assistant, 4000],
] as const;

describe("maxLengthOf", () => {
  it.each(cases)("gives %s the limit the schema enforces", (_, schema, limit) => {
    expect(maxLengthOf(schema)).toBe(limit);
    expect(schema.safeParse("a".repeat(limit)).success).toBe(true);
    expect(schema.safeParse("a".repeat(limit + 1)).success).toBe(false);
  });

  it("gives nothing for a schema without a character limit", () => {
    expect(maxLengthOf(personaSchema.shape.voice)).toBeUndefined();
    expect(maxLengthOf(personaSchema.shape.examples)).toBeUndefined();
  });
});
