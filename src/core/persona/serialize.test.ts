import * as fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { serializePersona } from "./serialize";
import { slugify, uniqueId } from "./ids";
import { MAX_EXTENSION_DEPTH, MAX_PERSONA_BYTES, restorePersonaText } from "./restore";
import type { Persona } from "./schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";

/** `leaf` wrapped in lists until the extension is `levels` deep, `extensions` itself the first. */
function nested(leaf: unknown, levels: number): unknown {
  let value = leaf;
  for (let i = 2; i < levels; i++) value = [value];
  return value;
}

describe("serializePersona", () => {
  it("writes keys in the schema's order whatever order they came in", () => {
    const persona = makePersona({ greeting: "Bonjour", description: "d" });
    const shuffled = Object.fromEntries(Object.entries(persona).toReversed()) as typeof persona;
    const text = serializePersona(shuffled);
    expect(text).toBe(serializePersona(persona));
    expect(Object.keys(JSON.parse(text))).toEqual([
      "format",
      "schemaVersion",
      "id",
      "name",
      "language",
      "description",
      "identity",
      "voice",
      "address",
      "lexicon",
      "guardrails",
      "examples",
      "greeting",
      "extensions",
    ]);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain('\n  "voice": {\n    "warmth": 50,');
  });

  it("round-trips through restore, extensions included", () => {
    const persona = makePersona({ extensions: { tool: { z: 1, a: [2] } } });
    const back = restorePersonaText(serializePersona(persona));
    expect(back).toEqual({ ok: true, persona });
  });
});

describe("what we write, we read back", () => {
  it("writes the deepest allowed extension with wide content as a file the door reads again", () => {
    // 64 levels with 300,000 numbers at the bottom: indented, each number would sit on a
    // line of 128 spaces (about 40 MB); the content itself is 0.6 MB.
    const persona = makePersona({
      extensions: {
        deep: nested(
          Array.from({ length: 300_000 }, (_, i) => i % 10),
          MAX_EXTENSION_DEPTH,
        ),
      },
    });
    expect(restorePersonaText(JSON.stringify(persona)).ok).toBe(true);
    const text = serializePersona(persona);
    expect(text.length).toBeLessThan(JSON.stringify(persona).length + 4_000);
    expect(restorePersonaText(text)).toEqual({ ok: true, persona });
    expect(text.startsWith(serializePersona(makePersona()).split('  "extensions"')[0]!)).toBe(true);
  });

  it("keeps the indented layout for every persona that fits, extensions included", () => {
    const persona = makePersona({ extensions: { deep: nested(1, MAX_EXTENSION_DEPTH) } });
    expect(serializePersona(persona)).toBe(
      `${JSON.stringify(JSON.parse(serializePersona(persona)), null, 2)}\n`,
    );
  });

  const extension = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .record({
        levels: fc.integer({ min: 2, max: MAX_EXTENSION_DEPTH }),
        width: fc.integer({ min: 0, max: 400 }),
        leaf: fc.jsonValue({ maxDepth: 1 }),
      })
      .map(({ levels, width, leaf }) =>
        nested(
          Array.from({ length: width }, () => leaf),
          levels,
        ),
      ),
  );
  const withExtensions = fc
    .tuple(
      arbitraryPersona(),
      fc.dictionary(fc.string({ maxLength: 12 }), extension, { maxKeys: 4 }),
    )
    // Through JSON once, as every file is: JSON has no -0, which fc.jsonValue may generate.
    .map(
      ([persona, extensions]) => JSON.parse(JSON.stringify({ ...persona, extensions })) as Persona,
    );

  it("reads back every persona file the door accepts (property, seeded)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(withExtensions, fc.constantFrom(0, 2, "\t"), (candidate, indent) => {
        const first = restorePersonaText(JSON.stringify(candidate, null, indent));
        if (!first.ok) return;
        accepted++;
        expect(restorePersonaText(serializePersona(first.persona))).toEqual({
          ok: true,
          persona: first.persona,
        });
      }),
      { seed: 1717, numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it("reads back personas close to the 1 MB content limit, however deep (property, seeded)", () => {
    const nearLimit = fc
      .record({
        levels: fc.integer({ min: 2, max: MAX_EXTENSION_DEPTH }),
        unit: fc.constantFrom("0", "é", "😊", "\u0001"),
      })
      .map(({ levels, unit }) => {
        const base = JSON.stringify(
          makePersona({ extensions: { deep: nested([""], levels) } }),
        ).length;
        // Bytes per unit in compact JSON: "0" 1, "é" 2, "😊" 4, a control character 6 ("\\u0001").
        const cost = new TextEncoder().encode(JSON.stringify(unit)).length - 2;
        return makePersona({
          extensions: {
            deep: nested([unit.repeat(Math.floor((MAX_PERSONA_BYTES - base - 64) / cost))], levels),
          },
        });
      });
    fc.assert(
      fc.property(nearLimit, (persona) => {
        expect(restorePersonaText(JSON.stringify(persona)).ok).toBe(true);
        expect(restorePersonaText(serializePersona(persona))).toEqual({ ok: true, persona });
      }),
      { seed: 42, numRuns: 12 },
    );
  });
});

describe("ids", () => {
  test.each([
    ["Élise — Mairie de Lyon", "elise-mairie-de-lyon"],
    ["  ", "persona"],
    ["Service public (v2)", "service-public-v2"],
  ])("slugify(%j) is %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("adds a number until the id is free", () => {
    expect(uniqueId("Guichet", new Set(["guichet", "guichet-2"]))).toBe("guichet-3");
  });
});
