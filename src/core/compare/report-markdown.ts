/**
 * The comparison in Markdown, for a ticket or an e-mail: the same parts as the HTML page.
 * Text from the persona or the replies is neutralised for a table cell (pipes, line breaks,
 * and HTML, which Markdown renderers pass through); the prompt diff sits in a fenced `diff`
 * block whose fence is longer than any backtick run inside it.
 */
import { COMPARE_WORDS } from "./report-words";
import { MARK, dateText, diffLines, readingLine, summariesOf, titleOf } from "./report-parts";
import { settingRows } from "./settings";
import type { CompareReport, ReportSide, SideReply } from "./types";

/** Safe in one table cell: no HTML, no pipe ending the cell, no line break ending the row. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r\n?|\n/g, "<br>");
}

/** Outside a table: the same neutralising, each line break kept as a hard break. */
const inline = (text: string) => cell(text).replace(/<br>/g, "  \n");

function sideHead(side: ReportSide, name: string, target: string): string {
  return cell(
    `${name}: ${side.persona.name} · ${side.versionLabel} · ${target} ${side.targetLabel}`,
  );
}

function replyCell(reply: SideReply | undefined, lang: "en" | "fr"): string {
  const words = COMPARE_WORDS[lang];
  if (!reply || reply.text === "") return cell(reply?.error ?? words.noReply);
  const readings = (reply.readings ?? []).map((r) => cell(readingLine(r, lang)));
  return [cell(reply.text), ...readings].join("<br>");
}

export function writeCompareMarkdown(report: CompareReport): string {
  const lang = report.language;
  const words = COMPARE_WORDS[lang];
  const { a, b } = summariesOf(report);
  const out: string[] = [
    `# ${inline(titleOf(report, words.title))}`,
    "",
    `${inline(words.generated)} ${inline(dateText(report.generatedAt, lang))}`,
    "",
    `**${inline(words.summary(a, b))}**`,
    "",
    `## ${inline(words.settings)}`,
    "",
    `| ${cell(words.setting)} | ${sideHead(report.a, words.versionA, words.target)} | ${sideHead(report.b, words.versionB, words.target)} |`,
    "| --- | --- | --- |",
  ];
  const settingsB = settingRows(report.b.persona, lang);
  settingRows(report.a.persona, lang).forEach((row, i) =>
    out.push(`| ${cell(row.label)} | ${cell(row.value)} | ${cell(settingsB[i]?.value ?? "")} |`),
  );
  out.push("", `## ${inline(words.promptDiff)}`, "");
  if (report.promptDiff.every((part) => part.kind === "same")) out.push(inline(words.promptSame));
  else {
    const lines = diffLines(report.promptDiff).map(({ kind, line }) => MARK[kind] + line);
    const longest = Math.max(
      0,
      ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))),
    );
    const fence = "`".repeat(Math.max(3, longest + 1));
    out.push(
      `${cell(`- ${words.removed} · + ${words.added}`)}`,
      "",
      `${fence}diff`,
      ...lines,
      fence,
    );
  }
  out.push(
    "",
    `## ${inline(words.conversation)}`,
    "",
    `| ${cell(words.turn)} | ${cell(words.user)} | ${sideHead(report.a, words.versionA, words.target)} | ${sideHead(report.b, words.versionB, words.target)} |`,
    "| --- | --- | --- | --- |",
  );
  for (const row of report.rows)
    out.push(
      `| ${row.turn + 1} | ${cell(row.user)} | ${replyCell(row.a, lang)} | ${replyCell(row.b, lang)} |`,
    );
  return `${out.join("\n")}\n`;
}
