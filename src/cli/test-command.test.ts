/**
 * `psydesign test` as a user runs it on the offline rehearsal: a real `node bin/psydesign.mjs`
 * subprocess, judged by exit code, stdout, stderr and the files it writes (against an
 * endpoint: test-command-endpoint.test.ts). Reports are read back with the real readers: the
 * JSON one with readJsonReport, the JUnit one parsed and validated against the JUnit XSD by
 * libxml2.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expectReadByCi, parseJunit } from "../../tests/helpers/junit";
import { psydesignAlone as psydesign, ROOT, type Outcome } from "../../tests/helpers/run-cli";
import { restorePersonaText } from "../core/persona/restore";
import { readJsonReport, readJsonReports } from "../core/persona-tests/report-json";
import { withCustomScenarios } from "../core/scenarios/schema";
import { run } from "./main";

const TOWN_HALL = "personas/service-public.json"; // holds every check on the offline rehearsal
const CANARY = "sk-canary-7f3a9c1e5b2d4f60";

/** The same command in-process, for the many usage errors: no spawn, same run(). */
async function inProcess(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdin: (async function* () {})(),
    stdout: { write: (chunk: string) => void (stdout += chunk) },
    stderr: { write: (chunk: string) => void (stderr += chunk) },
    cwd: ROOT,
    env,
  });
  return { code, stdout, stderr };
}

