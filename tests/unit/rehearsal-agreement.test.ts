/**
 * The engine and the meter agree (issue 19, item 6), on a slice of the sweep `npm run eval`
 * reports in docs/meter.md (scripts/eval/rehearsal-agreement.ts): every preset and blank persona,
 * each voice dimension at 0, 50 and 100, over two built-in scenarios that between them hold a
 * greeting (the persona's own), a question, thanks and complaints. The goal is 95 % of
 * (reply, dimension) pairs on target, no dimension under 90 %.
 */
import { describe, expect, test } from "vitest";
import {
  AGREEMENT_GOAL,
  agreementMarkdown,
  agreementSweep,
  blankPersonas,
  meetsGoal,
  presetPersonas,
  replaceAgreementBlock,
  type AgreementResult,
} from "../../scripts/eval/rehearsal-agreement";
import { DIMENSION_IDS } from "../../src/core/persona/constants";
import { scenariosFor } from "../../src/core/scenarios/built-in";

const SLICE_KINDS = ["welcome", "complaint"];
const personas = [...presetPersonas(), ...blankPersonas()];
const share = (kept: number, total: number) => Math.round((1000 * kept) / total) / 10;
const count = (kept: number, total: number) => ({ kept, total });

describe("the offline rehearsal, read by the meter", () => {
  test("a slice of the sweep meets the goal: 95 % of pairs on target, every dimension at 90 % or more", () => {
    const result = agreementSweep(personas, {
      levels: [0, 50, 100],
      scenarios: (persona) =>
        scenariosFor(persona.language, persona).filter((scenario) =>
          SLICE_KINDS.some((kind) => scenario.id === `${kind}-${persona.language}`),
        ),
    });
    expect(personas).toHaveLength(11);
    // 11 personas, 7 dimensions, 3 levels, 8 turns.
    expect(result.overall.total).toBe(11 * 7 * 3 * 8);
    const shares = Object.fromEntries(
      DIMENSION_IDS.map((id) => [
        id,
        share(result.byDimension[id].kept, result.byDimension[id].total),
      ]),
    );
    // On failure, the shares and the first replies read off target say where to look.
    expect({
      shares,
      overall: share(result.overall.kept, result.overall.total),
      goal: meetsGoal(result),
      misses: meetsGoal(result) ? [] : result.misses.slice(0, 5),
    }).toMatchObject({ goal: true });
    expect(share(result.overall.kept, result.overall.total)).toBeGreaterThanOrEqual(
      100 * AGREEMENT_GOAL.overall,
    );
    // About 1,850 replies replayed and read: seconds on a busy machine, not a timing goal.
  }, 60_000);
});

/** A made-up result with `kept` of 100 replies on target on every dimension. */
function madeUp(kept: number): AgreementResult {
  return {
    byDimension: Object.fromEntries(
      DIMENSION_IDS.map((id) => [id, count(kept, 100)]),
    ) as AgreementResult["byDimension"],
    overall: count(kept * 7, 700),
    misses: [],
    replies: {},
  };
}

describe("the sweep's report", () => {
  test("the goal needs both figures: 95 % overall and no dimension under 90 %", () => {
    expect(meetsGoal(madeUp(96))).toBe(true);
    expect(meetsGoal(madeUp(94))).toBe(false);
    const uneven = madeUp(97);
    uneven.byDimension.register = count(89, 100);
    expect(meetsGoal(uneven)).toBe(false);
  });

  test("npm run eval rewrites only the block between its markers in docs/meter.md", () => {
    const block = agreementMarkdown(madeUp(96), personas.slice(0, 1));
    expect(block).toContain("| register | 1,407 / 1,980 (71.1 %) | 96 / 100 (96.0 %) |");
    expect(block).toContain("goal reached");
    const doc = `# Meter\n\nBefore.\n\n${agreementMarkdown(madeUp(50), [])}\n\nAfter.\n`;
    const rewritten = replaceAgreementBlock(doc, block);
    expect(rewritten.startsWith("# Meter\n\nBefore.\n\n")).toBe(true);
    expect(rewritten.endsWith("\n\nAfter.\n")).toBe(true);
    expect(rewritten).toContain("96 / 100 (96.0 %)");
    expect(rewritten).not.toContain("50 / 100");
    expect(() => replaceAgreementBlock("# Meter without markers\n", block)).toThrow(/markers/);
  });
});
