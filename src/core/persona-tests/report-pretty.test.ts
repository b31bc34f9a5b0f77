/** The terminal report: the summary table, the failed turns with their checks, nothing unprintable. */
import { describe, expect, test } from "vitest";
import { PRESETS } from "../../../tests/helpers/presets";
import { offlineRun } from "../../../tests/helpers/test-run";
import type { Persona } from "../persona/schema";
import { printableLine, summaryTable, writePrettyReport } from "./report-pretty";

const preset = (id: string) => PRESETS.find((p) => p.id === id) as Persona;
const TOWN_HALL = preset("service-public");
const START_UP = preset("startup-decontractee");

describe("writePrettyReport", () => {
  test("a table per target with checks held and turns passed, then each failed turn's checks", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"], other: START_UP });
    const text = writePrettyReport(run);
    const lines = text.split("\n");
    const header = lines.findIndex((line) => /^Target\s+Checks\s+Turns\s+Result$/.test(line));
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/^─+ {2}─+/);
    expect(lines[header + 2]).toMatch(
      /^Offline rehearsal\s+(\d+) of \1 checks held\s+4 of 4 turns passed\s+✓ pass$/,
    );
    const endpoint = run.results.filter((r) => r.targetId !== "offline");
    const checks = endpoint.flatMap((r) => r.checks);
    expect(lines[header + 3]).toContain(
      `${checks.filter((c) => c.pass).length} of ${checks.length} checks held`,
    );
    expect(lines[header + 3]).toMatch(/✗ FAIL$/);
    const failed = endpoint.find((r) => r.status === "failed")!;
    const check = failed.checks.find((c) => !c.pass)!;
    expect(text).toContain(`  - ${check.id}: expected ${check.expected}; found ${check.found}`);
  });

  test("a run that held says so; several personas name each row", async () => {
    const text = writePrettyReport([
      await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] }),
      await offlineRun(preset("university-admissions"), { scenarios: ["welcome-en"] }),
    ]);
    expect(text).toContain("✓ Every check held.");
    expect(text).not.toContain("✗");
    expect(
      summaryTable([await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] })], { lang: "fr" }),
    ).toMatch(/Offline rehearsal\s+\d+ vérifications tenues sur \d+\s+4 tours réussis sur 4/);
  });

  test("text from the run cannot send escapes nor forge lines", async () => {
    const run = await offlineRun(TOWN_HALL, { scenarios: ["welcome-fr"] });
    run.results[0]!.status = "failed";
    run.results[0]!.reply = "ok\n\u001b[2J✓ pass\u009b31m\u202e";
    const text = writePrettyReport(run);
    for (const c of ["\u001b", "\u009b", "\u202e"]) expect(text).not.toContain(c);
    expect(text).toContain("Reply: ok ⏎ \\u001b[2J✓ pass\\u009b31m\\u202e");
    expect(printableLine("a\r\nb\tc")).toBe("a ⏎ b c");
  });
});
