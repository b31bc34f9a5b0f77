/**
 * A test run as a file to save: the reporters' JSON, JUnit XML, or the self-contained HTML
 * report. Loaded on the first export, so the Tests view does not carry the reporters.
 */
import type { TestRun } from "../core/persona-tests/types";
import type { ExportFile } from "./exports";

export const TEST_EXPORT_KINDS = ["json", "junit", "html"] as const;
export type TestExportKind = (typeof TEST_EXPORT_KINDS)[number];

/** `lang` is the HTML report's language (the studio's, so the consultant's client reads it). */
export async function testRunFile(
  run: TestRun,
  kind: TestExportKind,
  lang: "en" | "fr",
): Promise<ExportFile> {
  const base = `${run.personaId}-tests`;
  if (kind === "json") {
    const { writeJsonReport } = await import("../core/persona-tests/report-json");
    return { filename: `${base}.json`, type: "application/json", content: writeJsonReport(run) };
  }
  if (kind === "junit") {
    const { writeJunitReport } = await import("../core/persona-tests/report-junit");
    return {
      filename: `${base}.junit.xml`,
      type: "application/xml",
      content: writeJunitReport(run),
    };
  }
  const { writeHtmlReport } = await import("../core/persona-tests/report-html");
  return {
    filename: `${base}.html`,
    type: "text/html",
    content: writeHtmlReport(run, { lang }),
  };
}
