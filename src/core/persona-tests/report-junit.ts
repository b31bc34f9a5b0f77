/**
 * The JUnit XML report, for CI systems (Jenkins, GitLab, GitHub reporters) that read test
 * results in that shape (tests/fixtures/junit/ holds the schema it is checked against):
 * one <testsuite> per target, per persona when the report holds several runs; one <testcase>
 * per scenario turn (classname = scenario, name = "turn N: <user text>"); a failed turn's
 * checks in <failure>, a turn without a reply in <error>, a cancelled one in <skipped>; the
 * reply in <system-out>. Drift runs are test cases too, failing when a dimension drifted.
 */
import type { DriftResult, TestRun, TestTarget, TurnResult } from "./types";

/**
 * Characters XML 1.0 cannot hold even escaped (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF), and C1 controls it only tolerates: written as a visible \uXXXX so
 * the report still parses and its reader still sees that something was there.
 */
const NOT_XML = /\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu;

export const xmlSafe = (text: string): string =>
  text.replace(NOT_XML, (c) =>
    c === "\t" || c === "\n" || c === "\r"
      ? c
      : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** Text content: markup characters escaped. */
export const escapeText = (text: string): string =>
  xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An attribute value in double quotes: line breaks and tabs as character references, so attribute normalisation keeps them. */
export const escapeAttribute = (text: string): string =>
  escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");

/** A CDATA section cannot contain "]]>": it is split across two sections. */
export const cdata = (text: string): string =>
  `<![CDATA[${xmlSafe(text).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/** Keeps a test name one readable line: CI lists show names, not paragraphs. */
function oneLine(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const attributes = (pairs: Record<string, string | number | undefined>) =>
  Object.entries(pairs)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");

function turnCase(result: TurnResult): string {
  const head = `    <testcase${attributes({
    classname: result.scenarioId,
    name: `turn ${result.turn + 1}: ${oneLine(result.user)}`,
    time: seconds(result.latencyMs),
  })}>\n`;
  const body: string[] = [];
  if (result.status === "failed") {
    const failed = result.checks.filter((check) => !check.pass);
    const lines = failed.map(
      (check) => `${check.id}: expected ${check.expected}; found ${check.found}`,
    );
    body.push(
      `      <failure${attributes({
        type: "checks",
        message: `${failed.length} of ${result.checks.length} checks failed: ${failed.map((c) => c.id).join(", ")}`,
      })}>${escapeText(lines.join("\n"))}</failure>\n`,
    );
  } else if (result.status === "error") {
    body.push(
      `      <error${attributes({
        type: result.error?.kind ?? "error",
        message: result.error?.message ?? "no reply",
      })}/>\n`,
    );
  } else if (result.status === "cancelled") {
    body.push(`      <skipped${attributes({ message: "cancelled" })}/>\n`);
  }
  if (result.reply !== "") body.push(`      <system-out>${cdata(result.reply)}</system-out>\n`);
  return `${head}${body.join("")}    </testcase>\n`;
}

function driftCase(drift: DriftResult): string {
  const head = `    <testcase${attributes({
    classname: `drift.${drift.scenarioId}`,
    name: `drift over ${drift.turns.length} turns`,
    time: "0.000",
  })}>\n`;
  let body = "";
  if (drift.status === "error")
    body = `      <error${attributes({ type: drift.error?.kind ?? "error", message: drift.error?.message ?? "drift stopped" })}/>\n`;
  else if (drift.status === "cancelled")
    body = `      <skipped${attributes({ message: "cancelled" })}/>\n`;
  else if (drift.firstDrifts.length > 0) {
    const lines = drift.firstDrifts.map(
      (d) =>
        `${d.dimension}: target ${drift.targets[d.dimension] ?? "?"}; reads ${d.measured} from turn ${d.turn}`,
    );
    body = `      <failure${attributes({
      type: "drift",
      message: `drifted: ${drift.firstDrifts.map((d) => `${d.dimension} from turn ${d.turn}`).join(", ")}`,
    })}>${escapeText(lines.join("\n"))}</failure>\n`;
  }
  return `${head}${body}    </testcase>\n`;
}

function targetProperties(run: TestRun, target: TestTarget): string {
  const pairs: [string, string][] = [
    ["persona.id", run.personaId],
    ["persona.name", run.personaName],
    ["persona.version", run.personaVersion],
    ["target.kind", target.kind],
  ];
  if (target.kind === "endpoint")
    pairs.push(["target.model", target.model], ["target.baseURL", target.baseURL]);
  const lines = pairs.map(([name, value]) => `      <property${attributes({ name, value })}/>\n`);
  return `    <properties>\n${lines.join("")}    </properties>\n`;
}

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  ms: number;
}

function suiteOf(run: TestRun, target: TestTarget, named: boolean): Suite {
  const results = run.results.filter((result) => result.targetId === target.id);
  const drifts = (run.drift ?? []).filter((drift) => drift.targetId === target.id);
  const count = (status: TurnResult["status"], drift: (d: DriftResult) => boolean) =>
    results.filter((r) => r.status === status).length + drifts.filter(drift).length;
  const suite = {
    tests: results.length + drifts.length,
    failures: count("failed", (d) => d.status === "done" && d.firstDrifts.length > 0),
    errors: count("error", (d) => d.status === "error"),
    skipped: count("cancelled", (d) => d.status === "cancelled"),
    ms: results.reduce((sum, r) => sum + r.latencyMs, 0),
  };
  const name = named ? `${run.personaName} — ${target.label}` : target.label;
  const open = `  <testsuite${attributes({
    name,
    tests: suite.tests,
    failures: suite.failures,
    errors: suite.errors,
    skipped: suite.skipped,
    time: seconds(suite.ms),
    timestamp: run.startedAt,
    package: run.personaId,
  })}>\n`;
  const cases = results.map(turnCase).join("") + drifts.map(driftCase).join("");
  return { ...suite, xml: `${open}${targetProperties(run, target)}${cases}  </testsuite>\n` };
}

/** One or several runs (one per persona) as a JUnit XML document. */
export function writeJunitReport(runs: TestRun | readonly TestRun[]): string {
  const list: readonly TestRun[] = Array.isArray(runs) ? runs : [runs as TestRun];
  const named = list.length > 1;
  const suites = list.flatMap((run) => run.targets.map((target) => suiteOf(run, target, named)));
  const total = (key: "tests" | "failures" | "errors" | "ms") =>
    suites.reduce((sum, suite) => sum + suite[key], 0);
  const open = `<testsuites${attributes({
    name: "psydesign test",
    tests: total("tests"),
    failures: total("failures"),
    errors: total("errors"),
    time: seconds(total("ms")),
  })}>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${open}${suites.map((s) => s.xml).join("")}</testsuites>\n`;
}
