/**
 * What changed between the persona a client reviewed and the one the designer has now, so
 * feedback is read beside the version it was given on. Structured, not worded: the studio
 * names each change in its UI language.
 */
import { bandIndex } from "../persona/bands";
import { DIMENSION_IDS, type DimensionId } from "../persona/constants";
import type { Persona } from "../persona/schema";
import { SCENARIOS_EXTENSION_KEY, readCustomScenarios } from "../scenarios/schema";

/** Single values, by their JSON path in the persona. */
export const FIELD_PATHS = [
  "id",
  "name",
  "language",
  "description",
  "identity.assistantName",
  "identity.role",
  "identity.organization",
  "identity.audience",
  "identity.purpose",
  "address",
  "guardrails.escalation",
  "guardrails.discloseAI",
  "greeting",
] as const;
export type FieldPath = (typeof FIELD_PATHS)[number];

export const LIST_PATHS = ["lexicon.prefer", "lexicon.avoid", "guardrails.avoidTopics"] as const;
export type ListPath = (typeof LIST_PATHS)[number];

export type PersonaChange =
  | {
      kind: "field";
      field: FieldPath;
      before: string | boolean | undefined;
      after: string | boolean | undefined;
    }
  | {
      kind: "dimension";
      dimension: DimensionId;
      before: number;
      after: number;
      /** The prompt changes only when the band does. */ bandChanged: boolean;
    }
  | { kind: "list"; field: ListPath; added: string[]; removed: string[] }
  /** Example exchanges differ in any way; the counts say how many there are. */
  | { kind: "examples"; before: number; after: number }
  /** The designer's own scenarios, by title. */
  | { kind: "scenarios"; added: string[]; removed: string[]; changed: string[] }
  /** Data other tools keep in `extensions`. */
  | { kind: "extensions" }
  /** Nothing above, yet not the same version: only the order of terms or scenarios moved. */
  | { kind: "order" };

/** Equal as JSON values, whatever the key order; an absent key equals an undefined one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}

/** The reviewed persona and the current one are the same version: no change at all. */
export function sameVersion(reviewed: Persona, current: Persona): boolean {
  return sameValue(reviewed, current);
}

function fieldOf(persona: Persona, path: FieldPath): string | boolean | undefined {
  let value: unknown = persona;
  for (const key of path.split("."))
    value =
      value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" || typeof value === "boolean" ? value : undefined;
}

function listOf(persona: Persona, path: ListPath): readonly string[] {
  return path === "lexicon.prefer"
    ? persona.lexicon.prefer
    : path === "lexicon.avoid"
      ? persona.lexicon.avoid
      : persona.guardrails.avoidTopics;
}

function scenarioChange(before: Persona, after: Persona): PersonaChange | undefined {
  const old = new Map(readCustomScenarios(before).map((s) => [s.id, s]));
  const now = new Map(readCustomScenarios(after).map((s) => [s.id, s]));
  const added = [...now.values()].filter((s) => !old.has(s.id)).map((s) => s.title);
  const removed = [...old.values()].filter((s) => !now.has(s.id)).map((s) => s.title);
  const changed = [...now.values()]
    .filter((s) => old.has(s.id) && !sameValue(old.get(s.id), s))
    .map((s) => s.title);
  return added.length + removed.length + changed.length > 0
    ? { kind: "scenarios", added, removed, changed }
    : undefined;
}

const withoutScenarios = (extensions: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== SCENARIOS_EXTENSION_KEY));

/** Every difference from `before` (the reviewed version) to `after`, in the editor's order. */
export function personaChanges(before: Persona, after: Persona): PersonaChange[] {
  const changes: PersonaChange[] = [];
  const field = (path: FieldPath) => {
    const [a, b] = [fieldOf(before, path), fieldOf(after, path)];
    if (a !== b) changes.push({ kind: "field", field: path, before: a, after: b });
  };
  for (const path of FIELD_PATHS.slice(0, FIELD_PATHS.indexOf("address"))) field(path);
  for (const dimension of DIMENSION_IDS) {
    const [a, b] = [before.voice[dimension], after.voice[dimension]];
    if (a !== b)
      changes.push({
        kind: "dimension",
        dimension,
        before: a,
        after: b,
        bandChanged: bandIndex(a) !== bandIndex(b),
      });
  }
  field("address");
  for (const path of LIST_PATHS) {
    const [a, b] = [listOf(before, path), listOf(after, path)];
    const added = b.filter((term) => !a.includes(term));
    const removed = a.filter((term) => !b.includes(term));
    if (added.length + removed.length > 0)
      changes.push({ kind: "list", field: path, added, removed });
  }
  field("guardrails.escalation");
  field("guardrails.discloseAI");
  if (!sameValue(before.examples, after.examples))
    changes.push({
      kind: "examples",
      before: before.examples.length,
      after: after.examples.length,
    });
  field("greeting");
  const scenarios = scenarioChange(before, after);
  if (scenarios) changes.push(scenarios);
  if (!sameValue(withoutScenarios(before.extensions), withoutScenarios(after.extensions)))
    changes.push({ kind: "extensions" });
  if (changes.length === 0 && !sameVersion(before, after)) changes.push({ kind: "order" });
  return changes;
}
