/**
 * How the style meter's warnings on example replies (lint-examples.ts) join compile()'s.
 * This module does not import the meter, and stays small: the studio's first screen
 * merges with it while the meter itself loads later, in a chunk of its own.
 */
import type { CompileWarning } from "./types";

/**
 * lint()'s word checks that already say what a meter warning would say about the same
 * example: its pronoun check (French address), its avoided-word search (the meter folds
 * and matches terms the same way) and its emoji check (emoji turned off).
 */
const SAID_BY_LINT: Readonly<Record<string, string>> = {
  "example-drifts-from-address": "example-contradicts-address",
  "example-drifts-from-lexicon": "avoided-word-in-example",
  "example-drifts-from-emoji": "emoji-in-example",
};

/**
 * compile()'s warnings followed by the meter's warnings on examples, leaving out each
 * meter warning that a word check of compile() already raised for the same example. The
 * word checks stay in compile() because they are instant and the meter is not: merging
 * here, with whatever compile() says now, also keeps a meter result a few edits old from
 * repeating a word check that has just appeared.
 */
export function mergeWarnings(
  compiled: readonly CompileWarning[],
  examples: readonly CompileWarning[],
): readonly CompileWarning[] {
  if (examples.length === 0) return compiled;
  const said = new Set(
    compiled.flatMap((warning) => warning.paths.map((path) => `${warning.code} ${path}`)),
  );
  const added = examples.filter((warning) => {
    const byLint = SAID_BY_LINT[warning.code];
    return byLint === undefined || !said.has(`${byLint} ${warning.paths[0]}`);
  });
  return added.length === 0 ? compiled : [...compiled, ...added];
}
