import type { ReactNode } from "react";
import type { Check } from "../../core/persona-tests/checks";

/** The spans the checks point at, sorted and merged where they overlap. */
export function evidenceSpans(checks: readonly Check[], length: number) {
  const spans = checks
    .flatMap((check) => (check.evidence ? [{ ...check.evidence, pass: check.pass }] : []))
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), pass: s.pass }))
    .filter((s) => s.end > s.start)
    .toSorted((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.pass &&= span.pass;
    } else merged.push({ ...span });
  }
  return merged;
}

/** The reply as plain text, with the meter's evidence marked (a failed check's in its own colour). */
export function EvidenceText({ text, checks }: { text: string; checks: readonly Check[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of evidenceSpans(checks, text.length)) {
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className={span.pass ? "tt-mark" : "tt-mark tt-mark-failed"}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p className="tt-reply-text">{parts}</p>;
}
