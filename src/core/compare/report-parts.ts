/** What the HTML and Markdown comparisons share: the title, summaries and reading words. */
import { checkLabel, readingText } from "../persona-tests/report-readings";
import { summarizeSide } from "./align";
import { COMPARE_WORDS } from "./report-words";
import type { CompareReading, CompareReport, DiffPart, SideSummary } from "./types";

export function summariesOf(report: CompareReport): { a: SideSummary; b: SideSummary } {
  return {
    a: summarizeSide(report.rows.map((row) => row.a)),
    b: summarizeSide(report.rows.map((row) => row.b)),
  };
}

export function titleOf(report: CompareReport, title: string): string {
  return `${title} — ${report.a.persona.name} (${report.a.versionLabel}) / ${report.b.persona.name} (${report.b.versionLabel})`;
}

/**
 * "✓ Warmth: 3 · Warm", or "✗ Warmth: 1 · Reserved (target 4 · Very warm)": the mark says
 * held or not, not the colour alone, and a miss names what was aimed at.
 */
export function readingLine(reading: CompareReading, lang: "en" | "fr"): string {
  const { dimension, measured, target, ok } = reading;
  const line = `${ok ? "✓" : "✗"} ${checkLabel(dimension, lang)}: ${readingText(dimension, measured, lang)}`;
  return ok
    ? line
    : `${line} (${COMPARE_WORDS[lang].targetIs(readingText(dimension, target, lang))})`;
}

/** The diff as lines, each with its mark: "+ " only in B, "- " only in A, "  " in both. */
export function diffLines(parts: readonly DiffPart[]): { kind: DiffPart["kind"]; line: string }[] {
  const lines: { kind: DiffPart["kind"]; line: string }[] = [];
  for (const part of parts) {
    const text = part.text.endsWith("\n") ? part.text.slice(0, -1) : part.text;
    for (const line of text.split("\n")) lines.push({ kind: part.kind, line });
  }
  return lines;
}

export const MARK: Readonly<Record<DiffPart["kind"], string>> = {
  same: "  ",
  added: "+ ",
  removed: "- ",
};

/** A date for people, or the text as given when it is not a date. */
export function dateText(iso: string, lang: "en" | "fr"): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime())
    ? iso
    : `${new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(when)} UTC`;
}
