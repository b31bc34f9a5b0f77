/**
 * The comparison as one self-contained HTML page a consultant can send a client: inline CSS,
 * no script, every text escaped (a persona's name or a reply may hold anything). Both
 * versions' settings, the prompt diff, the conversation side by side with the meter's
 * readings, and the summary per side.
 */
import { escapeHtml } from "../persona-tests/report-drift-svg";
import { COMPARE_WORDS } from "./report-words";
import { MARK, dateText, diffLines, readingLine, summariesOf, titleOf } from "./report-parts";
import { settingRows } from "./settings";
import type { CompareReport, ReportSide, SideReply } from "./types";

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #c9d1d9;padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:#f3f5f7}.summary{font-size:1.1rem;font-weight:600}
pre{background:#f6f8fa;padding:.8rem;overflow-x:auto;white-space:pre-wrap}
ins{background:#dafbe1;text-decoration:none;display:block}del{background:#ffebe9;text-decoration:none;display:block}
.readings{list-style:none;margin:.4rem 0 0;padding:0;font-size:.85rem;color:#3d444d}.off{color:#a40e26}
.reply{white-space:pre-wrap}.meta{color:#57606a}`;

const e = escapeHtml;

function sideHead(side: ReportSide, name: string, lang: "en" | "fr"): string {
  const words = COMPARE_WORDS[lang];
  return `<th scope="col">${e(name)}<br>${e(side.persona.name)} · ${e(side.versionLabel)}<br><span class="meta">${e(words.target)}: ${e(side.targetLabel)}</span></th>`;
}

function settingsTable(report: CompareReport): string {
  const { language: lang } = report;
  const words = COMPARE_WORDS[lang];
  const a = settingRows(report.a.persona, lang);
  const b = settingRows(report.b.persona, lang);
  const rows = a.map((row, i) => {
    const other = b[i]?.value ?? "";
    const changed = other !== row.value ? ' class="off"' : "";
    return `<tr${changed}><th scope="row">${e(row.label)}</th><td>${e(row.value)}</td><td>${e(other)}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">${e(words.setting)}</th>${sideHead(report.a, words.versionA, lang)}${sideHead(report.b, words.versionB, lang)}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function promptDiff(report: CompareReport): string {
  const words = COMPARE_WORDS[report.language];
  if (report.promptDiff.every((part) => part.kind === "same"))
    return `<p>${e(words.promptSame)}</p>`;
  const lines = diffLines(report.promptDiff).map(({ kind, line }) => {
    const text = e(MARK[kind] + line);
    if (kind === "added") return `<ins title="${e(words.added)}">${text}</ins>`;
    if (kind === "removed") return `<del title="${e(words.removed)}">${text}</del>`;
    return `${text}\n`;
  });
  return `<p class="meta">- ${e(words.removed)} · + ${e(words.added)}</p><pre>${lines.join("")}</pre>`;
}

function replyCell(reply: SideReply | undefined, lang: "en" | "fr"): string {
  const words = COMPARE_WORDS[lang];
  if (!reply || (reply.text === "" && reply.status !== "streaming"))
    return `<td>${e(reply?.error ?? words.noReply)}</td>`;
  const readings = (reply.readings ?? [])
    .map((r) => `<li${r.ok ? "" : ' class="off"'}>${e(readingLine(r, lang))}</li>`)
    .join("");
  const list =
    readings === "" ? "" : `<ul class="readings" aria-label="${e(words.meter)}">${readings}</ul>`;
  return `<td><div class="reply">${e(reply.text)}</div>${list}</td>`;
}

function conversation(report: CompareReport): string {
  const { language: lang } = report;
  const words = COMPARE_WORDS[lang];
  const rows = report.rows.map(
    (row) =>
      `<tr><th scope="row">${row.turn + 1}</th><td class="reply">${e(row.user)}</td>${replyCell(row.a, lang)}${replyCell(row.b, lang)}</tr>`,
  );
  return `<table><thead><tr><th scope="col">${e(words.turn)}</th><th scope="col">${e(words.user)}</th>${sideHead(report.a, words.versionA, lang)}${sideHead(report.b, words.versionB, lang)}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function writeCompareHtml(report: CompareReport): string {
  const lang = report.language;
  const words = COMPARE_WORDS[lang];
  const { a, b } = summariesOf(report);
  const title = titleOf(report, words.title);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(title)}</h1>
<p class="meta">${e(words.generated)} <time datetime="${e(report.generatedAt)}">${e(dateText(report.generatedAt, lang))}</time></p>
<p class="summary">${e(words.summary(a, b))}</p>
<h2>${e(words.settings)}</h2>
${settingsTable(report)}
<h2>${e(words.promptDiff)}</h2>
${promptDiff(report)}
<h2>${e(words.conversation)}</h2>
${conversation(report)}
</body>
</html>
`;
}
