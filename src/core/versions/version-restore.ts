/**
 * The door for versions coming from outside this tab: IndexedDB (which another tab, an older
 * studio or a hostile extension may have written) and history files. The envelope is checked
 * here, the persona by the persona door; a version that fails either is left out, never fixed.
 */
import { z } from "zod";
import { formatPath, personaSizeProblem, restorePersona, type Problem } from "../persona/restore";
import { deepFreeze, MAX_VERSION_NAME, MAX_VERSION_NOTE, VERSION_ORIGINS } from "./version-model";
import type { PersonaVersion, VersionOrigin } from "./types";

/** Ids are made by the studio (a UUID) but a file may carry any short, plain token. */
export const VERSION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const versionEnvelopeSchema = z.strictObject({
  id: z.string({ error: "expected text" }).regex(VERSION_ID, {
    error: "expected an id of letters, digits, '-' and '_' (at most 64)",
  }),
  personaId: z
    .string({ error: "expected text" })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "expected a persona id (a slug)" })
    .max(64, { error: "expected at most 64 characters" }),
  createdAt: z.iso.datetime({
    offset: true,
    error: "expected a date and time such as 2025-03-01T10:00:00Z",
  }),
  name: z
    .string({ error: "expected text" })
    .min(1, { error: "must not be empty" })
    .max(MAX_VERSION_NAME, { error: `expected at most ${MAX_VERSION_NAME} characters` }),
  note: z
    .string({ error: "expected text" })
    .max(MAX_VERSION_NOTE, { error: `expected at most ${MAX_VERSION_NOTE} characters` })
    .optional(),
  origin: z.enum(VERSION_ORIGINS as [VersionOrigin, ...VersionOrigin[]], {
    error: `expected one of ${VERSION_ORIGINS.join(", ")}`,
  }),
  /** Checked by the persona door. */
  persona: z.unknown(),
});

export type VersionResult =
  { ok: true; version: PersonaVersion } | { ok: false; problems: Problem[] };

const under = (prefix: string, path: string) =>
  path === "" ? prefix : path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;

/** A stored or imported version, checked whole; never throws. */
export function restoreVersion(value: unknown): VersionResult {
  const parsed = versionEnvelopeSchema.safeParse(value);
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      }));
  if (!parsed.success) return { ok: false, problems };
  const restored = restorePersona(parsed.data.persona);
  if (!restored.ok)
    return {
      ok: false,
      problems: restored.problems.map((p) => ({ ...p, path: under("persona", p.path) })),
    };
  const tooLarge = personaSizeProblem(restored.persona);
  if (tooLarge) return { ok: false, problems: [{ ...tooLarge, path: "persona" }] };
  if (restored.persona.id !== parsed.data.personaId)
    return {
      ok: false,
      problems: [{ path: "personaId", message: "is not the id of the persona it holds" }],
    };
  const { note, ...rest } = parsed.data;
  return {
    ok: true,
    version: deepFreeze({
      ...rest,
      ...(note ? { note } : {}),
      persona: restored.persona,
    }),
  };
}
