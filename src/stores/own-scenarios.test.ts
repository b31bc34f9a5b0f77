import { describe, expect, it } from "vitest";
import { setVoice } from "../core/persona/edits";
import { scenariosFor } from "../core/scenarios/built-in";
import { withCustomScenarios } from "../core/scenarios/schema";
import { makePersona } from "../../tests/helpers/make-persona";
import { scenariosOf } from "./own-scenarios";

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
