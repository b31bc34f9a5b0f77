/**
 * `npm run mock-llm` as a person runs it: a real subprocess (the script through tsx, as npm runs
 * it), judged by its exit code and what it prints, and talked to over HTTP with the studio's own
 * provider (the real `openai` SDK).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { compile } from "../../src/core/compiler/compile";
import { checkReply } from "../../src/core/persona-tests/checks";
import { createOpenAIProvider } from "../../src/providers/openai-provider";
import { ProviderError, type ProviderErrorKind } from "../../src/providers/types";
import { makePersona } from "../helpers/make-persona";
import { PRESETS } from "../helpers/presets";
import { ROOT } from "../helpers/run-cli";

const SCRIPT = ["bin/run-ts.mjs", "scripts/mock-llm.ts"];
const running = new Set<ChildProcess>();

afterAll(() => {
  for (const child of running) child.kill("SIGTERM");
});

interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnMock(args: string[]): ChildProcess & { output(): Exited } {
  const { MOCK_LLM_PORT: _port, PORT: _other, ...env } = process.env;
  const child = spawn(process.execPath, [...SCRIPT, ...args], { cwd: ROOT, env });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  running.add(child);
  child.on("exit", () => running.delete(child));
  return Object.assign(child, { output: () => ({ code: child.exitCode, stdout, stderr }) });
}

/** Runs the script to its end (for the ways it must refuse to start). */
function runToEnd(args: string[]): Promise<Exited> {
  const child = spawnMock(args);
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ ...child.output(), code })),
  );
}

/** Starts the server on a free port and resolves with its base URL once it says it listens. */
async function startMock(
  args: string[],
): Promise<{ url: string; child: ReturnType<typeof spawnMock>; stop(): Promise<Exited> }> {
  const child = spawnMock(["--port", "0", ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    const look = () => {
      const found = /listening at (http:\/\/\S+\/v1)/.exec(child.output().stdout);
      if (found?.[1]) resolve(found[1]);
    };
    child.stdout?.on("data", look);
    child.on("close", () => reject(new Error(`mock-llm exited: ${child.output().stderr}`)));
  });
  const stop = () =>
    new Promise<Exited>((resolve) => {
      child.on("close", (code) => resolve({ ...child.output(), code }));
      child.kill("SIGTERM");
    });
  return { url, child, stop };
}

async function ask(url: string, apiKey = "sk-anything") {
  const provider = createOpenAIProvider({ baseURL: url, apiKey, firstByteTimeoutMs: 1_500 });
  let text = "";
  try {
    for await (const event of provider.stream({
      systemPrompt: "You are a test.",
      persona: makePersona(),
      messages: [{ role: "user", content: "Hello mock" }],
      params: { model: "mock-model", temperature: 0, maxTokens: 64 },
      signal: new AbortController().signal,
    })) {
      if (event.type === "delta") text += event.text;
    }
    return { text, error: undefined };
  } catch (error) {
    return { text, error: error as ProviderError };
  }
}

const oneLine = (text: string) => {
  expect(text.trim().split("\n")).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at /m);
};

