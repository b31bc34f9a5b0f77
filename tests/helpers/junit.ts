/**
 * Reads a JUnit report as CI systems would: parsed back by a real XML parser (every attribute
 * and case, below), and read by `test-results-parser`, the JUnit reader of the TestBeats CI
 * reporter, whose counts per suite must be ours.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseResults } from "test-results-parser";
import { expect } from "vitest";

interface Counts {
  name: string;
  total: number;
  /** Failures and errors: a CI reader marks both as failed. */
  failed: number;
  skipped: number;
}

/** The report as test-results-parser reads it: its suites' counts, from its own reading of each case. */
export function readByCi(xml: string): Counts[] {
  const dir = mkdtempSync(join(tmpdir(), "psydesign-junit-"));
  try {
    const file = join(dir, "report.xml");
    writeFileSync(file, xml);
    const result = parseResults({ type: "junit", files: [file] });
    return result.suites.map((suite) => ({
      // This reader leaves numeric references in attributes as written (&#10; for a newline).
      name: suite.name.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
      total: suite.cases.length,
      failed: suite.cases.filter((c) => c.status === "FAIL").length,
      skipped: suite.cases.filter((c) => c.status === "SKIP").length,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A CI reader finds the suites, cases, failures and skips our own parse finds and the counts say. */
export function expectReadByCi(xml: string): void {
  const ours = parseJunit(xml).suites;
  const counted = ours.map((suite) => ({
    name: suite.name,
    total: suite.tests,
    failed: suite.failures + suite.errors,
    skipped: suite.skipped,
  }));
  const cases = ours.map((suite) => ({
    name: suite.name,
    total: suite.cases.length,
    failed: suite.cases.filter((c) => c.failure !== undefined || c.error !== undefined).length,
    skipped: suite.cases.filter((c) => c.skipped !== undefined).length,
  }));
  expect(cases).toEqual(counted);
  expect(readByCi(xml)).toEqual(counted);
}

type Node = Record<string, unknown>;
export interface JunitCase {
  classname: string;
  name: string;
  time: string;
  failure?: { message: string; text: string };
  error?: { type: string; message: string };
  skipped?: { message: string };
  systemOut?: string;
}
export interface JunitSuite {
  name: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  time: string;
  properties: Record<string, string>;
  cases: JunitCase[];
}

const list = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];

/** The suites of a report, with attributes as written (entities decoded by the parser). */
export function parseJunit(xml: string): { root: Node; suites: JunitSuite[] } {
  const syntax = XMLValidator.validate(xml);
  if (syntax !== true) throw new Error(`not well-formed XML: ${JSON.stringify(syntax.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    textNodeName: "#text",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    cdataPropName: "#cdata",
    processEntities: true,
    htmlEntities: true,
  });
  const doc = parser.parse(xml) as Node;
  const root = doc.testsuites as Node;
  const suites = list(root.testsuite).map((suite): JunitSuite => {
    const properties = Object.fromEntries(
      list((suite.properties as Node | undefined)?.property).map((p) => [p.name, p.value]),
    ) as Record<string, string>;
    const cases = list(suite.testcase).map((c): JunitCase => {
      const failure = c.failure as Node | undefined;
      const out = c["system-out"] as Node | undefined;
      const cdata = out ? list(out["#cdata"]).map((part) => String(part["#text"] ?? part)) : [];
      return {
        classname: String(c.classname),
        name: String(c.name),
        time: String(c.time),
        ...(failure
          ? { failure: { message: String(failure.message), text: String(failure["#text"] ?? "") } }
          : {}),
        ...(c.error ? { error: c.error as JunitCase["error"] } : {}),
        ...(c.skipped ? { skipped: c.skipped as JunitCase["skipped"] } : {}),
        ...(out ? { systemOut: cdata.join("") } : {}),
      };
    });
    return {
      name: String(suite.name),
      tests: Number(suite.tests),
      failures: Number(suite.failures),
      errors: Number(suite.errors),
      skipped: Number(suite.skipped),
      time: String(suite.time),
      properties,
      cases,
    };
  });
  return { root, suites };
}
