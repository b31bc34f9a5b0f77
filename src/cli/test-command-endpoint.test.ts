/**
 * `psydesign test` against an OpenAI-compatible endpoint: the project's test server (real HTTP
 * and SSE on 127.0.0.1), driven by a real `node bin/psydesign.mjs` subprocess through the real
 * `openai` SDK. Models as suites, keys sent and never printed, failures said in words, and
 * Ctrl+C. The offline cases and the reporters: test-command.test.ts.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { expectReadByCi, parseJunit } from "../../tests/helpers/junit";
import { psydesignAlone as psydesign } from "../../tests/helpers/run-cli";
import { startLlmServer, type LlmServer } from "../../tests/llm-server/server";
import { FAITHFUL } from "../../tests/llm-server/sim/behaviour";
import { readJsonReport } from "../core/persona-tests/report-json";

const TOWN_HALL = "personas/service-public.json";
const CANARY = "sk-canary-7f3a9c1e5b2d4f60";

let scratch = "";
let server: LlmServer;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-test-endpoint-"));
  server = await startLlmServer();
});

afterAll(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});

beforeEach(() => server.reset());

/** The start of every command here: the town hall's welcome scenario, against the test server. */
const onServer = () => ["test", TOWN_HALL, "--scenario", "welcome-fr", "--base-url", server.url];

