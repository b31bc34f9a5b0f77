/**
 * The JSON report: written from a run built of real rehearsal replies, read back whole, and
 * the reader's answers to what a careless tool or an attacker hands it.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { nestedText } from "../../../tests/helpers/hostile-json";
import { PRESETS } from "../../../tests/helpers/presets";
import { casesOf, driftOf, offlineRun } from "../../../tests/helpers/test-run";
import type { Persona } from "../persona/schema";
import { readJsonReport, REPORT_FORMAT, writeJsonReport } from "./report-json";
import { summarizeRun } from "./report-summary";

const preset = (id: string) => PRESETS.find((p) => p.id === id) as Persona;
const TOWN_HALL = preset("service-public");
const START_UP = preset("startup-decontractee");

async function fullRun() {
  const run = await offlineRun(TOWN_HALL, {
    scenarios: ["welcome-fr", "complaint-fr"],
    other: START_UP,
  });
  run.drift = [await driftOf(TOWN_HALL, START_UP, casesOf(TOWN_HALL, ["welcome-fr"])[0]!, 8)];
  return run;
}

const problems = (text: string) => {
  const read = readJsonReport(text);
  return read.ok ? [] : read.problems;
};

describe("the JSON report", () => {
  test("is versioned, holds the run and its summary, and reads back equal", async () => {
    const run = await fullRun();
    const text = writeJsonReport(run);
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(doc.format).toBe(REPORT_FORMAT);
    expect(doc.version).toBe(1);
    expect(doc.summary).toEqual(summarizeRun(run));
    const read = readJsonReport(text);
    const report = read.ok ? read.report : undefined;
    expect(report?.run).toEqual(run);
    expect(report?.summary[1]?.held).toBeLessThan(report?.summary[1]?.checks ?? 0);
  });

  test("the summary is recomputed, not trusted", async () => {
    const doc = JSON.parse(writeJsonReport(await fullRun())) as { summary: { held: number }[] };
    const real = doc.summary[0]?.held;
    (doc.summary[0] as { held: number }).held = 9999;
    const read = readJsonReport(JSON.stringify(doc));
    expect(read.ok && read.report.summary[0]?.held).toBe(real);
  });

  test("names what is wrong, with where", async () => {
    expect(problems("{")[0]).toMatch(/^not JSON: /);
    expect(problems("[]")).toEqual([`expected a "${REPORT_FORMAT}" object`]);
    expect(problems(JSON.stringify({ format: "psydesign.persona", version: 1, run: {} }))[0]).toBe(
      `format: expected "${REPORT_FORMAT}"`,
    );
    const doc = JSON.parse(writeJsonReport(await fullRun())) as Record<string, unknown>;
    expect(problems(JSON.stringify({ ...doc, version: 2 }))[0]).toMatch(
      /^version: expected version 1/,
    );
    const bad = structuredClone(doc) as {
      run: { results: { status: string; targetId: string }[] };
    };
    bad.run.results[3]!.status = "exploded";
    expect(problems(JSON.stringify(bad))).toEqual(["run.results.3.status: expected a turn status"]);
    const stray = structuredClone(doc) as { run: { results: { targetId: string }[] } };
    stray.run.results[0]!.targetId = "nowhere";
    expect(problems(JSON.stringify(stray))[0]).toContain('unknown target "nowhere"');
  });

  test("hostile input gives problems, never an exception", async () => {
    for (const text of [
      nestedText(100_000, "1", "list"),
      nestedText(100_000, "1", "object"),
      `{"format":"${REPORT_FORMAT}","version":1,"run":${nestedText(5000, "1", "object")}}`,
      '{"__proto__":{"polluted":true},"format":"psydesign-test-run","version":1}',
      "\uFEFF{}",
      "null",
      "",
    ]) {
      const read = readJsonReport(text);
      expect(read.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readJsonReport(JSON.stringify(value) ?? "");
        expect(read.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test("a too large file is refused before parsing", async () => {
    expect(problems(" ".repeat(50_000_001))[0]).toMatch(/too large/);
  });
});
