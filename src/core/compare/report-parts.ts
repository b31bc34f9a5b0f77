/** What the HTML and Markdown comparisons share: the title, summaries and reading words. */
import { checkLabel, readingText } from "../persona-tests/report-readings";
import { summarizeSide } from "./align";
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

/** "✓ Warmth: 3 · Warm" — the mark says held or not, not the colour alone. */
export function readingLine(reading: CompareReading, lang: "en" | "fr"): string {
  return `${reading.ok ? "✓" : "✗"} ${checkLabel(reading.dimension, lang)}: ${readingText(reading.dimension, reading.measured, lang)}`;
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
