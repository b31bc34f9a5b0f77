/**
 * The scenarios `psydesign rehearse` can replay for a persona: the ones the studio's preview
 * offers it (stores/own-scenarios.ts, which the CLI may not import), that is the built-ins in
 * the persona's language, written against its field and organisation, then the designer's own
 * saved in the persona file.
 */
import type { Language, Persona } from "../core/persona/schema";
import { scenariosFor } from "../core/scenarios/built-in";
import { readCustomScenarios } from "../core/scenarios/schema";
import type { Scenario } from "../core/scenarios/types";

/** Every scenario the persona can replay, in the preview's menu order. */
export function offeredScenarios(persona: Persona): Scenario[] {
  return [...scenariosFor(persona.language, persona), ...readCustomScenarios(persona)];
}

/** The id replayed when the command names neither a scenario nor a message. */
export const defaultScenarioId = (language: Language): string => `welcome-${language}`;

/**
 * The scenario with this id, as the preview picks it: the first in menu order, so a built-in
 * wins over a hand-edited own scenario that reuses its id.
 */
export function findScenario(scenarios: readonly Scenario[], id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { fr: "French", en: "English" };

/**
 * Why `id` names no scenario, and what would: the valid ids, and for a built-in of the other
 * language ("complaint-en" to a French persona) the same kind in the persona's language.
 */
export function unknownScenario(
  id: string,
  scenarios: readonly Scenario[],
  language: Language,
): string {
  const ids = scenarios.map((scenario) => scenario.id);
  const other = /^(.+)-(fr|en)$/.exec(id);
  const twin = other && other[2] !== language ? `${other[1]}-${language}` : undefined;
  const hint =
    twin !== undefined && ids.includes(twin)
      ? ` (this persona speaks ${LANGUAGE_NAMES[language]}; did you mean "${twin}"?)`
      : "";
  return `unknown scenario ${JSON.stringify(id)}${hint}; the persona's scenarios are ${ids.join(", ")}`;
}
