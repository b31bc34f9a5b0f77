/** The templates of a rehearsal phrasebook, for tests that check every sentence the engine can say. */
import type { Phrasebook } from "../../src/core/rehearsal/phrasebook";

function strings(value: unknown): string[] {
  return typeof value === "string"
    ? [value]
    : typeof value === "object" && value !== null
      ? Object.values(value).flatMap(strings)
      : [];
}

/** Every template, salutations and closings included (not the register rewrites). */
export function allTemplates(book: Phrasebook): string[] {
  return strings({ ...book, register: undefined, and: undefined, emoji: undefined });
}

/** The sentence templates written once, at consultative: salutations and closings come one list per band. */
export function sentenceTemplates(book: Phrasebook): string[] {
  return strings({
    ...book,
    register: undefined,
    and: undefined,
    emoji: undefined,
    salutations: undefined,
    closings: undefined,
    greetedAgain: undefined,
  });
}
