/**
 * The JSON report: a saved test run the studio can re-open. Versioned so that a later reader
 * knows what it holds (README, "psydesign test", documents it):
 *
 *   { "format": "psydesign-test-run", "version": 1, "run": TestRun, "summary": TargetSummary[] }
 *
 * The reader is the one door for such files: whatever it is handed (a file from a client, a
 * hand edit), it answers with a run or with readable problems, never with an exception.
 */
import { z } from "zod";
import { DIMENSION_IDS } from "../persona/constants";
import { expectationSchema } from "../scenarios/schema";
import { summarizeRun } from "./report-summary";
import type { TargetSummary, TestRun } from "./types";

export const REPORT_FORMAT = "psydesign-test-run";
export const REPORT_VERSION = 1;
/** Beyond this the file is not a report the studio should hold in memory. */
export const MAX_REPORT_CHARS = 50_000_000;

export interface JsonReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  run: TestRun;
  summary: TargetSummary[];
}

const text = (max: number) => z.string({ error: "expected text" }).max(max);
const count = z.int({ error: "expected a whole number" }).min(0).max(1e9);
const ms = z.number({ error: "expected a number" }).min(0).max(1e10);
const dimension = z.enum([...DIMENSION_IDS, "address", "lexicon"], {
  error: "expected a dimension",
});

const targetSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ id: text(200), kind: z.literal("offline"), label: text(500) }),
    z.object({
      id: text(200),
      kind: z.literal("endpoint"),
      label: text(500),
      baseURL: text(2000),
      model: text(500),
      temperature: z.number().min(0).max(10),
      maxTokens: count,
    }),
  ],
  { error: 'expected a target of kind "offline" or "endpoint"' },
);

const caseSchema = z.object({
  scenarioId: text(200),
  title: text(500),
  turns: z.array(text(20_000)).max(500),
  expectations: z.array(z.array(expectationSchema).max(100)).max(500),
});

const spanSchema = z.object({ start: count, end: count });

const checkSchema = z.object({
  id: text(200),
  source: z.enum(["derived", "explicit"], { error: 'expected "derived" or "explicit"' }),
  pass: z.boolean({ error: "expected true or false" }),
  expected: text(5000),
  found: text(5000),
  evidence: spanSchema.optional(),
});

const usageSchema = z.object({ promptTokens: count, completionTokens: count });
const errorSchema = z.object({ kind: text(200), message: text(5000) });

const resultSchema = z.object({
  scenarioId: text(200),
  turn: count,
  targetId: text(200),
  user: text(20_000),
  reply: text(200_000),
  checks: z.array(checkSchema).max(200),
  status: z.enum(["passed", "failed", "error", "cancelled"], { error: "expected a turn status" }),
  error: errorSchema.optional(),
  latencyMs: ms,
  usage: usageSchema.optional(),
  cached: z.boolean({ error: "expected true or false" }),
  attempts: count,
});

const driftSchema = z.object({
  scenarioId: text(200),
  targetId: text(200),
  targets: z.partialRecord(dimension, text(500)),
  turns: z
    .array(
      z.object({
        turn: count,
        user: text(20_000),
        reply: text(200_000),
        readings: z.array(z.object({ dimension, measured: text(500), ok: z.boolean() })).max(20),
      }),
    )
    .max(1000),
  firstDrifts: z.array(z.object({ dimension, turn: count, measured: text(500) })).max(20),
  status: z.enum(["done", "error", "cancelled"], { error: "expected a drift status" }),
  error: errorSchema.optional(),
});

const runSchema = z.object({
  personaId: text(200),
  personaName: text(500),
  personaVersion: text(200),
  startedAt: text(100),
  finishedAt: text(100).optional(),
  targets: z.array(targetSchema).max(100),
  cases: z.array(caseSchema).max(1000),
  results: z.array(resultSchema).max(100_000),
  drift: z.array(driftSchema).max(1000).optional(),
});

const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT, { error: `expected "${REPORT_FORMAT}"` }),
  version: z.literal(REPORT_VERSION, {
    error: `expected version ${REPORT_VERSION} (this studio reads version ${REPORT_VERSION} reports)`,
  }),
  run: runSchema,
  summary: z.array(z.unknown()).optional(),
});

/** The report of one run, as text: two-space indented, ending with a newline. */
export function writeJsonReport(run: TestRun): string {
  const report: JsonReport = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    run,
    summary: summarizeRun(run),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export type ReadReport = { ok: true; report: JsonReport } | { ok: false; problems: string[] };

const where = (path: readonly PropertyKey[]) =>
  path.length === 0 ? "the report" : path.map(String).join(".");

/**
 * A JSON report read back. The summary is recomputed from the run rather than trusted, so a
 * hand-edited count cannot disagree with the results it counts.
 */
export function readJsonReport(textIn: string): ReadReport {
  if (textIn.length > MAX_REPORT_CHARS)
    return {
      ok: false,
      problems: [`the file is too large for a report (${textIn.length} characters)`],
    };
  let value: unknown;
  try {
    value = JSON.parse(textIn);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`not JSON: ${detail.slice(0, 200)}`] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { ok: false, problems: [`expected a "${REPORT_FORMAT}" object`] };
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 10)
        .map((issue) => `${where(issue.path)}: ${issue.message}`),
    };
  const run = parsed.data.run as TestRun;
  const unknownTarget = run.results.find((r) => !run.targets.some((t) => t.id === r.targetId));
  if (unknownTarget)
    return {
      ok: false,
      problems: [
        `run.results: a result names an unknown target "${unknownTarget.targetId.slice(0, 80)}"`,
      ],
    };
  return {
    ok: true,
    report: { format: REPORT_FORMAT, version: REPORT_VERSION, run, summary: summarizeRun(run) },
  };
}
