/**
 * The review-link decoder and the feedback reader, fuzzed (seeded, bounded runs): whatever
 * the link or the file, they answer with a persona or a problem, never an exception.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hostileFeedbackText,
  hostileFragment,
  refusedWithWords,
} from "../../../tests/helpers/hostile-json";
import { restoreFeedbackText, type FeedbackResult } from "./feedback";
import { decodeReviewFragment, type ReviewLinkProblem, type ReviewLinkResult } from "./share-link";

const LINK_PROBLEMS: ReviewLinkProblem[] = [
  "empty",
  "not-a-review-link",
  "corrupt",
  "too-large",
  "invalid-persona",
];

function attempt<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`the reader threw: ${String(error).slice(0, 200)}`, { cause: error });
  }
}

describe("the review-link decoder, fuzzed", () => {
  it("answers 1,500 hostile fragments with a persona or a known problem", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(hostileFragment, (fragment) => {
        const result: ReviewLinkResult = attempt(() => decodeReviewFragment(fragment));
        seen.add(result.ok ? "ok" : result.problem);
        if (result.ok) return;
        expect(LINK_PROBLEMS).toContain(result.problem);
        // The door's own problems come with a refused persona, in words.
        expect(
          result.problem !== "invalid-persona" ||
            refusedWithWords({ ok: false, problems: result.details }),
        ).toBe(true);
      }),
      { seed: 4_242, numRuns: 1_500 },
    );
    // Every layer of damage was reached.
    expect([...seen].toSorted()).toEqual([
      "corrupt",
      "empty",
      "invalid-persona",
      "not-a-review-link",
      "ok",
      "too-large",
    ]);
  }, 120_000);
});

describe("the feedback reader, fuzzed", () => {
  it("answers 1,500 hostile files with feedback or problems in words", () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostileFeedbackText, (text) => {
        const result: FeedbackResult = attempt(() => restoreFeedbackText(text));
        if (result.ok) accepted++;
        expect(refusedWithWords(result)).toBe(true);
      }),
      { seed: 99, numRuns: 1_500 },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
