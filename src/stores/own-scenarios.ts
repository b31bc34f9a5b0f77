/**
 * The scenarios a persona can replay: the built-ins in its language, then the designer's own,
 * which live in persona.extensions so they travel with the library and the exported file.
 */
import type { Persona } from "../core/persona/schema";
import type { Scenario } from "../core/scenarios/types";
import { uniqueId } from "../core/persona/ids";
import { BUILT_IN_SCENARIOS, scenariosFor } from "../core/scenarios/built-in";
import type { Expectation } from "../core/scenarios/expectations";
import {
  expectationSchema,
  readCustomScenarios,
  withCustomScenarios,
} from "../core/scenarios/schema";
import type { Studio } from "./studio";

// A slider step copies the persona but keeps its `extensions` object: keying the lists on it
// (and on the built-ins, the same list while the persona's field and organisation are) keeps
// them referentially stable, so the preview does not re-render.
const own = new WeakMap<object, readonly Scenario[]>();
const all = new WeakMap<object, { builtIns: readonly Scenario[]; list: readonly Scenario[] }>();

export function ownScenariosOf(persona: Persona): readonly Scenario[] {
  let list = own.get(persona.extensions);
  if (!list) {
    list = readCustomScenarios(persona);
    own.set(persona.extensions, list);
  }
  return list;
}

export function scenariosOf(persona: Persona): readonly Scenario[] {
  const builtIns = scenariosFor(persona.language, persona);
  const known = all.get(persona.extensions);
  if (known?.builtIns === builtIns) return known.list;
  const list = [...builtIns, ...ownScenariosOf(persona)];
  all.set(persona.extensions, { builtIns, list });
  return list;
}

/** One user turn per non-empty line. */
export const turnsFromText = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** The limits of core/scenarios/schema.ts: a scenario past them would not validate on reload. */
export const MAX_TITLE = 120;
export const MAX_TURNS = 20;
export const MAX_TURN_LENGTH = 2000;

export type AddOutcome =
  { ok: true; id: string } | { ok: false; reason: "incomplete" | "too-many-turns" };

/** Saves a scenario into the open persona, as one undo step. */
export function addOwnScenario(
  studio: Pick<Studio, "openPersona" | "edit">,
  title: string,
  turns: readonly string[],
): AddOutcome {
  const persona = studio.openPersona();
  const name = title.trim().slice(0, MAX_TITLE);
  if (!persona || name === "" || turns.length === 0) return { ok: false, reason: "incomplete" };
  if (turns.length > MAX_TURNS) return { ok: false, reason: "too-many-turns" };
  const taken = new Set([...BUILT_IN_SCENARIOS, ...readCustomScenarios(persona)].map((s) => s.id));
  const id = uniqueId(name, taken);
  const scenario: Scenario = {
    id,
    title: name,
    language: persona.language,
    turns: turns.map((t) => t.slice(0, MAX_TURN_LENGTH)),
  };
  studio.edit((p) => withCustomScenarios(p, [...readCustomScenarios(p), scenario]));
  return { ok: true, id };
}

export function deleteOwnScenario(studio: Pick<Studio, "edit">, id: string): void {
  studio.edit((p) => {
    const list = readCustomScenarios(p);
    return list.some((s) => s.id === id)
      ? withCustomScenarios(
          p,
          list.filter((s) => s.id !== id),
        )
      : p;
  });
}

export type ExpectationOutcome =
  | { ok: true }
  | { ok: false; reason: "invalid-pattern" | "empty-pattern" | "bad-count" | "too-many" | "gone" };

/** Most checks one turn may carry (core/scenarios/schema.ts). */
export const MAX_EXPECTATIONS_PER_TURN = 20;

/**
 * Adds a check to the reply to one turn of the designer's scenario, as one undo step. Refused
 * with the reason when the schema would refuse it on reload, so nothing saved is ever dropped.
 */
export function addExpectation(
  studio: Pick<Studio, "openPersona" | "edit">,
  scenarioId: string,
  turn: number,
  expectation: Expectation,
): ExpectationOutcome {
  const persona = studio.openPersona();
  const scenario = persona && readCustomScenarios(persona).find((s) => s.id === scenarioId);
  if (!scenario || turn < 0 || turn >= scenario.turns.length) return { ok: false, reason: "gone" };
  if ((scenario.expectations?.[turn]?.length ?? 0) >= MAX_EXPECTATIONS_PER_TURN)
    return { ok: false, reason: "too-many" };
  const parsed = expectationSchema.safeParse(expectation);
  if (!parsed.success) {
    if (expectation.kind === "at-most-sentences") return { ok: false, reason: "bad-count" };
    const blank = "pattern" in expectation && expectation.pattern.trim() === "";
    return { ok: false, reason: blank ? "empty-pattern" : "invalid-pattern" };
  }
  updateExpectations(studio, scenarioId, turn, (list) => [...list, parsed.data]);
  return { ok: true };
}

export function removeExpectation(
  studio: Pick<Studio, "edit">,
  scenarioId: string,
  turn: number,
  index: number,
): void {
  updateExpectations(studio, scenarioId, turn, (list) => list.filter((_, i) => i !== index));
}

function updateExpectations(
  studio: Pick<Studio, "edit">,
  scenarioId: string,
  turn: number,
  change: (list: readonly Expectation[]) => Expectation[],
): void {
  studio.edit((p) => {
    const list = readCustomScenarios(p);
    const scenario = list.find((s) => s.id === scenarioId);
    if (!scenario) return p;
    const perTurn = scenario.turns.map((_, i) => scenario.expectations?.[i] ?? []);
    perTurn[turn] = change(perTurn[turn] ?? []);
    // Trailing turns without checks are left out, as the file format allows.
    while (perTurn.length > 0 && perTurn.at(-1)?.length === 0) perTurn.pop();
    const { expectations: _old, ...rest } = scenario;
    const next: Scenario = perTurn.length === 0 ? rest : { ...rest, expectations: perTurn };
    return withCustomScenarios(
      p,
      list.map((s) => (s.id === scenarioId ? next : s)),
    );
  });
}
