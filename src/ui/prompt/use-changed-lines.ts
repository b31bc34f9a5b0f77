import { useEffect, useState } from "react";

/** How long changed lines stay highlighted after the last change, in ms. */
export const HIGHLIGHT_MS = 1500;
const NONE: ReadonlySet<number> = new Set();

interface ChangedLines {
  text: string;
  /** Which persona the text belongs to: opening another persona is not a change to mark. */
  owner: string;
  lines: string[];
  /** Indexes of lines the previous text did not have. */
  changed: ReadonlySet<number>;
  /** Bumped with every new text. */
  generation: number;
}

/** Lines of `next` that `previous` did not have, counting repeated lines as a multiset. */
export function changedLineIndexes(
  previous: readonly string[],
  next: readonly string[],
): Set<number> {
  const counts = new Map<string, number>();
  for (const line of previous) counts.set(line, (counts.get(line) ?? 0) + 1);
  const changed = new Set<number>();
  next.forEach((line, i) => {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else if (line.trim() !== "") changed.add(i);
  });
  return changed;
}

/**
 * The prompt split into lines, with the ones the last change altered until HIGHLIGHT_MS
 * after it. A static highlight, not an animation: an animation per line repaints every
 * frame while a designer drags a slider, and that cost lands on the next key press.
 */
export function useChangedLines(text: string, owner = ""): ChangedLines {
  const [state, setState] = useState<ChangedLines>(() => ({
    text,
    owner,
    lines: text.split("\n"),
    changed: NONE,
    generation: 0,
  }));
  const [faded, setFaded] = useState(0);
  useEffect(() => {
    if (state.changed.size === 0) return;
    const timer = setTimeout(() => setFaded(state.generation), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [state]);
  if (state.text === text && state.owner === owner)
    return faded === state.generation ? { ...state, changed: NONE } : state;
  // Derived from the previous render's text: React's "adjust state while rendering" pattern.
  const lines = text.split("\n");
  // Nothing was shown before (first paint, or no persona open): nothing to highlight.
  const changed =
    state.text === "" || state.owner !== owner ? NONE : changedLineIndexes(state.lines, lines);
  const next = { text, owner, lines, changed, generation: state.generation + 1 };
  setState(next);
  return next;
}
