/**
 * The command ships built (issue 20): `npm run build` writes dist/cli.mjs with vite.cli.config.ts.
 * Built here into a scratch folder outside the repository, so that no node_modules and no
 * TypeScript loader can be found from it, and run as a plain Node process: each command gives
 * what the same command gives from the sources, through run().
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { build } from "vite";
import { run } from "../../src/cli/main";
import { startLlmServer } from "../llm-server/server";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "psydesign-cli-"));
const out = join(scratch, "dist");
const preset = join(scratch, "service-public.json");

function built(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [join(out, "cli.mjs"), ...args], {
    cwd: scratch,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function fromSources(args: string[], input = "") {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdin: (async function* () {
      if (input !== "") yield input;
    })(),
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    cwd: scratch,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await build({
    configFile: join(ROOT, "vite.cli.config.ts"),
    root: ROOT,
    logLevel: "silent",
    build: { outDir: out, emptyOutDir: true },
  });
  cpSync(join(ROOT, "personas/service-public.json"), preset);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the built psydesign command", () => {
  test("starts with a Node shebang and says the package's version", () => {
    expect(readFileSync(join(out, "cli.mjs"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(built(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("ships the licences of the packages bundled into it", () => {
    const notices = readFileSync(join(out, "cli/THIRD-PARTY-NOTICES.txt"), "utf8");
    const bundled = readdirSync(join(out, "cli"))
      .filter((name) => name.endsWith(".mjs"))
      .map((name) => readFileSync(join(out, "cli", name), "utf8"))
      .join("\n");
    // zod validates every persona file; fast-png writes card PNGs.
    for (const name of ["zod", "fast-png"]) expect(notices).toContain(name);
    expect(bundled).toMatch(/ZodError|\$ZodType/);
    expect(notices).toMatch(/MIT/);
  });

  test.each([
    [["validate", "service-public.json"]],
    [["validate", "missing.json"]],
    [["compile", "service-public.json"]],
    [["rehearse", "service-public.json", "--jsonl"]],
    [["convert", "service-public.json", "--to", "ccv2"]],
    [["help", "rehearse"]],
    [["test", "service-public.json", "--scenario", "welcome-fr"]],
    [["test", "service-public.json", "--scenario", "nope"]],
    [["test", "service-public.json", "--api-key", "sk-not-a-real-key-123"]],
    [["help", "test"]],
    [["frobnicate"]],
  ])("%j gives what the sources give", async (args) => {
    const expected = await fromSources(args);
    expect(expected.stdout + expected.stderr).not.toBe("");
    expect(built(args)).toEqual(expected);
  });

  test("the meter's chunk loads when a text is measured", async () => {
    const args = ["analyze", "--lang", "fr"];
    const input = "Salut ! Tu peux me donner ton numéro ?";
    const expected = await fromSources(args, input);
    expect(expected.code).toBe(0);
    expect(built(args, input)).toEqual(expected);
  });

  test("psydesign test loads the OpenAI SDK's chunk and asks the endpoint (the test server)", async () => {
    const server = await startLlmServer();
    try {
      // Not spawnSync: the test server answers from this process's event loop.
      const child = spawn(
        process.execPath,
        [join(out, "cli.mjs"), "test", "service-public.json", "--scenario", "welcome-fr"].concat([
          "--base-url",
          server.url,
          "--model",
          "mock-model",
          "--reporter",
          "json",
        ]),
        { cwd: scratch, env: { PATH: process.env.PATH } },
      );
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect(code).toBe(1); // echo replies break the town hall's derived checks
      const report = JSON.parse(stdout) as { run: { results: { reply: string }[] } };
      expect(report.run.results[0]?.reply).toBe("Reply to: Bonjour");
      expect(server.requests.filter((r) => r.path === "/v1/chat/completions")).toHaveLength(4);
    } finally {
      await server.close();
    }
  });
});