describe.concurrent("npm run mock-llm", { timeout: 60_000 }, () => {
  test("with no flag, streams the echo reply", async () => {
    const mock = await startMock([]);
    expect((await ask(mock.url)).text).toBe("Reply to: Hello mock");
    expect((await mock.stop()).stderr).toBe("");
  });

  test.each<[string, ProviderErrorKind, number | undefined, number | undefined]>([
    ["401", "auth", 401, undefined],
    ["404", "not-found", 404, undefined],
    ["429", "rate-limit", 429, 5_000],
    ["500", "server", 500, undefined],
    ["503", "server", 503, undefined],
    ["cut", "interrupted", undefined, undefined],
    ["malformed", "malformed", undefined, undefined],
    ["hang", "timeout", undefined, undefined],
    ["stall", "stalled", undefined, undefined],
  ])(
    "--fault %s makes the studio's provider fail as %s",
    async (fault, kind, status, retryAfterMs) => {
      const mock = await startMock(["--fault", fault]);
      expect(mock.child.output().stdout).toContain(`Fault "${fault}"`);
      const { error } = await ask(mock.url);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error?.kind).toBe(kind);
      expect(error?.status).toBe(status);
      expect(error?.retryAfterMs).toBe(retryAfterMs);
      await mock.stop();
    },
  );

  test("--fault slow answers, but only after 5 s", async () => {
    const mock = await startMock(["--fault=slow"]);
    const started = Date.now();
    const response = await fetch(`${mock.url}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "hi" }] }),
    });
    expect(await response.json()).toMatchObject({
      choices: [{ message: { content: "Reply to: hi" } }],
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_900);
    await mock.stop();
  });

  test("--fault huge is stopped by the studio's cap on a reply", async () => {
    const mock = await startMock(["--fault", "huge"]);
    const { text, error } = await ask(mock.url);
    expect(error?.kind).toBe("too-long");
    expect(text.length).toBe(200_000);
    await mock.stop();
  });

  test("--require-key refuses a missing or wrong key with 401, accepts the right one, and never prints it", async () => {
    const key = "sk-mock-REQUIRED-4242";
    const mock = await startMock(["--require-key", key]);
    expect((await ask(mock.url, "")).error?.kind).toBe("auth");
    expect((await ask(mock.url, "sk-wrong-key-0000")).error?.kind).toBe("auth");
    expect((await ask(mock.url, key)).text).toBe("Reply to: Hello mock");
    const models = await fetch(`${mock.url}/models`);
    expect(models.status).toBe(401);
    const { stdout, stderr } = await mock.stop();
    expect(`${stdout}${stderr}`).not.toContain("REQUIRED");
    expect(stdout).toMatch(/POST \/v1\/chat\/completions 401 .*auth=Bearer \*\*\*/);
    expect(stdout).toMatch(/POST \/v1\/chat\/completions 200 /);
  });

  test("--behaviour runs the simulated model, per model, and says what each model does", async () => {
    const mock = await startMock([
      "--behaviour",
      "faithful",
      "--behaviour=drifting-model=drifts-to-tu:1",
      "--latency",
      "300",
    ]);
    const { stdout } = mock.child.output();
    expect(stdout).toContain("model drifting-model: drifts-to-tu:1");
    expect(stdout).toContain("any other model: faithful");
    expect(stdout).toContain("first chunk after 300 ms");
    const persona = PRESETS.find((each) => each.id === "banque-conseil") ?? makePersona();
    const reply = async (model: string) => {
      const started = Date.now();
      const response = await fetch(`${mock.url}/chat/completions`, {
        method: "POST",
        body: JSON.stringify({
          model,
          messages: [
            { role: "system", content: compile(persona).systemPrompt },
            { role: "user", content: "Bonjour" },
            { role: "assistant", content: "Bonjour, comment puis-je vous aider ?" },
            { role: "user", content: "Je voudrais savoir comment ouvrir un compte." },
          ],
        }),
      });
      const body = (await response.json()) as { choices: { message: { content: string } }[] };
      return { text: body.choices[0]?.message.content ?? "", ms: Date.now() - started };
    };
    const failed = (text: string) =>
      checkReply(persona, text)
        .filter((check) => !check.pass)
        .map((check) => check.id);
    const faithful = await reply("mock-model");
    expect(faithful.ms).toBeGreaterThanOrEqual(290);
    expect(failed(faithful.text)).toEqual([]);
    expect(failed((await reply("drifting-model")).text)).toEqual(["derived:address"]);
    const { stdout: log } = await mock.stop();
    expect(log).toMatch(/POST \/v1\/chat\/completions 200 model=drifting-model messages=4/);
  });

  test("a busy port is one plain line and exit 1", async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, stdout, stderr } = await runToEnd(["--port", String(port)]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      oneLine(stderr);
      expect(stderr).toBe(
        `mock-llm: port ${port} is already in use: stop what runs there, or choose another port with --port N\n`,
      );
    } finally {
      blocker.close();
    }
  });

  test.each([
    [["--bogus"], /^mock-llm: unknown option "--bogus"; usage: npm run mock-llm -- \[--port N\]/],
    [
      ["--fault", "teapot"],
      /^mock-llm: --fault must be one of 401, 404, 429, 500, 503, cut, malformed, slow, hang, stall, huge; "teapot" is not$/,
    ],
    [["--port", "eighty"], /^mock-llm: --port: "eighty" is not a port number \(0 to 65535\)$/],
    [["--port", "70000"], /^mock-llm: --port: "70000" is not a port number/],
    [["--port"], /^mock-llm: --port needs a value$/],
    [["--require-key", "--port", "1"], /^mock-llm: --require-key needs a value$/],
    [["--require-key="], /^mock-llm: --require-key needs a non-empty key$/],
    [["extra"], /^mock-llm: unknown option "extra"/],
    [
      ["--behaviour", "drifts-to-xx:3"],
      /^mock-llm: --behaviour: unknown behaviour "drifts-to-xx"; one of faithful, drifts-to-tu:N/,
    ],
    [
      ["--behaviour", "m=uses-avoided:2"],
      /^mock-llm: --behaviour: "uses-avoided:2": the probability must be a number from 0 to 1/,
    ],
    [["--behaviour"], /^mock-llm: --behaviour needs a value$/],
    [["--latency", "40"], /^mock-llm: --latency needs --behaviour/],
    [["--behaviour", "long", "--latency", "soon"], /^mock-llm: --latency: "soon" is not a number/],
    [
      ["--behaviour", "long", "--fault", "429"],
      /^mock-llm: --behaviour and --fault do not go together/,
    ],
  ])("%j is one plain line and exit 2", async (args, message) => {
    const { code, stdout, stderr } = await runToEnd(args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    oneLine(stderr);
    expect(stderr.trim()).toMatch(message);
  });

  test("--help lists every flag, fault and behaviour, and exits 0", async () => {
    const { code, stdout } = await runToEnd(["--help"]);
    expect(code).toBe(0);
    for (const word of [
      "--port",
      "--require-key",
      "--fault 429",
      "--fault hang",
      "--fault stall",
      "--fault huge",
      "--behaviour MODEL=BEHAVIOUR",
      "--latency MS",
      "faithful",
      "drifts-to-tu:N",
      "drifts-to-vous:N",
      "uses-avoided:P[:SEED]",
      "ignores-handover",
      "long",
    ])
      expect(stdout).toContain(word);
  });
});

test("spawns what `npm run mock-llm` runs", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  expect(pkg.scripts["mock-llm"]).toBe(`node ${SCRIPT.join(" ")}`);
});
