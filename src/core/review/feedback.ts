/**
 * The file a client sends back from review mode: the exact persona they talked to, where the
 * replies came from, and their verdict on each reply they rated. Read back through the same
 * kind of door as personas: validated, every problem explained with its JSON path. An API key
 * has no place in it: an endpoint is recorded by its host and model only.
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

export { personaChanges, sameVersion, type PersonaChange } from "./persona-diff";

export const FEEDBACK_FORMAT = "psydesign-feedback";
export const FEEDBACK_VERSION = 1;
/** A persona (at most 1 MB) and a few hundred rated replies fit well within this. */
export const MAX_FEEDBACK_BYTES = 8_000_000;

const slug = z
  .string({ error: "expected text" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "expected a slug: lowercase letters, digits and single hyphens",
  })
  .max(64, { error: "expected at most 64 characters" });
const limitedText = (max: number) =>
  z.string({ error: "expected text" }).max(max, { error: `expected at most ${max} characters` });

const runsOnSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("rehearsal") }),
    z.strictObject({
      kind: z.literal("endpoint"),
      model: limitedText(200),
      host: limitedText(300),
    }),
  ],
  { error: 'expected { "kind": "rehearsal" } or { "kind": "endpoint", "model", "host" }' },
);

const ratingSchema = z.strictObject({
  /** The assistant's reply, as the client saw it. */
  reply: limitedText(200_000),
  /** The user message it answered. */
  user: limitedText(20_000),
  /** Set when the reply came from a scenario the client played. */
  scenarioId: slug.optional(),
  rating: z.enum(["up", "down"], { error: 'expected "up", "down" or null' }).nullable(),
  comment: limitedText(5_000),
});

const feedbackSchema = z.strictObject({
  format: z.literal(FEEDBACK_FORMAT),
  version: z.literal(FEEDBACK_VERSION),
  createdAt: z.iso.datetime({
    offset: true,
    error: "expected a date and time such as 2025-03-01T10:00:00Z",
  }),
  /** The studio's version the review was made from (absent in older files). */
  versionId: z
    .string({ error: "expected text" })
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
      error: "expected a version id of letters, digits, '-' and '_' (at most 64)",
    })
    .optional(),
  /** Checked by the persona door, not here. */
  persona: z.unknown(),
  runsOn: runsOnSchema,
  ratings: z
    .array(ratingSchema, { error: "expected a list of ratings" })
    .max(1_000, { error: "expected at most 1000 ratings" }),
});

export type RunsOn = z.infer<typeof runsOnSchema>;
export type ReplyRating = z.infer<typeof ratingSchema>;
export type Feedback = Omit<z.infer<typeof feedbackSchema>, "persona"> & { persona: Persona };

export type FeedbackResult = { ok: true; feedback: Feedback } | { ok: false; problems: Problem[] };

/**
 * Where replies came from, from the preview's settings. Only the host of the base URL is
 * kept: a user name, password or query string in it (where some gateways put a key) is not.
 */
export function runsOnOf(
  settings:
    { provider: "rehearsal" } | { provider: "openai-compatible"; baseURL: string; model: string },
): RunsOn {
  if (settings.provider === "rehearsal") return { kind: "rehearsal" };
  let host = "";
  try {
    host = new URL(settings.baseURL).host;
  } catch {
    // Not a URL: saying nothing is safer than copying text that may hold a key.
  }
  return { kind: "endpoint", model: settings.model.trim().slice(0, 200), host };
}

export interface FeedbackInput {
  persona: Persona;
  runsOn: RunsOn;
  ratings: readonly ReplyRating[];
  /** ISO 8601, e.g. new Date().toISOString(): core has no clock. */
  createdAt: string;
  versionId?: string;
}

