import { describe, expect, it } from "vitest";
import { describeChange, describeChanges, diffPersonas, type PersonaChange } from "./diff";
import { makePersona } from "../../../tests/helpers/make-persona";

const ex = (n: number) => ({ user: `q${n}`, assistant: `a${n}` });
const scenario = (id: string, title: string, turns: string[]) => ({
  id,
  title,
  language: "fr",
  turns,
});
const base = makePersona({ lexicon: { prefer: ["dossier"], avoid: ["souci"] } });

describe("diffPersonas", () => {
  it("finds nothing between a persona and an equal copy", () => {
    expect(diffPersonas(base, structuredClone(base))).toEqual([]);
  });

  it("names the slider, its old and new level", () => {
    const after = { ...base, voice: { ...base.voice, warmth: 80 } };
    const changes = diffPersonas(base, after);
    expect(changes).toEqual([{ kind: "voice", dimension: "warmth", before: 50, after: 80 }]);
    expect(describeChange(changes[0]!, "en")).toBe("Warmth 50 → 80");
    expect(describeChange(changes[0]!, "en", { bands: true })).toBe(
      "Warmth: Cordial (50) → Very warm (80)",
    );
    expect(describeChange(changes[0]!, "fr", { bands: true })).toBe(
      "Chaleur\u00a0: Cordial (50) → Très chaleureux (80)",
    );
  });

  it("says the address as tu/vous for a French persona, formal/informal for an English one", () => {
    const tu = diffPersonas(base, { ...base, address: "informal" });
    expect(describeChange(tu[0]!, "en")).toBe("Address: vous → tu");
    expect(describeChange(tu[0]!, "fr")).toBe("Adresse\u00a0: vous → tu");
    const en = makePersona({ language: "en" });
    const informal = diffPersonas(en, { ...en, address: "informal" });
    expect(describeChange(informal[0]!, "en")).toBe("Address: formal → informal");
  });

  it("lists the words added to and removed from the lexicon", () => {
    const after = { ...base, lexicon: { prefer: ["dossier"], avoid: ["problème"] } };
    const [change] = diffPersonas(base, after);
    expect(change).toEqual({
      kind: "terms",
      list: "avoid",
      added: ["problème"],
      removed: ["souci"],
    });
    expect(describeChange(change!, "en")).toBe(
      "avoided word added: 'problème' · avoided word removed: 'souci'",
    );
    expect(describeChange(change!, "fr")).toBe(
      "mot évité ajouté\u00a0: «\u00a0problème\u00a0» · mot évité retiré\u00a0: «\u00a0souci\u00a0»",
    );
  });

  it("reads an example inserted in the middle as one addition, not every later one edited", () => {
    const before = { ...base, examples: [ex(1), ex(2), ex(3)] };
    const after = { ...base, examples: [ex(1), ex(9), ex(2), ex(3)] };
    expect(diffPersonas(before, after)).toEqual([
      { kind: "example", change: "added", index: 1, after: ex(9) },
    ]);
    const edited = { ...base, examples: [ex(1), { user: "q2", assistant: "b2" }, ex(3)] };
    expect(diffPersonas(before, edited).map((c) => describeChange(c, "fr"))).toEqual([
      "exemple 2 modifié",
    ]);
  });

  it("follows the designer's scenarios by id and other tools' data by key", () => {
    const before = {
      ...base,
      extensions: { "psydesign.scenarios": [scenario("a", "Accueil", ["Bonjour"])], other: 1 },
    };
    const after = {
      ...base,
      extensions: {
        "psydesign.scenarios": [
          scenario("a", "Accueil", ["Salut"]),
          scenario("b", "Relance", ["Et ?"]),
        ],
        other: 2,
      },
    };
    expect(diffPersonas(before, after).map((c) => describeChange(c, "en"))).toEqual([
      "scenario 'Accueil' edited",
      "scenario 'Relance' added",
      "other tools' data changed (other)",
    ]);
  });

  it("quotes short texts and only names long ones", () => {
    const after = {
      ...base,
      identity: { ...base.identity, role: "conseillère", purpose: "x".repeat(60) },
      guardrails: { ...base.guardrails, discloseAI: false },
    };
    const words = diffPersonas(base, after).map((c) => describeChange(c, "en"));
    expect(words).toEqual([
      "Role: 'conseillère clientèle' → 'conseillère'",
      "Purpose edited",
      "Says it is an AI: on → off",
    ]);
  });
});

describe("describeChanges", () => {
  const changes: PersonaChange[] = [
    { kind: "voice", dimension: "warmth", before: 35, after: 80 },
    { kind: "voice", dimension: "humor", before: 5, after: 20 },
    { kind: "address", before: "formal", after: "informal", language: "fr" },
    { kind: "discloseAI", before: true, after: false },
    { kind: "language", before: "fr", after: "en" },
  ];
  it("keeps to one line: the first changes, then how many more", () => {
    expect(describeChanges(changes, "en")).toBe(
      "Warmth 35 → 80 · Humor 5 → 20 · Address: vous → tu · +2 more",
    );
    expect(describeChanges(changes.slice(0, 4), "fr", 3)).toMatch(/ · \+1 autre$/);
    expect(describeChanges([], "fr")).toBe("Aucun changement");
  });
});
