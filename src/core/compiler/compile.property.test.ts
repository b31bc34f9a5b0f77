import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personaSchema, type Persona } from "../persona/schema";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import { compile } from "./compile";
import { LINT_CODES, lint } from "./lint";

/**
 * One sentence per language and address form that the prompt always carries,
 * and that the other form never does.
 */
const ADDRESS_MARKERS = {
  fr: {
    formal: "Adresse : vouvoiement. Vouvoyez toujours l'utilisateur",
    informal: "Adresse : tutoiement. Tutoyez toujours l'utilisateur",
  },
  en: { formal: "Address the user formally:", informal: "Address the user informally:" },
} as const;

/** Reads a warning path such as `examples[2].assistant` from the persona. */
function valueAt(persona: Persona, path: string): unknown {
  let value: unknown = persona;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function reorderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorderKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .toReversed()
      .map(([key, inner]) => [key, reorderKeys(inner)]),
  );
}

const RUNS = { numRuns: 300 };

describe("arbitraryPersona", () => {
  it("generates personas the schema accepts", () => {
    for (const persona of fc.sample(arbitraryPersona(), 300)) {
      expect(personaSchema.safeParse(persona).error?.issues ?? []).toEqual([]);
    }
  });
});

describe("compile, for any valid persona", () => {
  it("never throws and writes a well-formed prompt", () => {
    fc.assert(
      fc.property(arbitraryPersona(), (persona) => {
        const result = compile(persona);
        expect(result.language).toBe(persona.language);
        expect(result.systemPrompt.startsWith("## ")).toBe(true);
        expect(result.systemPrompt.endsWith("\n")).toBe(true);
        expect(result.systemPrompt.endsWith("\n\n")).toBe(false);
        expect(result.sections.every((section) => section.body.trim() !== "")).toBe(true);
        expect(result.tokenEstimate).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("is deterministic, whatever the key order", () => {
    fc.assert(
      fc.property(arbitraryPersona(), (persona) => {
        const first = compile(persona);
        expect(compile(persona)).toEqual(first);
        expect(compile(reorderKeys(structuredClone(persona)) as Persona)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("always states the address form that was set, and never the other", () => {
    fc.assert(
      fc.property(arbitraryPersona(), (persona) => {
        const markers = ADDRESS_MARKERS[persona.language];
        const other = persona.address === "formal" ? "informal" : "formal";
        const prompt = compile(persona).systemPrompt;
        expect(prompt).toContain(markers[persona.address]);
        expect(prompt).not.toContain(markers[other]);
      }),
      RUNS,
    );
  });

  it("gives stable warnings in code order, each pointing at real persona paths", () => {
    fc.assert(
      fc.property(arbitraryPersona(), (persona) => {
        const warnings = lint(persona);
        expect(lint(structuredClone(persona))).toEqual(warnings);
        const ranks = warnings.map((warning) =>
          LINT_CODES.indexOf(warning.code as (typeof LINT_CODES)[number]),
        );
        expect(ranks.every((rank) => rank >= 0)).toBe(true);
        expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
        expect(warnings.filter((warning) => warning.paths.length === 0)).toEqual([]);
        const paths = warnings.flatMap((warning) => warning.paths);
        expect(paths.filter((path) => valueAt(persona, path) === undefined)).toEqual([]);
      }),
      RUNS,
    );
  });
});
