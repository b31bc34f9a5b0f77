/**
 * Making versions and ordering them. Pure: the caller brings the id and the time (core has
 * no clock, no random source).
 */
import { sameValue } from "../review/persona-diff";
import type { Persona } from "../persona/schema";
import type { PersonaVersion, VersionOrigin } from "./types";

export const VERSION_ORIGINS: readonly VersionOrigin[] = [
  "manual",
  "export",
  "share",
  "review",
  "import",
];

/** A name is what the list shows; longer ones are cut, not refused (an export's file name). */
export const MAX_VERSION_NAME = 120;
export const MAX_VERSION_NOTE = 2000;

export interface VersionInput {
  name: string;
  note?: string;
  origin: VersionOrigin;
}

/** Frozen all the way down: a version never changes once made, whoever holds it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner);
  }
  return value;
}

/** A copy, so later edits of the caller's persona object never reach the version. */
const copyOf = (persona: Persona): Persona => structuredClone(persona);

export function makeVersion(
  persona: Persona,
  input: VersionInput,
  id: string,
  createdAt: string,
): PersonaVersion {
  const name = input.name.trim().slice(0, MAX_VERSION_NAME);
  const note = input.note?.trim().slice(0, MAX_VERSION_NOTE);
  return deepFreeze({
    id,
    personaId: persona.id,
    createdAt,
    name,
    ...(note ? { note } : {}),
    origin: input.origin,
    persona: copyOf(persona),
  });
}

/** Saved on the way out (export, share, review page): the same persona twice is one version. */
export const isAutomatic = (origin: VersionOrigin) =>
  origin === "export" || origin === "share" || origin === "review";

/**
 * The version an automatic save would only repeat: the latest one, when it holds exactly
 * this persona. A manual save always makes a version: the designer asked for one.
 */
export function repeatedVersion(
  latest: PersonaVersion | undefined,
  persona: Persona,
  origin: VersionOrigin,
): PersonaVersion | undefined {
  if (!latest || !isAutomatic(origin)) return undefined;
  return sameValue(latest.persona, persona) ? latest : undefined;
}

/** Oldest first; two made in the same millisecond keep a stable order by id. */
export function byAge(a: PersonaVersion, b: PersonaVersion): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
