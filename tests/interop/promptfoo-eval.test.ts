/**
 * `promptfoo eval` (0.121.20, the real one) on the exported configuration of the hostile
 * persona, against the project's test server on 127.0.0.1 (real HTTP, as promptfoo sends it),
 * which records every request. From those requests: the system prompt, the greeting and every
 * turn arrived byte for byte, each later turn after the earlier turns and replies of its
 * scenario; no template ran, no environment value and no file content was sent; and every
 * llm-rubric check was graded by the same endpoint, with nothing sent anywhere else.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compile } from "../../src/core/compiler/compile";
import { CATALOG } from "../../src/core/persona/catalog";
import { personaScenarios, promptfooConfig } from "../../src/core/exports/promptfoo";
import { rubric, RUBRIC_DIMENSIONS } from "../../src/core/exports/promptfoo-asserts";
import type { Persona } from "../../src/core/persona/schema";
import { startLlmServer, type LlmServer, type RecordedRequest } from "../llm-server/server";
import { HOSTILE_TITLE, SECRET_FILE_TEXT, hostilePersona, hostileTexts } from "./hostile-persona";
import {
  CANARIES,
  makeSandbox,
  promptfoo,
  promptfooInstalled,
  refusedConnections,
  type Outcome,
  type Sandbox,
} from "./promptfoo-runner";

interface Message {
  role: string;
  content: string;
}
interface Body {
  model: string;
  messages: Message[];
}

const MODEL = "mock-model";
/** What the test server answers a grading request: promptfoo's grading format, a pass. */
const VERDICT = JSON.stringify({ reason: "Graded by the test server.", pass: true, score: 1 });

let sandbox: Sandbox;
let server: LlmServer;
let persona: Persona;
let systemPrompt: string;
let outcome: Outcome;
let results: { success: boolean; error?: string }[];

const bodyOf = (request: RecordedRequest) => request.body as Body;
const isTarget = (request: RecordedRequest) =>
  bodyOf(request).messages?.[0]?.content === systemPrompt;
const chats = () => server.requests.filter((request) => request.path.endsWith("/chat/completions"));

beforeAll(async () => {
  if (!promptfooInstalled())
    throw new Error("promptfoo is not installed: run these tests with npm run test:interop");
  sandbox = await makeSandbox();
  persona = hostilePersona(await hostileTexts(sandbox), "en");
  systemPrompt = compile(persona).systemPrompt;
  server = await startLlmServer({ models: [MODEL] });
  // A one-sentence reply numbered by its request, so each later turn can be checked for it.
  let replies = 0;
  server.setScript((request) => (isTarget(request) ? `Reply number ${++replies}.` : VERDICT));
  const config = join(sandbox.dir, "hostile.promptfooconfig.yaml");
  await writeFile(config, promptfooConfig(persona, { baseURL: server.url, model: MODEL }));
  const output = join(sandbox.dir, "results.json");
  outcome = await promptfoo(
    [
      "eval",
      "-c",
      config,
      "--filter-pattern",
      `^${HOSTILE_TITLE}`,
      "--no-cache",
      "--no-progress-bar",
      "--no-table",
      "-o",
      output,
    ],
    sandbox,
  );
  results = existsSync(output)
    ? (JSON.parse(await readFile(output, "utf8")) as { results: { results: typeof results } })
        .results.results
    : [];
});
afterAll(async () => {
  await server?.close();
  await sandbox?.remove();
});

const hostileScenarios = () =>
  personaScenarios(persona).filter((scenario) => scenario.title.startsWith(HOSTILE_TITLE));

test("the eval ran every hostile turn and every check passed", () => {
  const turns = hostileScenarios().flatMap((scenario) => scenario.turns);
  expect(turns.length).toBeGreaterThan(30);
  expect(results.map((result) => result.error ?? "passed")).toEqual(turns.map(() => "passed"));
  expect(outcome.code).toBe(0);
});

describe("what the endpoint received", () => {
  test("each turn byte for byte, after its scenario's earlier turns and replies", () => {
    // promptfoo runs a config using _conversation one test at a time, in the file's order, so
    // the n-th request for a reply got "Reply number n." and the turns after it must carry it.
    let replies = 0;
    const expected = hostileScenarios().flatMap((scenario) => {
      const earlier: Message[] = [];
      return scenario.turns.map((turn) => {
        const messages = [
          { role: "system", content: systemPrompt },
          { role: "assistant", content: persona.greeting?.trim() },
          ...earlier,
          { role: "user", content: turn },
        ];
        earlier.push(
          { role: "user", content: turn },
          { role: "assistant", content: `Reply number ${++replies}.` },
        );
        return { model: MODEL, messages };
      });
    });
    const targets = chats()
      .filter(isTarget)
      .map((request) => ({ model: bodyOf(request).model, messages: bodyOf(request).messages }));
    expect(targets).toEqual(expected);
  });

  test("every llm-rubric check graded by the same endpoint and model", () => {
    const graders = chats()
      .filter((request) => !isTarget(request))
      .map((request) => bodyOf(request));
    const rubrics = RUBRIC_DIMENSIONS.map((id) =>
      rubric(CATALOG[id], persona.voice[id], persona.language),
    );
    const turns = hostileScenarios().flatMap((scenario) => scenario.turns);
    expect(graders.length).toBe(turns.length * rubrics.length);
    expect(graders.every((body) => body.model === MODEL)).toBe(true);
    expect(
      graders.every((body) =>
        rubrics.some((text) => JSON.stringify(body).includes(JSON.stringify(text).slice(1, -1))),
      ),
    ).toBe(true);
  });

  test("no template ran, no secret and no file content went out, nothing left 127.0.0.1", async () => {
    const sent = JSON.stringify(chats().map((request) => request.body)) + outcome.stdout;
    for (const secret of [...Object.values(CANARIES), SECRET_FILE_TEXT, "js ran", "py ran"])
      expect(sent).not.toContain(secret);
    expect(existsSync(sandbox.pwnedFile)).toBe(false);
    expect(await refusedConnections(sandbox)).toEqual([]);
  });
});
