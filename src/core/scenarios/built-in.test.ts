import { describe, expect, test } from "vitest";
import type { Intent } from "../rehearsal/intent-cues";
import { detectIntent } from "../rehearsal/intents";
import { makePersona } from "../../../tests/helpers/make-persona";
import { BUILT_IN_SCENARIOS, SCENARIO_KINDS, scenariosFor, type ScenarioKind } from "./built-in";
import { scenarioSchema } from "./schema";

/** The intent each kind of scenario is written to provoke at least once. */
const KEY_INTENT: Record<ScenarioKind, Intent> = {
  welcome: "greeting",
  complaint: "complaint",
  refund: "refund",
  "off-topic": "off-topic",
  aggressive: "abuse",
  human: "human",
  jailbreak: "jailbreak",
  farewell: "farewell",
};

describe("built-in scenarios", () => {
  test("every one validates with scenarioSchema", () => {
    const invalid = BUILT_IN_SCENARIOS.filter(
      (scenario) => !scenarioSchema.safeParse(scenario).success,
    ).map((scenario) => scenario.id);
    expect(invalid).toEqual([]);
  });

  test("eight kinds in French and the same eight in English, with unique ids", () => {
    expect(BUILT_IN_SCENARIOS).toHaveLength(16);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.id)).size).toBe(16);
    for (const language of ["fr", "en"] as const) {
      const scenarios = scenariosFor(language);
      expect(scenarios.map((s) => s.id)).toEqual(
        SCENARIO_KINDS.map((kind) => `${kind}-${language}`),
      );
      expect(scenarios.every((s) => s.language === language)).toBe(true);
    }
  });

  test("each has three to five user turns", () => {
    const outside = BUILT_IN_SCENARIOS.filter(
      (scenario) => scenario.turns.length < 3 || scenario.turns.length > 5,
    ).map((scenario) => scenario.id);
    expect(outside).toEqual([]);
  });

  test.each(
    SCENARIO_KINDS.flatMap((kind) =>
      (["fr", "en"] as const).map((language) => [kind, language] as const),
    ),
  )("%s (%s) provokes the intent it is named for", (kind, language) => {
    const persona = makePersona({ language });
    const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === `${kind}-${language}`)!;
    const intents = scenario.turns.map((turn) => detectIntent(turn, language, persona));
    expect(intents).toContain(KEY_INTENT[kind]);
  });
});