let scratch = "";
let failing = ""; // the town hall with one expectation no offline reply meets

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-test-"));
  const restored = restorePersonaText(await readFile(join(ROOT, TOWN_HALL), "utf8"));
  if (!restored.ok) throw new Error("the town hall preset should be valid");
  const persona = withCustomScenarios(restored.persona, [
    {
      id: "unicorn",
      title: "Licorne",
      language: "fr",
      turns: ["Bonjour, je voudrais une copie de mon acte de naissance."],
      expectations: [[{ kind: "mentions", pattern: "licorne" }]],
    },
  ]);
  failing = join(scratch, "failing.json");
  await writeFile(failing, JSON.stringify(persona));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe.concurrent("exit codes", { timeout: 90_000 }, () => {
  test("0 when every check holds: the pretty report ends with the summary table", async () => {
    const out = await psydesign(["test", TOWN_HALL, "--scenario", "welcome-fr"]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(""); // not a terminal: no progress
    expect(out.stdout).toContain("✓ Every check held.");
    expect(out.stdout).toMatch(
      /Target +Checks +Turns +Result\n─+ .*\nOffline rehearsal +(\d+) of \1 checks held +4 of 4 turns passed +✓ pass\n$/,
    );
  });

  test("1 when a check fails: the failed turn names the check, expected and found", async () => {
    const out = await psydesign(["test", failing, "--scenario", "unicorn"]);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("✗ unicorn turn 1 — Offline rehearsal: FAIL");
    expect(out.stdout).toContain("  - mentions: expected mentions licorne; found not in the reply");
    expect(out.stdout).toMatch(/0 of 1 turn passed +✗ FAIL\n$/);
  });

  test.each([
    [[], /test needs at least one persona file/],
    [[TOWN_HALL, "--concurrency", "0"], /--concurrency must be a whole number from 1 to 32/],
    [[TOWN_HALL, "--concurrency", "4.5"], /--concurrency must be a whole number from 1 to 32/],
    [[TOWN_HALL, "--drift", "201"], /--drift must be a whole number from 1 to 200/],
    [[TOWN_HALL, "--drift-user", "m"], /--drift-user needs --drift and a --base-url/],
    [
      [TOWN_HALL, "--drift", "5", "--drift-user", "m"],
      /--drift-user needs --drift and a --base-url/,
    ],
    [[TOWN_HALL, "--reporter", "xml"], /--reporter must be pretty or json or junit/],
    [[TOWN_HALL, "--frobnicate"], /unknown option "--frobnicate"/],
    [[TOWN_HALL, "--model", "m"], /--model needs --base-url/],
    [[TOWN_HALL, "--base-url", "http://127.0.0.1:9/v1"], /--base-url needs at least one --model/],
    [
      [TOWN_HALL, "--base-url", "ftp://x", "--model", "m"],
      /--base-url must be an http or https URL/,
    ],
    [
      [TOWN_HALL, "--scenario", "welcome-en"],
      /unknown scenario "welcome-en" \(this persona speaks French; did you mean "welcome-fr"\?\); the persona's scenarios are welcome-fr, complaint-fr/,
    ],
    [["personas/missing.json"], /personas\/missing\.json: /],
    [[TOWN_HALL, "-o", "no/such/folder/report.xml"], /its folder does not exist/],
    [
      [
        TOWN_HALL,
        "--base-url",
        "http://127.0.0.1:9/v1",
        "--model",
        "m",
        "--api-key-env",
        "NOT_SET_HERE",
      ],
      /--api-key-env NOT_SET_HERE: that variable is not set/,
    ],
  ])("2 on a usage or configuration error: %j", async (args, message) => {
    const out = await inProcess(["test", ...args]);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/^\s+at /m);
  });

  test("2 as a real process too: a bad flag, an unknown scenario, an unreadable file", async () => {
    const outs = await Promise.all([
      psydesign(["test", TOWN_HALL, "--concurrency", "40"]),
      psydesign(["test", TOWN_HALL, "--scenario", "nope"]),
      psydesign(["test", "personas/missing.json"]),
    ]);
    expect(outs.map((out) => out.code)).toEqual([2, 2, 2]);
    expect(outs[0]?.stderr).toContain("--concurrency must be a whole number from 1 to 32");
    expect(outs[1]?.stderr).toContain('unknown scenario "nope"');
    expect(outs[2]?.stderr).toMatch(/^personas\/missing\.json: /);
    for (const out of outs) expect(out.stdout).toBe("");
  });

  test.each([
    [["--api-key", CANARY]],
    [[`--api-key=${CANARY}`]],
    [["--model", CANARY, "--base-url", "http://127.0.0.1:9/v1"]],
    [[CANARY]],
  ])("2 for a key given as an argument, never echoed: %j", async (args) => {
    const out = await inProcess(["test", TOWN_HALL, ...args]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("an API key is never given as an argument");
    expect(out.stderr).toContain("OPENAI_API_KEY");
    expect(out.stdout + out.stderr).not.toContain("canary");
  });

  test("2 for a key given as an argument, as a real process", async () => {
    const out = await psydesign(["test", TOWN_HALL, "--api-key", CANARY]);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("an API key is never given as an argument");
    expect(out.stdout + out.stderr).not.toContain("canary");
  });
});

describe.concurrent("reporters", { timeout: 90_000 }, () => {
  test("json on stdout reads back with readJsonReport; the table goes to stderr", async () => {
    const out = await psydesign(["test", failing, "--reporter", "json"]);
    expect(out.code).toBe(1);
    const read = readJsonReport(out.stdout);
    const report = read.ok ? read.report : undefined;
    expect(report?.run.personaId).toBe("service-public");
    expect(report?.run.cases.map((c) => c.scenarioId)).toContain("unicorn");
    const unicorn = report?.run.results.find((r) => r.scenarioId === "unicorn");
    expect(unicorn?.status).toBe("failed");
    expect(report?.summary[0]?.turns).toBe(report?.run.results.length);
    expect(out.stderr).toMatch(/^Target +Checks +Turns +Result\n/);
  });

  test("junit into -o: parsed back and read by a CI reader; the table on stdout", async () => {
    const file = join(scratch, "report.xml");
    const out = await psydesign([
      "test",
      failing,
      "--scenario",
      "welcome-fr",
      "--scenario",
      "unicorn",
      "--reporter",
      "junit",
      "-o",
      file,
    ]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^Target +Checks +Turns +Result\n/);
    const xml = await readFile(file, "utf8");
    expectReadByCi(xml);
    const [suite] = parseJunit(xml).suites;
    expect(suite?.name).toBe("Offline rehearsal");
    expect(suite?.tests).toBe(5);
    expect(suite?.failures).toBe(1);
    const failed = suite?.cases.find((c) => c.failure);
    expect(failed?.classname).toBe("unicorn");
    expect(failed?.failure?.text).toContain(
      "mentions: expected mentions licorne; found not in the reply",
    );
  });

  test("pretty into -o, and --html: a self-contained page in the persona's language", async () => {
    const text = join(scratch, "report.txt");
    const html = join(scratch, "report.html");
    const out = await psydesign([
      "test",
      TOWN_HALL,
      "--scenario",
      "complaint-fr",
      "-o",
      text,
      "--html",
      html,
    ]);
    expect(out.code).toBe(0);
    expect(await readFile(text, "utf8")).toContain("✓ Every check held.");
    expect(out.stdout).toMatch(/^Target +Checks +Turns +Result\n/);
    const page = await readFile(html, "utf8");
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Rapport de tests de persona");
    expect(page).not.toMatch(/<script|https?:\/\//i);
  });
});

test("several personas: a JSON list of reports, an HTML page each, a table row each", async () => {
  const json = join(scratch, "multi.json");
  const html = join(scratch, "multi.html");
  const out = await psydesign([
    "test",
    TOWN_HALL,
    "personas/university-admissions.json",
    "--reporter",
    "json",
    "-o",
    json,
    "--html",
    html,
  ]);
  expect(out.code).toBe(0);
  const read = readJsonReports(await readFile(json, "utf8"));
  expect(read.ok && read.reports.map((r) => r.run.personaId)).toEqual([
    "service-public",
    "university-admissions",
  ]);
  expect(await readFile(join(scratch, "multi.service-public.html"), "utf8")).toContain(
    '<html lang="fr">',
  );
  expect(await readFile(join(scratch, "multi.university-admissions.html"), "utf8")).toContain(
    '<html lang="en">',
  );
  const rows = out.stdout.split("\n").filter((line) => line.includes("— Offline rehearsal"));
  expect(rows).toHaveLength(2);
}, 60_000);

test("progress goes to stderr only when it is a terminal, and is cleared at the end", async () => {
  const stderr = { text: "", isTTY: true, write: (chunk: string) => void (stderr.text += chunk) };
  let stdout = "";
  const code = await run(["test", TOWN_HALL, "--scenario", "welcome-fr"], {
    stdin: (async function* () {})(),
    stdout: { write: (chunk: string) => void (stdout += chunk) },
    stderr,
    cwd: ROOT,
    env: {},
  });
  expect(code).toBe(0);
  const name = "Service public — accueil de la mairie".slice(0, 40);
  for (const done of [1, 2, 3, 4])
    expect(stderr.text).toContain(`\r\u001b[K${name}: ${done}/4 turns`);
  expect(stderr.text.endsWith("\r\u001b[K")).toBe(true);
  expect(stdout).not.toContain("\u001b");
});
