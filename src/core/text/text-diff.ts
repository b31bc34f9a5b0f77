/**
 * Word and line diffs for the workbench (a reply before and after a change, two compiled
 * prompts), on top of jsdiff. The studio imports this module lazily: the diff library is
 * needed only when a designer asks to see what changed.
 */
import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

const parts = (changes: readonly ChangeObject<string>[]): DiffPart[] =>
  changes
    .filter((c) => c.value !== "")
    .map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));

/**
 * Word by word: the "same" and "removed" parts spell `before`, the "same" and "added" parts
 * spell `after`, so either text can be rebuilt from the diff alone.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return parts(diffWordsWithSpace(before, after));
}

/** Line by line, each part ending with its newline (the last line may have none). */
export function lineDiff(before: string, after: string): DiffPart[] {
  return parts(diffLines(before, after));
}

/** Rebuilds one side of a diff: "before" drops the added parts, "after" the removed ones. */
export function sideOf(diff: readonly DiffPart[], side: "before" | "after"): string {
  const skip = side === "before" ? "added" : "removed";
  return diff
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join("");
}
