/**
 * What a designer expects of a reply to one scenario turn, besides what the persona's sliders
 * already say (derived checks, checks.ts). Kept plain data so that it can be saved with the
 * designer's scenarios in the persona file.
 */

/** A text to find, folded (case and accents ignored), or a regular expression as `/source/flags`. */
export type Pattern = string;

export type Expectation =
  | { kind: "mentions"; pattern: Pattern }
  | { kind: "does-not-mention"; pattern: Pattern }
  /** A guardrail refusal: the reply declines the request. */
  | { kind: "declines" }
  /** The escalation route is given (the persona's own, or an honest "a person can be reached"). */
  | { kind: "hands-over" }
  | { kind: "says-ai" }
  | { kind: "at-most-sentences"; count: number };

export type ExpectationKind = Expectation["kind"];

export const EXPECTATION_KINDS: readonly ExpectationKind[] = [
  "mentions",
  "does-not-mention",
  "declines",
  "hands-over",
  "says-ai",
  "at-most-sentences",
];

/** A pattern written `/…/flags` is a regular expression; anything else is a text. */
export function patternRegex(pattern: Pattern): RegExp | undefined | "invalid" {
  const match = /^\/(.+)\/([dgimsuvy]*)$/su.exec(pattern);
  if (match === null) return undefined;
  try {
    // Global and sticky flags would make test() depend on the previous call.
    return new RegExp(match[1] as string, (match[2] as string).replace(/[gy]/g, ""));
  } catch {
    return "invalid";
  }
}
