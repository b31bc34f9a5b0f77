/**
 * The scenarios a persona can replay: the built-ins in its language, then the designer's own,
 * which live in persona.extensions so they travel with the library and the exported file.
 */
import type { Persona } from "../core/persona/schema";
import type { Scenario } from "../core/scenarios/types";
import { uniqueId } from "../core/persona/ids";
import { BUILT_IN_SCENARIOS, scenariosFor } from "../core/scenarios/built-in";
import { readCustomScenarios, withCustomScenarios } from "../core/scenarios/schema";
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
