/**
 * "Export with history": one file holding a persona and every version of it, and its reader.
 * Reading is all or nothing: a file with one bad version changes nothing and says where the
 * problem is, as every other import does.
 */
import { z } from "zod";
import {
  describeValue,
  formatPath,
  personaSizeProblem,
  restorePersona,
  type Problem,
} from "../persona/restore";
import type { Persona } from "../persona/schema";
import { HISTORY_FORMAT, MAX_HISTORY_FILE_BYTES } from "./constants";
import type { PersonaVersion } from "./types";
import { byAge } from "./version-model";
import { restoreVersion } from "./version-restore";

export { HISTORY_FORMAT, MAX_HISTORY_FILE_BYTES };
export const HISTORY_VERSION = 1;
export const MAX_HISTORY_VERSIONS = 5_000;
/** Past this many, the rest are counted, not listed: a list of 5,000 errors helps nobody. */
const MAX_PROBLEMS = 20;

export interface PersonaHistory {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  persona: Persona;
  versions: PersonaVersion[];
}

export type HistoryResult =
  { ok: true; history: PersonaHistory } | { ok: false; problems: Problem[] };

const headerSchema = z.strictObject({
  format: z.literal(HISTORY_FORMAT, { error: `expected "${HISTORY_FORMAT}"` }),
  version: z.literal(HISTORY_VERSION, { error: `expected ${HISTORY_VERSION}` }),
  persona: z.unknown(),
  versions: z
    .array(z.unknown(), { error: "expected a list of versions" })
    .max(MAX_HISTORY_VERSIONS, { error: `expected at most ${MAX_HISTORY_VERSIONS} versions` }),
});

/** The file's content: the persona as it is now and its versions, oldest first. */
export function createHistory(
  persona: Persona,
  versions: readonly PersonaVersion[],
): PersonaHistory {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    persona,
    versions: versions.filter((v) => v.personaId === persona.id).toSorted(byAge),
  };
}

export function serializeHistory(history: PersonaHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

export const historyFilename = (persona: Persona) => `${persona.id}.history.json`;

export function isHistoryDocument(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>).format === HISTORY_FORMAT
  );
}

/** Validates a parsed history document; never throws. */
export function restoreHistory(value: unknown): HistoryResult {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return fail("", `expected a history object, got ${describeValue(value)}`);
  const version = (value as Record<string, unknown>).version;
  if (typeof version === "number" && Number.isInteger(version) && version > HISTORY_VERSION)
    return fail(
      "version",
      `this history was saved by a newer version of Psydesign Studio (version ${version}); this version reads up to ${HISTORY_VERSION}. Update the studio to open it.`,
    );
  const header = headerSchema.safeParse(value);
  if (!header.success)
    return {
      ok: false,
      problems: header.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message:
          issue.code === "unrecognized_keys"
            ? `unknown keys ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`
            : issue.message,
      })),
    };
  const persona = restorePersona(header.data.persona);
  const problems: Problem[] = [];
  if (!persona.ok)
    problems.push(...persona.problems.map((p) => ({ ...p, path: under("persona", p.path) })));
  const tooLarge = persona.ok ? personaSizeProblem(persona.persona) : undefined;
  if (tooLarge) problems.push({ ...tooLarge, path: "persona" });
  const versions: PersonaVersion[] = [];
  const seen = new Set<string>();
  let failed = 0;
  const add = (p: Problem) => (++failed <= MAX_PROBLEMS ? problems.push(p) : undefined);
  header.data.versions.forEach((raw, i) => {
    const restored = restoreVersion(raw);
    const at = `versions[${i}]`;
    if (!restored.ok)
      return restored.problems.forEach((p) => add({ ...p, path: under(at, p.path) }));
    const v = restored.version;
    if (persona.ok && v.personaId !== persona.persona.id)
      return add({
        path: `${at}.personaId`,
        message: `is not the file's persona ("${persona.persona.id}")`,
      });
    if (seen.has(v.id)) return add({ path: `${at}.id`, message: `appears twice ("${v.id}")` });
    seen.add(v.id);
    versions.push(v);
  });
  if (failed > MAX_PROBLEMS)
    problems.push({ path: "versions", message: `and ${failed - MAX_PROBLEMS} more problems` });
  if (problems.length > 0 || !persona.ok) return { ok: false, problems };
  return {
    ok: true,
    history: { ...header.data, persona: persona.persona, versions: versions.toSorted(byAge) },
  };
}

/** Parses a history file's text; syntax errors, an empty file and an oversized one are problems too. */
export function restoreHistoryText(text: string): HistoryResult {
  if (
    text.length > MAX_HISTORY_FILE_BYTES / 3 &&
    new TextEncoder().encode(text).length > MAX_HISTORY_FILE_BYTES
  )
    return fail(
      "",
      `the file is larger than ${MAX_HISTORY_FILE_BYTES / 1_000_000} MB; a persona's history never is`,
    );
  if (text.trim() === "") return fail("", "the file is empty");
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail("", `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return restoreHistory(value);
}

function fail(path: string, message: string): HistoryResult {
  return { ok: false, problems: [{ path, message }] };
}

function under(prefix: string, path: string): string {
  return path === "" ? prefix : path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}