/** The feedback file's content. Replies the client neither rated nor commented on are left out. */
export function createFeedback({
  persona,
  runsOn,
  ratings,
  createdAt,
  versionId,
}: FeedbackInput): Feedback {
  return {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    createdAt,
    ...(versionId === undefined ? {} : { versionId }),
    persona,
    runsOn:
      runsOn.kind === "rehearsal"
        ? { kind: "rehearsal" }
        : { kind: "endpoint", model: runsOn.model, host: runsOn.host },
    ratings: ratings
      .map((r) => ({ ...r, comment: r.comment.trim() }))
      .filter((r) => r.rating !== null || r.comment !== "")
      .map(({ reply, user, scenarioId, rating, comment }) =>
        scenarioId === undefined
          ? { reply, user, rating, comment }
          : { reply, user, scenarioId, rating, comment },
      ),
  };
}

export function serializeFeedback(feedback: Feedback): string {
  return `${JSON.stringify(feedback, null, 2)}\n`;
}

/** "service-public.feedback.2025-03-01.json" */
export function feedbackFilename(feedback: Pick<Feedback, "persona" | "createdAt">): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(feedback.createdAt)?.[0];
  return `${feedback.persona.id}.feedback${day ? `.${day}` : ""}.json`;
}

function headerProblem(value: Record<string, unknown>): Problem | undefined {
  if (value.format !== FEEDBACK_FORMAT) {
    return {
      path: "format",
      message: `expected "${FEEDBACK_FORMAT}", got ${describeValue(value.format)}: this is not a review feedback file`,
    };
  }
  const version = value.version;
  if (typeof version === "number" && Number.isInteger(version) && version > FEEDBACK_VERSION) {
    return {
      path: "version",
      message: `this feedback was saved by a newer version of Psydesign Studio (version ${version}); this version reads up to ${FEEDBACK_VERSION}. Update the studio to open it.`,
    };
  }
  return undefined;
}

/** Validates a parsed feedback document, its persona through the persona door. */
export function restoreFeedback(value: unknown): FeedbackResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      problems: [{ path: "", message: `expected a feedback object, got ${describeValue(value)}` }],
    };
  }
  const header = headerProblem(value as Record<string, unknown>);
  if (header) return { ok: false, problems: [header] };
  const parsed = feedbackSchema.safeParse(value, { reportInput: true });
  const problems: Problem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const path = formatPath(issue.path);
        if (issue.code === "unrecognized_keys")
          return {
            path,
            message: `unknown keys ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`,
          };
        if (issue.code === "invalid_type" && issue.input === undefined)
          return { path, message: "is required but missing" };
        // A union's input is the whole object even when only its "kind" is wrong: not worth quoting.
        const got =
          "input" in issue && issue.code !== "invalid_union"
            ? `, got ${describeValue(issue.input)}`
            : "";
        return { path, message: `${issue.message}${got}` };
      });
  const restored = restorePersona((value as Record<string, unknown>).persona);
  // The designer may open the version a client reviewed: the studio must be able to save it back.
  const tooLarge = restored.ok ? personaSizeProblem(restored.persona) : undefined;
  const persona: ReturnType<typeof restorePersona> = tooLarge
    ? { ok: false, problems: [tooLarge] }
    : restored;
  // A missing persona is already reported as missing by the schema.
  if (!persona.ok && (value as Record<string, unknown>).persona !== undefined)
    problems.push(
      ...persona.problems.map((p) => ({
        path:
          p.path === ""
            ? "persona"
            : p.path.startsWith("[")
              ? `persona${p.path}`
              : `persona.${p.path}`,
        message: p.message,
      })),
    );
  if (!parsed.success || !persona.ok) return { ok: false, problems };
  return { ok: true, feedback: { ...parsed.data, persona: persona.persona } };
}

/** Parses feedback JSON text; syntax errors, an empty file and an oversized one are problems too. */
export function restoreFeedbackText(text: string): FeedbackResult {
  if (
    text.length > MAX_FEEDBACK_BYTES / 3 &&
    new TextEncoder().encode(text).length > MAX_FEEDBACK_BYTES
  ) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: `the file is larger than ${MAX_FEEDBACK_BYTES / 1_000_000} MB; review feedback never is`,
        },
      ],
    };
  }
  if (text.trim() === "")
    return { ok: false, problems: [{ path: "", message: "the file is empty" }] };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
  return restoreFeedback(value);
}
