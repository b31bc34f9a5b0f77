/**
 * The terminal's report: a summary table per target, then each turn that did not pass with
 * its failed checks, then the drift findings. Plain text; text from the run is made printable
 * (no control character reaches the terminal, a reply cannot forge a line of the table).
 */
import { driftFindings, summarizeRun } from "./report-summary";
import { REPORT_WORDS, type ReportLanguage } from "./report-words";
import type { TestRun } from "./types";

export interface PrettyReportOptions {
  lang?: ReportLanguage;
}

/** Controls, line and bidi-override characters as \uXXXX; line breaks as a visible "⏎ ". */
export function printableLine(text: string): string {
  return text
    .replace(/\r\n|[\n\r\u2028\u2029]/g, " ⏎ ")
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (c) =>
      c === "\t" ? " " : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
}

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Columns padded to their widest cell. */
function table(rows: readonly string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) =>
    Math.max(...rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join("\n");
}

/** The summary table alone (the CLI prints it after a machine-readable report, too). */
export function summaryTable(runs: readonly TestRun[], options: PrettyReportOptions = {}): string {
  const words = REPORT_WORDS[options.lang ?? "en"];
  const several = runs.length > 1;
  const rows = [[words.target, words.checksColumn, words.turnsColumn, words.result]];
  for (const run of runs)
    for (const summary of summarizeRun(run)) {
      const target = run.targets.find((t) => t.id === summary.targetId);
      const label = printableLine(clip(target?.label ?? summary.targetId, 60));
      const drifts = driftFindings(run, summary.targetId);
      const ok = summary.turnsPassed === summary.turns && drifts === 0;
      rows.push([
        several ? `${printableLine(clip(run.personaName, 40))} — ${label}` : label,
        words.checksHeld(summary.held, summary.checks),
        words.turnsPassed(summary.turnsPassed, summary.turns) +
          (summary.errors > 0 ? `; ${words.errors(summary.errors)}` : ""),
        ok ? `✓ ${words.status.passed}` : `✗ ${words.status.failed}`,
      ]);
    }
  return `${table(rows)}\n`;
}

function runDetails(run: TestRun, words: (typeof REPORT_WORDS)["en"]): string {
  const lines: string[] = [];
  const failed = run.results.filter((r) => r.status !== "passed");
  for (const result of failed) {
    const target = run.targets.find((t) => t.id === result.targetId)?.label ?? result.targetId;
    lines.push(
      "",
      printableLine(
        `✗ ${result.scenarioId} ${words.turnLabel(result.turn + 1)} — ${target}: ${words.status[result.status]}`,
      ),
      `  ${words.user}: ${printableLine(clip(result.user, 200))}`,
      `  ${words.reply}: ${result.reply === "" ? words.noReply : printableLine(clip(result.reply, 400))}`,
    );
    if (result.error)
      lines.push(`  ${printableLine(`${result.error.kind}: ${result.error.message}`)}`);
    for (const check of result.checks.filter((c) => !c.pass))
      lines.push(
        `  - ${printableLine(check.id)}: ${words.expected.toLowerCase()} ${printableLine(check.expected)}; ${words.found.toLowerCase()} ${printableLine(check.found)}`,
      );
  }
  for (const drift of run.drift ?? []) {
    const target = run.targets.find((t) => t.id === drift.targetId)?.label ?? drift.targetId;
    lines.push("", printableLine(`${words.drift}: ${words.driftOn(drift.scenarioId, target)}`));
    if (drift.status !== "done") lines.push(`  ${words.driftStatus[drift.status]}`);
    if (drift.firstDrifts.length === 0 && drift.status === "done")
      lines.push(`  ✓ ${words.noDrift}`);
    for (const d of drift.firstDrifts)
      lines.push(`  ✗ ${printableLine(words.driftFrom(d.dimension, d.turn, d.measured))}`);
  }
  return lines.join("\n");
}

/** The whole pretty report: per persona, its failures and drift, then the summary table. */
export function writePrettyReport(
  runs: TestRun | readonly TestRun[],
  options: PrettyReportOptions = {},
): string {
  const list: readonly TestRun[] = Array.isArray(runs) ? runs : [runs as TestRun];
  const words = REPORT_WORDS[options.lang ?? "en"];
  const parts = list.map((run) => {
    const head = printableLine(
      `${run.personaName} (${words.version.toLowerCase()} ${run.personaVersion})`,
    );
    const details = runDetails(run, words);
    return `${head}${details === "" ? `\n✓ ${words.noFailures}` : details}\n`;
  });
  return `${parts.join("\n")}\n${summaryTable(list, options)}`;
}
