/**
 * Personas saved before schemaVersion 2 still open, whichever way they come in: a file, a
 * review link sent to a client, a Character Card the studio exported, a client's feedback
 * file. Each goes through the persona door, which migrates it (restore.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cardV3 } from "../../src/core/cards/from-persona";
import { readCardText } from "../../src/core/cards/read";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { runPersonaTests, testCasesFor } from "../../src/core/persona-tests/runner";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { createFeedback, restoreFeedback } from "../../src/core/review/feedback";
import { SCENARIOS_EXTENSION_KEY, readCustomScenarios } from "../../src/core/scenarios/schema";
import { decodeReviewFragment, encodeReviewFragment } from "../../src/core/review/share-link";

const preset = restorePersonaText(
  readFileSync(new URL("../../personas/service-public.json", import.meta.url), "utf8"),
);
if (!preset.ok) throw new Error("the service-public preset does not open");
const current: Persona = preset.persona;

/** What every way in must give back: the preset in version 2, without trigger words (version 1 had none). */
const migrated: Persona = { ...current, guardrails: { ...current.guardrails, topicTriggers: {} } };

/** The persona as the studio wrote it in version 1: no topicTriggers key. */
function asVersion1(persona: Persona): Record<string, unknown> {
  const { topicTriggers: _dropped, ...guardrails } = persona.guardrails;
  return { ...structuredClone(persona), schemaVersion: 1, guardrails };
}

describe("a version 1 persona opens as version 2", () => {
  it("from a file", () => {
    const result = restorePersonaText(JSON.stringify(asVersion1(migrated), null, 2));
    expect(result).toEqual({ ok: true, persona: migrated, migratedFrom: 1 });
  });

  it("from a review link made before", () => {
    const link = encodeReviewFragment(asVersion1(migrated) as unknown as Persona);
    expect(decodeReviewFragment(link)).toEqual({ ok: true, persona: migrated });
  });

  it("from a Character Card the studio exported before", () => {
    const card = cardV3(migrated);
    const extensions = card.data.extensions as Record<string, unknown>;
    const old = {
      ...card,
      data: { ...card.data, extensions: { ...extensions, psydesign: asVersion1(migrated) } },
    };
    const outcome = readCardText(JSON.stringify(old));
    expect(outcome.ok && outcome.card.persona).toEqual(migrated);
  });

  it("from a client's feedback file saved before", () => {
    const feedback = createFeedback({
      persona: migrated,
      runsOn: { kind: "rehearsal" },
      ratings: [],
      createdAt: "2025-03-01T10:00:00Z",
    });
    const result = restoreFeedback(
      JSON.parse(JSON.stringify({ ...feedback, persona: asVersion1(migrated) })),
    );
    expect(result.ok && result.feedback.persona).toEqual(migrated);
  });
});

describe("a designer's scenarios saved before expectations existed", () => {
  it("open with no expectations, and run as persona tests on the derived checks", async () => {
    // As the studio wrote them in version 1: id, title, language, turns, nothing else.
    const old = asVersion1(migrated);
    old.extensions = {
      [SCENARIOS_EXTENSION_KEY]: [
        { id: "own-etat-civil", title: "État civil", language: "fr", turns: ["Bonjour", "Merci"] },
      ],
    };
    const result = restorePersonaText(JSON.stringify(old));
    if (!result.ok) throw new Error("the old file did not open");
    const own = readCustomScenarios(result.persona);
    expect(own).toEqual([
      { id: "own-etat-civil", title: "État civil", language: "fr", turns: ["Bonjour", "Merci"] },
    ]);
    const cases = testCasesFor(result.persona, own);
    expect(cases.at(-1)?.expectations).toEqual([]);
    const run = await runPersonaTests(
      result.persona,
      cases.slice(-1),
      [{ id: "offline", kind: "offline", label: "Offline rehearsal" }],
      async ({ persona, messages }) => ({
        text: rehearse(persona, messages).text,
        cached: false,
        attempts: 1,
        latencyMs: 0,
      }),
    );
    expect(run.results.map((r) => r.status)).toEqual(["passed", "passed"]);
    expect(run.results[0]?.checks.every((c) => c.source === "derived")).toBe(true);
  });
});
