/**
 * The JUnit report read back as a CI system reads it: parsed by fast-xml-parser and validated
 * against the Jenkins xUnit plugin's JUnit schema by libxml2 (tests/helpers/junit.ts). The
 * runs are built from real rehearsal replies judged by checkReply (tests/helpers/test-run.ts).
 */
import { describe, expect, test } from "vitest";
import { parseJunit, validateJunit } from "../../../tests/helpers/junit";
import { PRESETS } from "../../../tests/helpers/presets";
import { casesOf, driftOf, ENDPOINT, offlineRun } from "../../../tests/helpers/test-run";
import { personaVersion } from "./runner";
import type { Persona } from "../persona/schema";
import { cdata, escapeAttribute, writeJunitReport, xmlSafe } from "./report-junit";
import type { TestRun } from "./types";

const preset = (id: string) => PRESETS.find((p) => p.id === id) as Persona;
const TOWN_HALL = preset("service-public");
const START_UP = preset("startup-decontractee");

/** Two targets on the same scenarios: the town hall's own replies, and the start-up's. */
async function twoTargets(): Promise<TestRun> {
  return await offlineRun(TOWN_HALL, {
    scenarios: ["welcome-fr", "complaint-fr"],
    other: START_UP,
  });
}

describe("writeJunitReport", () => {
  test("one suite per target, one case per scenario turn, valid against the JUnit schema", async () => {
    const run = await twoTargets();
    const xml = writeJunitReport(run);
    expect(await validateJunit(xml)).toEqual({ valid: true, errors: [] });
    const { root, suites } = parseJunit(xml);
    expect(suites.map((s) => s.name)).toEqual(["Offline rehearsal", ENDPOINT.label]);
    const [offline, endpoint] = suites;
    const turns = run.cases.reduce((sum, c) => sum + c.turns.length, 0);
    expect(offline?.tests).toBe(turns);
    expect(offline?.failures).toBe(0);
    expect(offline?.cases.every((c) => c.failure === undefined)).toBe(true);
    const failedOnEndpoint = run.results.filter(
      (r) => r.targetId === ENDPOINT.id && r.status === "failed",
    );
    expect(failedOnEndpoint.length).toBeGreaterThan(0);
    expect(endpoint?.failures).toBe(failedOnEndpoint.length);
    expect(Number(root.tests)).toBe(turns * 2);
    expect(Number(root.failures)).toBe(failedOnEndpoint.length);
    const first = run.cases[0];
    expect(offline?.cases[0]).toMatchObject({
      classname: first?.scenarioId,
      name: `turn 1: ${first?.turns[0]}`,
      time: "0.120",
    });
  });

  test("a failure lists each failed check with what was expected and found; the reply is in system-out", async () => {
    const run = await twoTargets();
    const failed = run.results.find((r) => r.targetId === ENDPOINT.id && r.status === "failed");
    const { suites } = parseJunit(writeJunitReport(run));
    const testCase = suites[1]?.cases.find(
      (c) =>
        c.classname === failed?.scenarioId && c.name.startsWith(`turn ${(failed?.turn ?? 0) + 1}:`),
    );
    const wrong = failed?.checks.filter((c) => !c.pass) ?? [];
    expect(testCase?.failure?.message).toBe(
      `${wrong.length} of ${failed?.checks.length} checks failed: ${wrong.map((c) => c.id).join(", ")}`,
    );
    for (const check of wrong)
      expect(testCase?.failure?.text).toContain(
        `${check.id}: expected ${check.expected}; found ${check.found}`,
      );
    expect(testCase?.systemOut).toBe(failed?.reply);
  });

  test("a turn without a reply is an error, a cancelled one is skipped, and the counts say so", async () => {
    const run = await twoTargets();
    const [a, b] = run.results.filter((r) => r.targetId === ENDPOINT.id);
    Object.assign(a as object, {
      status: "error",
      reply: "",
      checks: [],
      error: { kind: "rate-limit", message: "429 after 3 attempts" },
    });
    Object.assign(b as object, { status: "cancelled", reply: "", checks: [] });
    const xml = writeJunitReport(run);
    expect((await validateJunit(xml)).valid).toBe(true);
    const suite = parseJunit(xml).suites[1];
    expect(suite?.errors).toBe(1);
    expect(suite?.skipped).toBe(1);
    expect(suite?.cases[0]?.error).toEqual({ type: "rate-limit", message: "429 after 3 attempts" });
    expect(suite?.cases[0]?.systemOut).toBeUndefined();
    expect(suite?.cases[1]?.skipped).toEqual({ message: "cancelled" });
  });

  test("properties carry the persona's version and the model", async () => {
    const { suites } = parseJunit(writeJunitReport(await twoTargets()));
    expect(suites[0]?.properties).toMatchObject({
      "persona.id": "service-public",
      "persona.version": personaVersion(TOWN_HALL),
      "target.kind": "offline",
    });
    expect(suites[1]?.properties).toMatchObject({
      "target.model": "model-b",
      "target.baseURL": "http://127.0.0.1:9/v1",
    });
  });

  test("several personas: a suite per persona and target, named for both", async () => {
    const runs = [
      await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] }),
      await offlineRun(START_UP, { scenarios: ["welcome-fr"] }),
    ];
    const xml = writeJunitReport(runs);
    expect((await validateJunit(xml)).valid).toBe(true);
    expect(parseJunit(xml).suites.map((s) => s.name)).toEqual([
      `${TOWN_HALL.name} — Offline rehearsal`,
      `${START_UP.name} — Offline rehearsal`,
    ]);
  });

  test("drift is a test case that fails from the first drifting turn", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] });
    run.drift = [await driftOf(TOWN_HALL, START_UP, casesOf(TOWN_HALL, ["welcome-fr"])[0]!, 10)];
    const drifts = run.drift[0]?.firstDrifts ?? [];
    expect(drifts.length).toBeGreaterThan(0);
    const xml = writeJunitReport(run);
    expect((await validateJunit(xml)).valid).toBe(true);
    const suite = parseJunit(xml).suites[0];
    const drift = suite?.cases.find((c) => c.classname === "drift.welcome-fr");
    expect(drift?.name).toBe("drift over 10 turns");
    expect(drift?.failure?.message).toContain(
      `${drifts[0]?.dimension} from turn ${drifts[0]?.turn}`,
    );
    expect(suite?.failures).toBe(1);
  });

  test("hostile text survives: markup, quotes, forbidden control characters, CDATA ends", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] });
    const hostile = `<b>"x" & 'y'</b>\u0000\u0001\u001b[31m ]]> \ud800 end\nline\ttab`;
    run.personaName = hostile;
    const result = run.results[0]!;
    result.user = hostile;
    result.reply = `${result.reply} ${hostile}`;
    result.status = "failed";
    result.checks = [
      ...result.checks,
      {
        id: "mentions",
        source: "explicit",
        pass: false,
        expected: `mentions ${hostile}`,
        found: "not in the reply",
      },
    ];
    const xml = writeJunitReport([run, await offlineRun(START_UP, { scenarios: ["welcome-fr"] })]);
    expect(await validateJunit(xml)).toEqual({ valid: true, errors: [] });
    const suite = parseJunit(xml).suites[0];
    const shown = xmlSafe(hostile);
    expect(shown).toBe(`<b>"x" & 'y'</b>\\u0000\\u0001\\u001b[31m ]]> \\ud800 end\nline\ttab`);
    expect(suite?.name).toBe(`${shown} — Offline rehearsal`);
    expect(suite?.properties["persona.name"]).toBe(shown);
    // A test name is one line: whitespace runs are folded.
    expect(suite?.cases[0]?.name).toBe(`turn 1: ${shown.replace(/\s+/g, " ")}`);
    expect(suite?.cases[0]?.systemOut).toBe(xmlSafe(result.reply));
    expect(suite?.cases[0]?.failure?.text).toContain(`mentions: expected mentions ${shown}`);
  });

  test("the escapes themselves", async () => {
    expect(escapeAttribute('a"b\nc\td&<>')).toBe("a&quot;b&#10;c&#9;d&amp;&lt;&gt;");
    expect(cdata("x]]>y]]>")).toBe("<![CDATA[x]]]]><![CDATA[>y]]]]><![CDATA[>]]>");
    expect(xmlSafe("ok 😀 \u{1F600}")).toBe("ok 😀 \u{1F600}");
  });
});
