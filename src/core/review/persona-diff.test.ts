import { describe, expect, it } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { withCustomScenarios } from "../scenarios/schema";
import { personaChanges, sameValue, sameVersion } from "./persona-diff";

const reviewed = makePersona({
  lexicon: { prefer: ["démarche"], avoid: ["souci"] },
  greeting: "Bonjour",
});

describe("sameVersion", () => {
  it("is true for an equal persona, whatever its key order, and false after any edit", () => {
    const { voice, ...rest } = reviewed;
    const reordered = JSON.parse(
      JSON.stringify({ voice: { ...voice }, ...rest }),
    ) as typeof reviewed;
    expect(Object.keys(reordered)[0]).toBe("voice");
    expect(sameVersion(reviewed, reordered)).toBe(true);
    expect(sameVersion(reviewed, { ...reviewed, voice: { ...reviewed.voice, humor: 11 } })).toBe(
      false,
    );
    expect(sameVersion(reviewed, { ...reviewed, extensions: { other: [1] } })).toBe(false);
  });

  it("treats an absent optional field like an undefined one", () => {
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
  });
});

describe("personaChanges", () => {
  it("is empty for the same version", () => {
    expect(personaChanges(reviewed, structuredClone(reviewed))).toEqual([]);
  });

  it("lists sliders (saying whether the band moved), fields and list terms, in the editor's order", () => {
    const current = {
      ...reviewed,
      identity: { ...reviewed.identity, assistantName: "Léa" },
      voice: { ...reviewed.voice, warmth: 55, humor: 30 },
      address: "informal" as const,
      lexicon: { prefer: ["démarche", "dossier"], avoid: [] },
      greeting: undefined,
    };
    expect(personaChanges(reviewed, current)).toEqual([
      { kind: "field", field: "identity.assistantName", before: "Camille", after: "Léa" },
      { kind: "dimension", dimension: "warmth", before: 50, after: 55, bandChanged: false },
      { kind: "dimension", dimension: "humor", before: 10, after: 30, bandChanged: true },
      { kind: "field", field: "address", before: "formal", after: "informal" },
      { kind: "list", field: "lexicon.prefer", added: ["dossier"], removed: [] },
      { kind: "list", field: "lexicon.avoid", added: [], removed: ["souci"] },
      { kind: "field", field: "greeting", before: "Bonjour", after: undefined },
    ]);
  });

  it("names the designer's scenarios by title, apart from other extensions", () => {
    const scenario = {
      id: "colis",
      title: "Colis perdu",
      language: "fr" as const,
      turns: ["Où est mon colis ?"],
    };
    const before = withCustomScenarios(reviewed, [
      scenario,
      { ...scenario, id: "retour", title: "Retour" },
    ]);
    const after = {
      ...withCustomScenarios(reviewed, [
        { ...scenario, turns: ["Mon colis ?"] },
        { ...scenario, id: "neuf", title: "Nouveau" },
      ]),
    };
    after.extensions = { ...after.extensions, "other-tool": true };
    after.guardrails = { ...after.guardrails, discloseAI: false };
    expect(personaChanges(before, after)).toEqual([
      { kind: "field", field: "guardrails.discloseAI", before: true, after: false },
      { kind: "scenarios", added: ["Nouveau"], removed: ["Retour"], changed: ["Colis perdu"] },
      { kind: "extensions" },
    ]);
  });

  it("counts examples when they differ, and says when only an order moved", () => {
    const example = { user: "Salut", assistant: "Bonjour" };
    expect(personaChanges(reviewed, { ...reviewed, examples: [example] })).toEqual([
      { kind: "examples", before: 0, after: 1 },
    ]);
    const two = { ...reviewed, lexicon: { prefer: ["a", "b"], avoid: [] } };
    expect(personaChanges(two, { ...two, lexicon: { prefer: ["b", "a"], avoid: [] } })).toEqual([
      { kind: "order" },
    ]);
  });
});
