/**
 * The persona door, fuzzed: thousands of bent personas and damaged texts (seeded, bounded
 * runs). It never throws; each input is accepted or refused with words; and what it accepts
 * is safe for every recursive reader after it and reads back from its own file.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hostilePersonaText,
  hostilePersonaValue,
  refusedWithWords,
} from "../../../tests/helpers/hostile-json";
import { restorePersona, restorePersonaText, serializePersona } from "./lazy-codec";
import type { RestoreResult } from "./restore";

/** The reader's answer, or the exception it threw, as a failed property. */
function answer(read: () => RestoreResult): RestoreResult {
  let result: RestoreResult;
  try {
    result = read();
  } catch (error) {
    throw new Error(`the reader threw: ${String(error).slice(0, 200)}`, { cause: error });
  }
  expect(refusedWithWords(result)).toBe(true);
  return result;
}

/** An accepted persona survives structuredClone (a worker's postMessage) and its own file. */
function safeOnceAccepted(result: RestoreResult): void {
  if (!result.ok) return;
  expect(() => structuredClone(result.persona)).not.toThrow();
  const again = restorePersonaText(serializePersona(result.persona));
  expect(
    again.ok || again.problems.every((p) => p.message.startsWith("the persona holds more than")),
  ).toBe(true);
}

describe("the persona door, fuzzed", () => {
  it("answers 2,500 hostile values without throwing (restorePersona)", () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostilePersonaValue, (value) => {
        const result = answer(() => restorePersona(value));
        if (result.ok) accepted++;
        safeOnceAccepted(result);
      }),
      { seed: 20_250_301, numRuns: 2_500 },
    );
    // The generator is not all refusals: some bends keep the persona valid.
    expect(accepted).toBeGreaterThan(50);
  }, 120_000);

  it("answers 2,000 hostile texts without throwing (restorePersonaText)", () => {
    let answered = 0;
    fc.assert(
      fc.property(hostilePersonaText, (text) => {
        safeOnceAccepted(answer(() => restorePersonaText(text)));
        answered++;
      }),
      { seed: 17, numRuns: 2_000 },
    );
    expect(answered).toBe(2_000);
  }, 120_000);
});
