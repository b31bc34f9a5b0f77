/**
 * The zod schema for a designer's own scenarios, kept apart from built-in.ts because
 * zod loads lazily in the app. Custom scenarios travel inside the persona file, under
 * persona.extensions["psydesign.scenarios"], so they survive export and import.
 */
import { z } from "zod/mini";
import type { Persona } from "../persona/schema";
import { EXPECTATION_KINDS, patternRegex } from "./expectations";
import type { Scenario } from "./types";

export const SCENARIOS_EXTENSION_KEY = "psydesign.scenarios";

const notBlank = z.refine<string>((s) => s.trim().length > 0, { error: "must not be empty" });

const turn = z
  .string({ error: "expected text" })
  .check(z.maxLength(2000, { error: "expected at most 2000 characters" }), notBlank);

const pattern = z.string({ error: "expected text" }).check(
  z.maxLength(500, { error: "expected at most 500 characters" }),
  notBlank,
  z.refine<string>((s) => patternRegex(s) !== "invalid", {
    error: "not a valid regular expression",
  }),
);

/** docs/persona-tests.md: one explicit check on the reply to a turn. */
export const expectationSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("mentions"), pattern }),
    z.strictObject({ kind: z.literal("does-not-mention"), pattern }),
    z.strictObject({ kind: z.literal("declines") }),
    z.strictObject({ kind: z.literal("hands-over") }),
    z.strictObject({ kind: z.literal("says-ai") }),
    z.strictObject({
      kind: z.literal("at-most-sentences"),
      count: z.int({ error: "expected a whole number" }).check(z.minimum(1), z.maximum(50)),
    }),
  ],
  { error: `expected an expectation: ${EXPECTATION_KINDS.join(", ")}` },
);

export const scenarioSchema = z
  .strictObject({
    id: z.string({ error: "expected text" }).check(
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: "expected a slug: lowercase letters, digits and single hyphens",
      }),
      z.maxLength(64, { error: "expected at most 64 characters" }),
    ),
    title: z
      .string({ error: "expected text" })
      .check(
        z.minLength(1, { error: "must not be empty" }),
        z.maxLength(120, { error: "expected at most 120 characters" }),
      ),
    language: z.enum(["fr", "en"], { error: 'expected "fr" or "en"' }),
    turns: z
      .array(turn, { error: "expected a list of turns" })
      .check(
        z.minLength(1, { error: "expected at least one turn" }),
        z.maxLength(20, { error: "expected at most 20 turns" }),
      ),
    expectations: z.optional(
      z
        .array(
          z
            .array(expectationSchema)
            .check(z.maxLength(20, { error: "expected at most 20 checks a turn" })),
          { error: "expected a list of checks per turn" },
        )
        .check(z.maxLength(20, { error: "expected at most 20 turns" })),
    ),
  })
  .check(
    z.refine(
      (scenario: { expectations?: unknown[] | undefined; turns: unknown[] }) =>
        (scenario.expectations?.length ?? 0) <= scenario.turns.length,
      { error: "expects more turns than the scenario has", path: ["expectations"] },
    ),
  );

/**
 * The designer's scenarios stored in the persona. Entries that do not validate are
 * skipped, not fatal: one broken scenario must not hide the others, and the
 * extension space may have been written by another tool.
 */
export function readCustomScenarios(persona: Persona): Scenario[] {
  const stored = persona.extensions[SCENARIOS_EXTENSION_KEY];
  if (!Array.isArray(stored)) return [];
  const out: Scenario[] = [];
  for (const entry of stored) {
    const parsed = scenarioSchema.safeParse(entry);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** A copy of the persona holding these scenarios (the other extensions are kept). */
export function withCustomScenarios(persona: Persona, scenarios: readonly Scenario[]): Persona {
  const stored = scenarios.map((scenario) => ({
    ...scenario,
    turns: [...scenario.turns],
    ...(scenario.expectations
      ? { expectations: scenario.expectations.map((checks) => checks.map((e) => ({ ...e }))) }
      : {}),
  }));
  return { ...persona, extensions: { ...persona.extensions, [SCENARIOS_EXTENSION_KEY]: stored } };
}
