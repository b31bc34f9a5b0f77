/**
 * The one door for untrusted persona JSON (files, storage, share links, cards):
 * it validates, migrates older schema versions and explains every problem with
 * its JSON path in plain words, never with a stack trace.
 */
import type { z } from "zod";
import {
  MAX_EXTENSION_DEPTH,
  MAX_PERSONA_BYTES,
  MAX_PERSONA_FILE_BYTES,
  PERSONA_FORMAT,
  SCHEMA_VERSION,
} from "./constants";
import { jsonShapeProblems } from "./json-walk";
import { personaSchema, type Persona } from "./schema";

export interface Problem {
  /** JSON path such as `voice.register` or `examples[0].user`; "" for the whole document. */
  path: string;
  message: string;
}

export type RestoreResult =
  { ok: true; persona: Persona; migratedFrom?: number } | { ok: false; problems: Problem[] };

export { MAX_EXTENSION_DEPTH, MAX_PERSONA_BYTES, MAX_PERSONA_FILE_BYTES };

/**
 * Upgrades from version N to N+1, each run on a value the schema has not checked yet: a
 * migration only adds what its version introduced and leaves every problem to the schema.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 added the avoided topics' trigger words; a version 1 file has none.
  1: (doc) => {
    const guardrails = doc.guardrails;
    if (
      guardrails === null ||
      typeof guardrails !== "object" ||
      Array.isArray(guardrails) ||
      "topicTriggers" in guardrails
    )
      return doc;
    return { ...doc, guardrails: { ...guardrails, topicTriggers: {} } };
  },
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short, readable rendering of a bad value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  return String(value);
}

function issueToProblems(issue: z.core.$ZodIssue): Problem[] {
  const path = formatPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `unknown key ${JSON.stringify(key)} (put tool-specific data under "extensions")`,
    }));
  }
  if (issue.code === "invalid_key") {
    // The key's own problems ("must not be empty"), said of the key rather than of a value.
    const why = issue.issues.map((inner) => inner.message).join("; ");
    return [{ path, message: `the key ${describeValue(issue.input)} is not allowed: ${why}` }];
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return [{ path, message: "is required but missing" }];
  }
  const got = "input" in issue ? `, got ${describeValue(issue.input)}` : "";
  return [{ path, message: `${issue.message}${got}` }];
}

function versionProblem(doc: Record<string, unknown>): Problem | { version: number } {
  const version = doc.schemaVersion;
  if (doc.format !== PERSONA_FORMAT) {
    return {
      path: "format",
      message: `expected "${PERSONA_FORMAT}", got ${describeValue(doc.format)}: this is not a Psydesign persona file`,
    };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      path: "schemaVersion",
      message: `expected a whole number, got ${describeValue(version)}`,
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      path: "schemaVersion",
      message: `this persona was made by a newer version of Psydesign Studio (schemaVersion ${version}); this version reads up to ${SCHEMA_VERSION}. Update the studio to open it.`,
    };
  }
  return { version };
}

const MB = MAX_PERSONA_BYTES / 1_000_000;

/** UTF-8 bytes of `text`, counted only when its length alone cannot settle `text ≤ max bytes`. */
function exceedsBytes(text: string, max: number): boolean {
  // A UTF-16 code unit is one to three UTF-8 bytes.
  return (
    text.length > max || (text.length > max / 3 && new TextEncoder().encode(text).length > max)
  );
}

/**
 * The persona's content over MAX_PERSONA_BYTES, counted as its compact JSON: what a file may
 * hold however it is indented. For a value restorePersona accepted (JSON, never too deep).
 */
export function personaSizeProblem(persona: unknown): Problem | undefined {
  if (!exceedsBytes(JSON.stringify(persona), MAX_PERSONA_BYTES)) return undefined;
  return {
    path: "",
    message: `the persona holds more than ${MB} MB of data (counted as compact JSON, without spaces); a persona never does`,
  };
}

/**
 * Validates (and migrates) any parsed JSON value into a Persona. Never throws, whatever the
 * value: a problem it did not foresee is reported like any other. Its size is checked by
 * the readers of files and links (personaSizeProblem), which each say it their own way.
 */
export function restorePersona(input: unknown): RestoreResult {
  try {
    return restoreChecked(input);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "", message: `could not be read (${String(error).slice(0, 200)})` }],
    };
  }
}

function restoreChecked(input: unknown): RestoreResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      ok: false,
      problems: [{ path: "", message: `expected a persona object, got ${describeValue(input)}` }],
    };
  }
  // Before anything recursive (zod, JSON.stringify) sees the value: after this, it is JSON
  // nested at most MAX_EXTENSION_DEPTH levels.
  const shape = jsonShapeProblems(input);
  if (shape.length > 0)
    return {
      ok: false,
      problems: shape.map((p) => ({ path: formatPath(p.path), message: p.message })),
    };

  let doc = input as Record<string, unknown>;
  const version = versionProblem(doc);
  if (!("version" in version)) return { ok: false, problems: [version] };
  for (let v = version.version; v < SCHEMA_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) {
      return {
        ok: false,
        problems: [{ path: "schemaVersion", message: `no migration from version ${v}` }],
      };
    }
    doc = { ...migrate(doc), schemaVersion: v + 1 };
  }

  const parsed = personaSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.flatMap(issueToProblems) };
  }
  return version.version < SCHEMA_VERSION
    ? { ok: true, persona: parsed.data, migratedFrom: version.version }
    : { ok: true, persona: parsed.data };
}

/**
 * Parses persona JSON text, reporting syntax errors as problems too. The text may be up to
 * MAX_PERSONA_FILE_BYTES, however indented; the persona in it, MAX_PERSONA_BYTES.
 */
export function restorePersonaText(text: string): RestoreResult {
  if (exceedsBytes(text, MAX_PERSONA_FILE_BYTES)) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: `the file is larger than ${MAX_PERSONA_FILE_BYTES / 1_000_000} MB; a persona file never is`,
        },
      ],
    };
  }
  if (text.trim() === "") {
    return { ok: false, problems: [{ path: "", message: "the file is empty" }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message: `not valid JSON (${detail})` }] };
  }
  const restored = restorePersona(value);
  const tooLarge = restored.ok ? personaSizeProblem(restored.persona) : undefined;
  return tooLarge ? { ok: false, problems: [tooLarge] } : restored;
}
