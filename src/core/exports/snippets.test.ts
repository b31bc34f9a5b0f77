/**
 * The snippets as a developer runs them: the curl command through bash, the JavaScript with
 * node and the real openai package, each against the project's test server on 127.0.0.1,
 * which records the request they sent. Python cannot run without its openai package, so its
 * embedded body is read back by Python's own parser instead.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { startLlmServer, type LlmServer } from "../../../tests/llm-server/server";
import { chatCompletionsBody } from "./chat-body";
import { shellQuote, snippets } from "./snippets";
import { API_KEY_ENV, DEFAULT_TARGET, type EndpointTarget } from "./target";
import { awkwardPersona } from "./test-personas";

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** A key that only the environment carries: finding it in a snippet would be a leak. */
const KEY = "sk-test-from-the-environment";
const env = { ...process.env, [API_KEY_ENV]: KEY };
const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

let server: LlmServer;
let target: EndpointTarget;
let scratch: string;
beforeAll(async () => {
  server = await startLlmServer();
  target = { baseURL: `${server.url}/`, model: "mock-model" };
  // Inside the repository, so `import "openai"` resolves from its node_modules.
  await mkdir(join(ROOT, "node_modules/.cache"), { recursive: true });
  scratch = await mkdtemp(join(ROOT, "node_modules/.cache/psydesign-snippets-"));
});
afterAll(async () => {
  await server.close();
  await rm(scratch, { recursive: true, force: true });
});
beforeEach(() => server.reset());

describe.each([
  ["en", "formal"],
  ["fr", "informal"],
] as const)("snippets for an awkward %s persona", (language, address) => {
  const persona = awkwardPersona(language, address);

  test("no snippet holds a key; each reads it from the environment", () => {
    const code = snippets(persona, DEFAULT_TARGET);
    for (const text of Object.values(code)) expect(text).not.toMatch(/sk-[A-Za-z0-9]/);
    expect(code.curl).toContain(`-H "Authorization: Bearer $${API_KEY_ENV}"`);
    expect(code.javascript).toContain(`apiKey: process.env.${API_KEY_ENV},`);
    expect(code.python).toContain(`api_key=os.environ["${API_KEY_ENV}"],`);
  });

  test("curl, run by bash, sends the body to the target with the key from the environment", async () => {
    const curl = snippets(persona, target).curl;
    const expected = chatCompletionsBody(persona, target);
    // First the quoting alone: a shell function stands in for curl and prints, one per NUL,
    // the arguments bash gives it. This needs bash only.
    const shim = await run("bash", ["-c", `curl() { printf '%s\\0' "$@"; }\n${curl}`], {
      env,
      timeout: 20_000,
    });
    expect(shim.stdout.split("\0").slice(0, -1)).toEqual([
      `${server.url}/chat/completions`,
      "-H",
      "Content-Type: application/json",
      "-H",
      `Authorization: Bearer ${KEY}`,
      "-d",
      JSON.stringify(expected, null, 2),
    ]);
    if (!has("curl")) return;
    // Then the real curl, against the test server.
    const { stdout } = await run("bash", ["-c", curl], { env, timeout: 20_000 });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.body).toEqual(expected);
    expect(JSON.parse(stdout).choices[0].message.content).toBe(
      `Reply to: ${expected.messages.at(-1)?.content}`,
    );
  });

  test("JavaScript, run by node with the openai package, sends the same body", async () => {
    const file = join(scratch, `request-${language}.mjs`);
    await writeFile(file, snippets(persona, target).javascript);
    const { stdout } = await run(process.execPath, [file], { env, timeout: 20_000 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]?.body).toEqual(chatCompletionsBody(persona, target));
    expect(stdout.trim()).toBe(
      `Reply to: ${chatCompletionsBody(persona, target).messages.at(-1)?.content}`,
    );
  });

  test("Python: the embedded body is the request body, as Python itself reads it", async () => {
    const code = snippets(persona, target).python;
    const literal = /^body = (\{[\s\S]*?\n\})$/m.exec(code)?.[1];
    expect(literal).toBeDefined();
    const expected = chatCompletionsBody(persona, target);
    // The JSON text is what Python reads as the dict; JSON.parse is the check Node can do alone.
    expect(JSON.parse(literal as string)).toEqual(expected);
    expect(code).toContain(`base_url=${JSON.stringify(server.url)},`);
    expect(code).toContain("completion = client.chat.completions.create(**body)");
    if (!has("python3")) return;
    const file = join(scratch, `request-${language}.py`);
    await writeFile(file, code);
    await run("python3", ["-m", "py_compile", file], { timeout: 20_000 });
    // Python's parser evaluates the dict literal without running the file (no openai needed).
    const read = [
      "import ast, json, sys",
      "tree = ast.parse(open(sys.argv[1], encoding='utf-8').read())",
      "body = next(n.value for n in tree.body if isinstance(n, ast.Assign) and n.targets[0].id == 'body')",
      "print(json.dumps(ast.literal_eval(body)))",
    ].join("\n");
    const { stdout } = await run("python3", ["-c", read, file], { timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual(expected);
  });
});

describe("curl quoting", () => {
  test.each([["plain"], ["it's"], ["'"], ["''"], ["a'b\"c$d`e\\f\ng"], ["\u2028"]])(
    "shellQuote(%j) reads back unchanged",
    async (text) => {
      const { stdout } = await run("bash", ["-c", `printf '%s' ${shellQuote(text)}`], {
        timeout: 10_000,
      });
      expect(stdout).toBe(text);
    },
  );

  test("a bash syntax check passes for every language and address", async () => {
    for (const [language, address] of [
      ["fr", "formal"],
      ["fr", "informal"],
      ["en", "formal"],
      ["en", "informal"],
    ] as const) {
      await expect(
        run("bash", ["-n", "-c", snippets(awkwardPersona(language, address), DEFAULT_TARGET).curl]),
      ).resolves.toBeDefined();
    }
  });
});

describe("the target", () => {
  test("OpenAI by default; another base URL is used as given, trailing slash dropped, still with the env key", () => {
    const openai = snippets(awkwardPersona(), DEFAULT_TARGET);
    expect(openai.curl).toContain("curl 'https://api.openai.com/v1/chat/completions'");
    expect(openai.javascript).toContain('baseURL: "https://api.openai.com/v1",');
    const local = snippets(awkwardPersona(), {
      baseURL: "http://localhost:11434/v1/",
      model: "llama3.2",
    });
    expect(local.curl).toContain("curl 'http://localhost:11434/v1/chat/completions'");
    expect(local.javascript).toContain('baseURL: "http://localhost:11434/v1",');
    expect(local.python).toContain('base_url="http://localhost:11434/v1",');
    for (const text of Object.values(local)) expect(text).toContain('"model": "llama3.2"');
    expect(local.curl).toContain(`$${API_KEY_ENV}`);
  });
});
