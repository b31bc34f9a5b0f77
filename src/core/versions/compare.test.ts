import { describe, expect, it } from "vitest";
import { addExample, addTerm, setAddress, setVoice } from "../persona/edits";
import { sideOf } from "../text/text-diff";
import { makePersona } from "../../../tests/helpers/make-persona";
import { compareVersions } from "./compare";
import { versionSummaries } from "./summaries";
import { makeVersion } from "./version-model";

const base = makePersona({ id: "guichet", language: "fr" });
const v = (persona: typeof base, id: string, at: string) =>
  makeVersion(persona, { name: id, origin: "manual" }, id, `2025-01-0${at}T10:00:00.000Z`);

const edited = addTerm("avoid", "problème")(setAddress("informal")(setVoice("warmth", 85)(base)));
const v1 = v(base, "v1", "1");
const v2 = v(edited, "v2", "2");
const v3 = v(addExample({ user: "Bonjour", assistant: "Bonjour !" })(edited), "v3", "3");

describe("comparing versions", () => {
  it("summarises each version against the one before, in the UI language", () => {
    const [first, second, third] = versionSummaries([v1, v2, v3], "en");
    expect(first).toBeNull();
    expect(second).toContain("Warmth 50 → 85");
    expect(second).toContain("vous → tu");
    expect(third).toMatch(/example/i);
    expect(versionSummaries([v1, v2], "fr")[1]).toContain("Chaleur");
  });

  it("compares older to newer whatever the pick order, with sliders apart and the prompt diffed", () => {
    const cmp = compareVersions(v3, v1);
    expect(cmp.before.id).toBe("v1");
    expect(cmp.voice).toEqual([{ kind: "voice", dimension: "warmth", before: 50, after: 85 }]);
    expect(cmp.other.map((c) => c.kind).toSorted()).toEqual(["address", "example", "terms"]);
    expect(sideOf(cmp.prompt.diff, "before")).toBe(cmp.prompt.before);
    expect(sideOf(cmp.prompt.diff, "after")).toBe(cmp.prompt.after);
    expect(cmp.prompt.diff.some((p) => p.kind === "added" && p.text.includes("problème"))).toBe(
      true,
    );
  });

  it("finds nothing between a version and itself", () => {
    const cmp = compareVersions(v2, v2);
    expect([...cmp.voice, ...cmp.other]).toEqual([]);
    expect(cmp.prompt.diff.every((p) => p.kind === "same")).toBe(true);
  });
});
