/**
 * The HTML report: one self-contained page a consultant can send a client. No script, no
 * external URL, inline CSS; every text from the run (persona name, replies, user turns,
 * patterns in checks) is escaped, since any of them may be hostile. Pass/fail reads from
 * words and symbols, colour only adds to them.
 */
import { driftCharts, escapeHtml } from "./report-drift-svg";
import { summarizeRun } from "./report-summary";
import { REPORT_WORDS, type ReportLanguage, type ReportWords } from "./report-words";
import type { Check } from "./checks";
import type { TestRun, TestTarget, TurnResult, TurnStatus } from "./types";

export interface HtmlReportOptions {
  /** The persona's language by default; the page's words and its lang attribute. */
  lang?: ReportLanguage;
}

const SYMBOL: Record<TurnStatus, string> = {
  passed: "✓",
  failed: "✗",
  error: "!",
  cancelled: "–",
};

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.passed{background:#e6f4ea}td.failed{background:#fde7e9}td.error{background:#fff4d6}td.cancelled{background:#eee}
.turn{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.reply{white-space:pre-wrap;background:#fafafa;padding:.5rem;border-left:3px solid #999}
mark{background:#ffe08a;outline:1px solid #b58b00}
figure{margin:1rem 0}figcaption{font-weight:600}
@media print{.turn{break-inside:avoid}}
`;

/** The reply with the evidence spans of the failed checks marked. */
function markedReply(reply: string, checks: readonly Check[]): string {
  const spans = checks
    .filter((check) => !check.pass && check.evidence)
    .map((check) => check.evidence as { start: number; end: number })
    .map(({ start, end }) => ({
      start: Math.max(0, Math.min(start, reply.length)),
      end: Math.max(0, Math.min(end, reply.length)),
    }))
    .filter((span) => span.end > span.start)
    .toSorted((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: the first one is marked
    out += `${escapeHtml(reply.slice(at, span.start))}<mark>${escapeHtml(reply.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return out + escapeHtml(reply.slice(at));
}

const cell = (result: TurnResult | undefined, words: ReportWords) =>
  result
    ? `<td class="${result.status}">${SYMBOL[result.status]} ${escapeHtml(words.status[result.status])}</td>`
    : "<td>—</td>";

function summaryTable(run: TestRun, words: ReportWords): string {
  const rows = summarizeRun(run).map((summary) => {
    const target = run.targets.find((t) => t.id === summary.targetId) as TestTarget;
    const errors = summary.errors > 0 ? `; ${words.errors(summary.errors)}` : "";
    return `<tr><th scope="row">${escapeHtml(target.label)}</th><td>${escapeHtml(words.checksHeld(summary.held, summary.checks))}</td><td>${escapeHtml(words.turnsPassed(summary.turnsPassed, summary.turns) + errors)}</td></tr>`;
  });
  return `<table><thead><tr><th>${escapeHtml(words.target)}</th><th>${escapeHtml(words.checksColumn)}</th><th>${escapeHtml(words.turnsColumn)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function matrix(run: TestRun, words: ReportWords): string {
  const head = run.targets.map((t) => `<th scope="col">${escapeHtml(t.label)}</th>`).join("");
  const rows = run.cases.flatMap((testCase) =>
    testCase.turns.map((user, index) => {
      const cells = run.targets
        .map((target) =>
          cell(
            run.results.find(
              (r) =>
                r.scenarioId === testCase.scenarioId &&
                r.turn === index &&
                r.targetId === target.id,
            ),
            words,
          ),
        )
        .join("");
      const label = `${testCase.title} — ${words.turnLabel(index + 1)}`;
      return `<tr><th scope="row" title="${escapeHtml(user)}">${escapeHtml(label)}</th>${cells}</tr>`;
    }),
  );
  return `<table><thead><tr><th>${escapeHtml(words.scenario)}</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function failedTurn(run: TestRun, result: TurnResult, words: ReportWords): string {
  const target = run.targets.find((t) => t.id === result.targetId);
  const title =
    run.cases.find((c) => c.scenarioId === result.scenarioId)?.title ?? result.scenarioId;
  const failed = result.checks.filter((check) => !check.pass);
  const checks =
    failed.length === 0
      ? ""
      : `<table><thead><tr><th>${escapeHtml(words.check)}</th><th>${escapeHtml(words.expected)}</th><th>${escapeHtml(words.found)}</th></tr></thead><tbody>${failed
          .map(
            (check) =>
              `<tr><td>✗ ${escapeHtml(check.id)}</td><td>${escapeHtml(check.expected)}</td><td>${escapeHtml(check.found)}</td></tr>`,
          )
          .join("")}</tbody></table>`;
  const error = result.error
    ? `<p>${SYMBOL.error} ${escapeHtml(`${result.error.kind}: ${result.error.message}`)}</p>`
    : "";
  const reply =
    result.reply === ""
      ? `<p>${escapeHtml(words.noReply)}</p>`
      : `<div class="reply">${markedReply(result.reply, result.checks)}</div>`;
  return `<section class="turn"><h3>${SYMBOL[result.status]} ${escapeHtml(`${title} — ${words.turnLabel(result.turn + 1)} — ${target?.label ?? result.targetId} — ${words.status[result.status]}`)}</h3>
<p><strong>${escapeHtml(words.user)}:</strong> ${escapeHtml(result.user)}</p>
<p><strong>${escapeHtml(words.reply)}:</strong></p>${reply}${error}${checks}</section>`;
}

function driftSection(run: TestRun, words: ReportWords): string {
  const drifts = run.drift ?? [];
  if (drifts.length === 0) return "";
  const parts = drifts.map((drift) => {
    const target = run.targets.find((t) => t.id === drift.targetId)?.label ?? drift.targetId;
    const findings =
      drift.firstDrifts.length === 0
        ? `<p>✓ ${escapeHtml(words.noDrift)}</p>`
        : `<ul>${drift.firstDrifts.map((d) => `<li>✗ ${escapeHtml(words.driftFrom(d.dimension, d.turn, d.measured))}</li>`).join("")}</ul>`;
    const status =
      drift.status === "done" ? "" : `<p>${escapeHtml(words.driftStatus[drift.status])}</p>`;
    return `<section><h3>${escapeHtml(words.driftOn(drift.scenarioId, target))}</h3>${status}${findings}${driftCharts(drift, words)}</section>`;
  });
  return `<h2>${escapeHtml(words.drift)}</h2>${parts.join("\n")}`;
}

/** The whole page. `lang` picks the words; the persona's own text is shown as written. */
export function writeHtmlReport(run: TestRun, options: HtmlReportOptions = {}): string {
  const lang = options.lang ?? "en";
  const words = REPORT_WORDS[lang];
  const failed = run.results.filter((r) => r.status !== "passed");
  const failures =
    failed.length === 0
      ? `<p>✓ ${escapeHtml(words.noFailures)}</p>`
      : failed.map((r) => failedTurn(run, r, words)).join("\n");
  const date = run.finishedAt ?? run.startedAt;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${words.title} — ${run.personaName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(words.title)} — ${escapeHtml(run.personaName)}</h1>
<dl class="meta"><dt>${escapeHtml(words.version)}</dt><dd><code>${escapeHtml(run.personaVersion)}</code></dd><dt>${escapeHtml(words.date)}</dt><dd><time datetime="${escapeHtml(date)}">${escapeHtml(date)}</time></dd></dl>
<h2>${escapeHtml(words.summary)}</h2>
${summaryTable(run, words)}
<h2>${escapeHtml(words.matrix)}</h2>
${matrix(run, words)}
<h2>${escapeHtml(words.failedTurns)}</h2>
${failures}
${driftSection(run, words)}
</body>
</html>
`;
}
