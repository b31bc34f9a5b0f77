import { describe, expect, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import type { Scenario } from "./types";
import {
  readCustomScenarios,
  SCENARIOS_EXTENSION_KEY,
  scenarioSchema,
  withCustomScenarios,
} from "./schema";

const valid: Scenario = {
  id: "my-test",
  title: "Mon test",
  language: "fr",
  turns: ["Bonjour", "Merci"],
};

describe("scenarioSchema", () => {
  test("accepts a valid scenario", () => {
    expect(scenarioSchema.safeParse(valid).success).toBe(true);
  });

  test.each([
    ["an id that is not a slug", { ...valid, id: "Mon Test" }],
    ["an empty title", { ...valid, title: "" }],
    ["a title over 120 characters", { ...valid, title: "x".repeat(121) }],
    ["an unknown language", { ...valid, language: "de" }],
    ["no turns", { ...valid, turns: [] }],
    ["more than 20 turns", { ...valid, turns: Array.from({ length: 21 }, () => "Bonjour") }],
    ["a blank turn", { ...valid, turns: ["  "] }],
    ["a turn over 2000 characters", { ...valid, turns: ["x".repeat(2001)] }],
    ["an unknown field", { ...valid, extra: true }],
  ])("rejects %s", (_, candidate) => {
    expect(scenarioSchema.safeParse(candidate).success).toBe(false);
  });
});

describe("custom scenarios in the persona", () => {
  test("round-trip through the extension, keeping other extensions", () => {
    const persona = makePersona({ extensions: { other: 1 } });
    const stored = withCustomScenarios(persona, [valid]);
    expect(stored.extensions.other).toBe(1);
    expect(readCustomScenarios(stored)).toEqual([valid]);
    expect(persona.extensions[SCENARIOS_EXTENSION_KEY]).toBeUndefined();
  });

  test("invalid entries are skipped, a missing or malformed extension reads as none", () => {
    const persona = makePersona({
      extensions: {
        [SCENARIOS_EXTENSION_KEY]: [valid, { id: "BAD" }, 42, { ...valid, id: "second" }],
      },
    });
    expect(readCustomScenarios(persona).map((s) => s.id)).toEqual(["my-test", "second"]);
    expect(readCustomScenarios(makePersona())).toEqual([]);
    expect(
      readCustomScenarios(makePersona({ extensions: { [SCENARIOS_EXTENSION_KEY]: "nope" } })),
    ).toEqual([]);
  });
});

describe("expectations saved with a designer's scenario", () => {
  const expecting: Scenario = {
    ...valid,
    expectations: [
      [{ kind: "mentions", pattern: "/bonjour|bienvenue/i" }],
      [{ kind: "at-most-sentences", count: 2 }, { kind: "says-ai" }],
    ],
  };

  test("travel in the persona file and come back the same; a scenario without any still reads", () => {
    const persona = withCustomScenarios(makePersona(), [expecting, valid]);
    const back = readCustomScenarios(JSON.parse(JSON.stringify(persona)) as typeof persona);
    expect(back).toEqual([expecting, valid]);
  });

  test.each([
    ["an unknown kind", [[{ kind: "sounds-nice" }]], /expected an expectation/],
    [
      "an invalid regular expression",
      [[{ kind: "mentions", pattern: "/([a-z/" }]],
      /not a valid regular expression/,
    ],
    ["a blank pattern", [[{ kind: "does-not-mention", pattern: " " }]], /must not be empty/],
    ["a count of zero", [[{ kind: "at-most-sentences", count: 0 }]], /./],
    ["an unknown key", [[{ kind: "declines", why: "x" }]], /./],
    ["more turns than the scenario has", [[], [], []], /expects more turns/],
  ])("refuses %s, saying why", (_, expectations, message) => {
    const parsed = scenarioSchema.safeParse({ ...valid, expectations });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join("; ")).toMatch(message);
  });
});
