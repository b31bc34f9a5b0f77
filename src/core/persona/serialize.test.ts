import { describe, expect, it, test } from "vitest";
import { serializePersona } from "./serialize";
import { slugify, uniqueId } from "./ids";
import { restorePersonaText } from "./restore";
import { makePersona } from "../../../tests/helpers/make-persona";

describe("serializePersona", () => {
  it("writes keys in the schema's order whatever order they came in", () => {
    const persona = makePersona({ greeting: "Bonjour", description: "d" });
    const shuffled = Object.fromEntries(Object.entries(persona).toReversed()) as typeof persona;
    const text = serializePersona(shuffled);
    expect(text).toBe(serializePersona(persona));
    expect(Object.keys(JSON.parse(text))).toEqual([
      "format", "schemaVersion", "id", "name", "language", "description", "identity", "voice",
      "address", "lexicon", "guardrails", "examples", "greeting", "extensions",
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
