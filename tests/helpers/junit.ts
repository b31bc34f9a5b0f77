/**
 * Reads a JUnit report as CI systems would: parsed back by a real XML parser and validated
 * against the Jenkins xUnit plugin's JUnit schema by libxml2's xmllint (tests/fixtures/junit/).
 */
import { readFileSync } from "node:fs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { validateXML } from "xmllint-wasm";

const XSD = readFileSync(new URL("../fixtures/junit/junit-10.xsd", import.meta.url), "utf8");

export interface SchemaVerdict {
  valid: boolean;
  errors: string[];
}

export async function validateJunit(xml: string): Promise<SchemaVerdict> {
  const result = await validateXML({
    xml: [{ fileName: "report.xml", contents: xml }],
    schema: [{ fileName: "junit-10.xsd", contents: XSD }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
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
