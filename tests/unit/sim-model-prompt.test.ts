/**
 * The simulated model's two readings: the system prompt back into the persona it asks for
 * (against compile() of every preset and of random personas), and the behaviour grammar.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile } from "../../src/core/compiler/compile";
import { bandIndex } from "../../src/core/persona/bands";
import { DIMENSION_IDS, type Persona } from "../../src/core/persona/schema";
import { arbitraryPersona } from "../helpers/arbitraries";
import { PRESETS } from "../helpers/presets";
import {
  BehaviourError,
  behaviourFor,
  describeBehaviour,
  parseBehaviour,
  parseModelBehaviour,
  type ModelBehaviours,
} from "../llm-server/sim/behaviour";
import { readPrompt } from "../llm-server/sim/read-prompt";

const bands = (persona: Persona) => DIMENSION_IDS.map((id) => bandIndex(persona.voice[id]));

/** The route as the prompt writes it: French lower-cases a first word after a colon, and a full stop may be added. */
const route = (text: string | undefined) =>
  text === undefined || text.trim() === ""
    ? undefined
    : text
        .trim()
        .replace(/\.$/, "")
        .replace(/^./, (first) => first.toLowerCase());

function expectRecovered(persona: Persona): void {
  const read = readPrompt(compile(persona).systemPrompt);
  expect(read.language).toBe(persona.language);
  expect(read.address).toBe(persona.address);
  expect(bands(read)).toEqual(bands(persona));
  expect(read.lexicon.avoid).toEqual(persona.lexicon.avoid.map((term) => term.trim()));
  expect(read.lexicon.prefer).toEqual(persona.lexicon.prefer.map((term) => term.trim()));
  expect(read.guardrails.avoidTopics).toEqual(
    persona.guardrails.avoidTopics.map((topic) => topic.trim()),
  );
  expect(read.guardrails.discloseAI).toBe(persona.guardrails.discloseAI);
  expect(route(read.guardrails.escalation)).toBe(route(persona.guardrails.escalation));
}

/** Quotes and line breaks inside a term make a quoted list ambiguous for any reader: left out. */
const plain = (text: string) => !/["«»\n\r—]/.test(text);

describe("reading a compiled prompt back", () => {
  test.each(PRESETS.map((persona) => [persona.id, persona] as const))(
    "%s: language, address, every band, lexicon, topics and the escalation route",
    (_, persona) => {
      expectRecovered(persona);
      const read = readPrompt(compile(persona).systemPrompt);
      expect(read.identity.assistantName).toBe(persona.identity.assistantName);
      expect(read.identity.organization).toBe(persona.identity.organization);
      expect(read.greeting).toBe(persona.greeting?.trim());
      expect(read.guardrails.topicTriggers).toEqual(persona.guardrails.topicTriggers);
      // The preset's own words, not only the reading's normalisation of them.
      expect(read.guardrails.escalation?.length).toBeGreaterThan(20);
    },
  );

  test("random personas: language, address, bands, avoided words and the escalation route", () => {
    const persona = arbitraryPersona().filter(
      (p) =>
        [...p.lexicon.avoid, ...p.lexicon.prefer, ...p.guardrails.avoidTopics].every(plain) &&
        !/[\n\r]/.test(p.guardrails.escalation ?? ""),
    );
    fc.assert(fc.property(persona, expectRecovered), { numRuns: 150 });
  });

  test("a prompt that is not a compiled one reads as a plain English persona", () => {
    const read = readPrompt("You are a helpful assistant.");
    expect(read.language).toBe("en");
    expect(read.lexicon.avoid).toEqual([]);
    expect(read.guardrails.escalation).toBeUndefined();
  });
});

describe("the behaviour grammar", () => {
  test.each([
    ["faithful", {}],
    ["drifts-to-tu:5", { drift: { to: "tu", afterTurn: 5 } }],
    ["drifts-to-vous:0", { drift: { to: "vous", afterTurn: 0 } }],
    ["uses-avoided:0.3", { avoided: { probability: 0.3, seed: 1 } }],
    ["uses-avoided:1:42", { avoided: { probability: 1, seed: 42 } }],
    ["ignores-handover", { ignoresHandover: true }],
    ["long", { long: true }],
    [
      "drifts-to-tu:5+uses-avoided:0.3",
      { drift: { to: "tu", afterTurn: 5 }, avoided: { probability: 0.3, seed: 1 } },
    ],
    [" long + ignores-handover ", { long: true, ignoresHandover: true }],
  ])("%j", (text, behaviour) => {
    expect(parseBehaviour(text)).toEqual(behaviour);
    // Written back in its own grammar, it reads the same.
    expect(parseBehaviour(describeBehaviour(parseBehaviour(text)))).toEqual(behaviour);
  });

  test.each([
    ["", /^empty behaviour/],
    ["faithfull", /^unknown behaviour "faithfull"; one of faithful, drifts-to-tu:N/],
    ["drifts-to-tu", /^"drifts-to-tu" needs a value, e\.g\. drifts-to-tu:3$/],
    ["drifts-to-tu:three", /the turn must be a whole number, not "three"/],
    ["drifts-to-tu:-1", /the turn must be a whole number, not "-1"/],
    ["drifts-to-tu:2+drifts-to-vous:4", /only one drift at a time/],
    ["uses-avoided:1.5", /the probability must be a number from 0 to 1, not "1.5"/],
    ["uses-avoided:0.3:x", /the seed must be a whole number, not "x"/],
    ["uses-avoided", /needs 1 to 2 values, e\.g\. uses-avoided:0\.3/],
    ["long:3", /^"long" takes no value$/],
    ["faithful+", /^unknown behaviour ""/],
  ])("%j is refused in one line", (text, message) => {
    let error: unknown;
    try {
      parseBehaviour(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BehaviourError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  test("per model: MODEL=BEHAVIOUR for one model, a bare behaviour for the others", () => {
    const chosen: ModelBehaviours = { all: {}, byModel: new Map() };
    parseModelBehaviour("drifting-model=drifts-to-tu:3", chosen);
    parseModelBehaviour("long", chosen);
    const of = behaviourFor(chosen);
    expect(of("drifting-model")).toEqual({ drift: { to: "tu", afterTurn: 3 } });
    expect(of("faithful-model")).toEqual({ long: true });
    expect(() => parseModelBehaviour("=long", chosen)).toThrow(/model name before "=" is empty/);
  });
});
