/**
 * Sorting evidence spans. Most lists are built in text order already, and checking the
 * order costs less than sorting a copy: these return the list itself when it is sorted,
 * else a sorted copy (stable, as toSorted).
 */
import type { Span } from "./types";

function sortedBy<T extends Span>(spans: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < spans.length; i++)
    if (compare(spans[i - 1] as T, spans[i] as T) > 0) return spans.toSorted(compare);
  return spans;
}

function startOrder(a: Span, b: Span): number {
  return a.start - b.start;
}

function startThenEndOrder(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** `spans` by start, spans that start together in their current order. */
export function byStart<T extends Span>(spans: T[]): T[] {
  return sortedBy(spans, startOrder);
}

/** `spans` by start, then by end. */
export function byStartThenEnd<T extends Span>(spans: T[]): T[] {
  return sortedBy(spans, startThenEndOrder);
}
