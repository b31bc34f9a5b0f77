import { describe, expect, it } from "vitest";
import { setVoice } from "../core/persona/edits";
import { scenariosFor } from "../core/scenarios/built-in";
import { readCustomScenarios, withCustomScenarios } from "../core/scenarios/schema";
import { makePersona } from "../../tests/helpers/make-persona";
import {
  MAX_EXPECTATIONS_PER_TURN,
  addExpectation,
  removeExpectation,
  scenariosOf,
} from "./own-scenarios";

describe("scenariosOf: the built-ins written for the persona, then its own", () => {
  const townHall = makePersona({
    identity: {
      organization: "Mairie de Bellerive",
      purpose: "Informer sur l'état civil et les démarches municipales.",
    },
  });

  it("offers the built-ins written against the persona's field", () => {
    const list = scenariosOf(townHall);
    expect(list.slice(0, 8)).toEqual(scenariosFor("fr", townHall));
    expect(list.find((s) => s.id === "welcome-fr")!.turns.join(" ")).toMatch(/acte de naissance/);
  });

  it("keeps the same list across a slider step, and makes a new one when the organisation or the own scenarios change", () => {
    const first = scenariosOf(townHall);
    expect(scenariosOf(setVoice("warmth", 90)(townHall))).toBe(first);
    const renamed = {
      ...townHall,
      identity: { ...townHall.identity, organization: "Mairie de Valmont" },
    };
    expect(scenariosOf(renamed)).not.toBe(first);
    expect(scenariosOf(renamed).find((s) => s.id === "human-fr")!.turns[0]).toMatch(
      /Mairie de Valmont/,
    );
    const own = withCustomScenarios(townHall, [
      { id: "mine", title: "Mine", language: "fr", turns: ["Bonjour"] },
    ]);
    expect(scenariosOf(own).at(-1)!.id).toBe("mine");
  });
});

describe("expectations on the designer's own scenarios", () => {
  const scenario = {
    id: "late-parcel",
    title: "Late parcel",
    language: "fr" as const,
    turns: ["Où est mon colis ?", "Toujours rien.", "Merci."],
  };
  function studioWith() {
    let persona = withCustomScenarios(makePersona(), [scenario]);
    return {
      openPersona: () => persona,
      edit: (change: (p: typeof persona) => typeof persona) => {
        persona = change(persona);
      },
      saved: () => readCustomScenarios(persona)[0],
    };
  }

  it("fill the turns before, and leave no empty list after the last checked turn", () => {
    const studio = studioWith();
    expect(addExpectation(studio, "late-parcel", 1, { kind: "hands-over" })).toEqual({ ok: true });
    expect(studio.saved()?.expectations).toEqual([[], [{ kind: "hands-over" }]]);
    removeExpectation(studio, "late-parcel", 1, 0);
    expect(studio.saved()).toEqual(scenario);
  });

  it("are refused for a turn or scenario that is not there, and past 20 a turn", () => {
    const studio = studioWith();
    expect(addExpectation(studio, "late-parcel", 3, { kind: "says-ai" })).toEqual({
      ok: false,
      reason: "gone",
    });
    expect(addExpectation(studio, "nope", 0, { kind: "says-ai" })).toEqual({
      ok: false,
      reason: "gone",
    });
    for (let i = 0; i < MAX_EXPECTATIONS_PER_TURN; i++)
      expect(
        addExpectation(studio, "late-parcel", 0, { kind: "at-most-sentences", count: i + 1 }),
      ).toEqual({ ok: true });
    expect(addExpectation(studio, "late-parcel", 0, { kind: "says-ai" })).toEqual({
      ok: false,
      reason: "too-many",
    });
    expect(studio.saved()?.expectations?.[0]).toHaveLength(MAX_EXPECTATIONS_PER_TURN);
  });
});