describe("against an OpenAI-compatible endpoint (the test server)", { timeout: 60_000 }, () => {
  test("two models make two suites; echo replies fail the derived checks (exit 1); the key is sent", async () => {
    const file = join(scratch, "models.xml");
    const out = await psydesign(
      [
        ...onServer(),
        "--model",
        "gpt-4o-mini",
        "--model",
        "llama3.2",
        "--target",
        "offline",
        "--reporter",
        "junit",
        "-o",
        file,
        "--concurrency",
        "2",
      ],
      { OPENAI_API_KEY: CANARY },
    );
    expect(out.code).toBe(1);
    const xml = await readFile(file, "utf8");
    expectReadByCi(xml);
    const { suites } = parseJunit(xml);
    expect(suites.map((s) => s.properties["target.model"] ?? s.properties["target.kind"])).toEqual([
      "offline",
      "gpt-4o-mini",
      "llama3.2",
    ]);
    expect(suites[0]?.failures).toBe(0);
    expect(suites[1]?.failures).toBeGreaterThan(0);
    expect(suites[1]?.cases[0]?.systemOut).toBe("Reply to: Bonjour");
    const chats = server.requests.filter((r) => r.path === "/v1/chat/completions");
    expect(chats).toHaveLength(8);
    expect(chats.every((r) => r.headers.authorization === `Bearer ${CANARY}`)).toBe(true);
    expect(server.maxInFlight()).toBeLessThanOrEqual(2);
    expect(out.stdout + out.stderr + xml).not.toContain(CANARY);
  });

  test("a simulated model faithful to the prompt passes (exit 0); one that slips to tu fails its turns", async () => {
    server.setMode({
      kind: "model",
      behaviour: (model) =>
        model === "slipping" ? { drift: { to: "tu", afterTurn: 2 } } : FAITHFUL,
    });
    const base = onServer();
    const faithful = await psydesign([...base, "--model", "faithful"]);
    expect(faithful.code).toBe(0);
    expect(faithful.stdout).toMatch(
      /faithful · 127\.0\.0\.1:\d+ +(\d+) of \1 checks held +4 of 4 turns passed +✓ pass\n$/,
    );
    const both = await psydesign([
      ...base,
      "--model",
      "faithful",
      "--model",
      "slipping",
      "--reporter",
      "junit",
    ]);
    expect(both.code).toBe(1);
    const { suites } = parseJunit(both.stdout);
    expect(suites.map((s) => [s.properties["target.model"], s.failures])).toEqual([
      ["faithful", 0],
      ["slipping", 2],
    ]);
    const failed = suites[1]?.cases.filter((c) => c.failure) ?? [];
    expect(failed.map((c) => c.name.slice(0, 7))).toEqual(["turn 3:", "turn 4:"]);
    expect(failed[0]?.failure?.text).toContain("derived:address: expected formal; found informal");
  });

  test("an auth failure that echoes the key: error turns, exit 1, and the key printed nowhere", async () => {
    server.setMode({ kind: "status", status: 401, echoKey: true });
    const json = join(scratch, "auth.json");
    const html = join(scratch, "auth.html");
    const out = await psydesign(
      [
        ...onServer(),
        "--model",
        "gpt-4o-mini",
        "--api-key-env",
        "MY_KEY",
        "--reporter",
        "json",
        "-o",
        json,
        "--html",
        html,
      ],
      { MY_KEY: CANARY },
    );
    expect(out.code).toBe(1);
    expect(server.requests.length).toBeGreaterThan(0);
    const written = (await readFile(json, "utf8")) + (await readFile(html, "utf8"));
    const read = readJsonReport(await readFile(json, "utf8"));
    const results = read.ok ? read.report.run.results : [];
    expect(results.map((r) => r.status)).toEqual(["error", "error", "error", "error"]);
    expect(results[0]?.error?.kind).toBe("auth");
    expect(out.stdout).toContain("4 turns without a reply");
    for (const text of [out.stdout, out.stderr, written]) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain("canary-7f3a");
    }
  });

  test("--drift: a model that slips to tu is found drifting (exit 1), in every report", async () => {
    server.setScript(
      () => "Salut ! Tu veux ton acte de naissance ? Je t'explique tout, t'inquiète pas !",
    );
    const out = await psydesign([
      ...onServer(),
      "--model",
      "mock-model",
      "--drift",
      "5",
      "--reporter",
      "json",
    ]);
    expect(out.code).toBe(1);
    const read = readJsonReport(out.stdout);
    const drift = read.ok ? read.report.run.drift?.[0] : undefined;
    expect(drift?.turns).toHaveLength(5);
    expect(drift?.firstDrifts).toContainEqual({
      dimension: "address",
      turn: 1,
      measured: "informal",
    });
    // 4 scenario turns and 5 drift turns, each one request.
    expect(server.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(9);
  });

  test("--drift-user: a model on the endpoint plays the user past the scenario's turns", async () => {
    // The user model's words go to the persona's model as its next user turns.
    server.setScript((request) => {
      const body = request.body as { model: string };
      return body.model === "user-model"
        ? "Et pour un duplicata, comment faire ?"
        : "Nous vous remercions de votre question. Voici la marche à suivre.";
    });
    const out = await psydesign([
      ...onServer(),
      "--model",
      "persona-model",
      "--drift",
      "6",
      "--drift-user",
      "user-model",
      "--reporter",
      "json",
    ]);
    const read = readJsonReport(out.stdout);
    const drift = read.ok ? read.report.run.drift?.[0] : undefined;
    expect(drift?.turns).toHaveLength(6);
    const welcome = read.ok ? read.report.run.cases[0]?.turns : undefined;
    expect(drift?.turns.slice(0, 4).map((t) => t.user)).toEqual(welcome);
    expect(drift?.turns[4]?.user).toBe("Et pour un duplicata, comment faire ?");
    // The same words again would be a loop: the offline follow-up takes that turn instead.
    expect(drift?.turns[5]?.user).not.toBe("Et pour un duplicata, comment faire ?");
    expect(drift?.turns[5]?.user).toMatch(/\?$/);
    const models = server.requests
      .filter((r) => r.path === "/v1/chat/completions")
      .map((r) => (r.body as { model: string }).model);
    expect(models.filter((m) => m === "user-model")).toHaveLength(2);
  });

  test("--drift offline on a persona that holds keeps exit 0 and reports the drift run", async () => {
    const out = await psydesign([
      "test",
      TOWN_HALL,
      "--scenario",
      "welcome-fr",
      "--drift",
      "6",
      "--reporter",
      "junit",
    ]);
    expect(out.code).toBe(0);
    const [suite] = parseJunit(out.stdout).suites;
    expect(suite?.cases.at(-1)).toMatchObject({
      classname: "drift.welcome-fr",
      name: "drift over 6 turns",
    });
    expect(suite?.failures).toBe(0);
  });

  test("Ctrl+C cancels cleanly: exit 130, and the report says what ran and what was cancelled", async () => {
    server.setMode({ kind: "hang" });
    const out = await psydesign(
      [...onServer(), "--model", "gpt-4o-mini", "--target", "offline", "--reporter", "json"],
      {},
      (kill) => {
        const poll = setInterval(() => {
          if (server.requests.length === 0) return;
          clearInterval(poll);
          kill("SIGINT");
        }, 50);
      },
    );
    expect(out.code).toBe(130);
    expect(out.stderr).toContain("interrupted; reporting what ran");
    const read = readJsonReport(out.stdout);
    const results = read.ok ? read.report.run.results : [];
    const byTarget = (kind: string) =>
      results
        .filter((r) => (kind === "offline" ? r.targetId === "offline" : r.targetId !== "offline"))
        .map((r) => r.status);
    expect(byTarget("offline")).toEqual(["passed", "passed", "passed", "passed"]);
    expect(byTarget("endpoint")).toEqual(["cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(await server.requests[0]?.settled).toBe("client-closed");
  });
});
