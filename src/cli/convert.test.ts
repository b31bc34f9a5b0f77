/**
 * `psydesign convert` as a user runs it: real subprocesses on the persona fixtures and on
 * real character cards (tests/fixtures/character-cards), judged by exit code, stdout, stderr
 * and the files written. A few cases run in-process through run(), for what a subprocess
 * cannot show cheaply (an unreadable file as root, a PNG on standard input).
 */
import { psydesign, ROOT, type Outcome } from "../../tests/helpers/run-cli";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { cardV2, cardV3, readCardBytes } from "../core/cards";
import {
  chatCompletionsBody,
  promptfooConfig,
  promptMarkdown,
  promptPlainText,
} from "../core/exports";
import { restorePersonaText } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";
import { serializePersona } from "../core/persona/serialize";
import { nodeFiles, type CliIo } from "./io";
import { run } from "./main";

const PERSONA = "tests/fixtures/cli/valid.json"; // relative to ROOT, as a user would type it
const CARDS = "tests/fixtures/character-cards";
const SERAPHINA_PNG = `${CARDS}/v2/default_Seraphina.png`;
const V3_MIN = `${CARDS}/v3/tavern_kit__docs_fixtures_ccv3_min.json`;

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

function expectNoStackTrace(outcome: Outcome) {
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toContain("internal error");
}

async function personaFile(path: string): Promise<Persona> {
  const restored = restorePersonaText(await readFile(join(ROOT, path), "utf8"));
  if (!restored.ok) throw new Error(`${path} should be a valid persona`);
  return restored.persona;
}

async function cardFile(path: string) {
  const outcome = readCardBytes(await readFile(join(ROOT, path)));
  if (!outcome.ok) throw new Error(`${path} should be a readable card`);
  return outcome.card;
}

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-convert-"));
  await mkdir(join(scratch, "folder.json"));
  await writeFile(join(scratch, "binary.dat"), Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x81]));
  await writeFile(join(scratch, "empty.json"), "");
  await writeFile(join(scratch, "huge.json"), Buffer.alloc(17 * 1024 * 1024, 0x20));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.concurrent("psydesign convert: a persona file to each format", { timeout: 90_000 }, () => {
  test.each([
    ["persona", [], (p: Persona) => serializePersona(p)],
    ["ccv2", [], (p: Persona) => `${JSON.stringify(cardV2(p), null, 2)}\n`],
    ["ccv3", [], (p: Persona) => `${JSON.stringify(cardV3(p), null, 2)}\n`],
    ["prompt", [], (p: Persona) => promptMarkdown(p)],
    ["prompt", ["--format", "txt"], (p: Persona) => promptPlainText(p)],
    [
      "openai",
      [],
      (p: Persona) =>
        `${JSON.stringify(chatCompletionsBody(p, { baseURL: "https://api.openai.com/v1", model: "gpt-4o-mini" }), null, 2)}\n`,
    ],
    [
      "openai",
      ["--model", "llama3.2", "--base-url", "http://localhost:11434/v1"],
      (p: Persona) =>
        `${JSON.stringify(chatCompletionsBody(p, { baseURL: "http://localhost:11434/v1", model: "llama3.2" }), null, 2)}\n`,
    ],
    [
      "promptfoo",
      ["--model", "mistral-small-latest", "--base-url", "https://api.mistral.ai/v1"],
      (p: Persona) =>
        promptfooConfig(p, { baseURL: "https://api.mistral.ai/v1", model: "mistral-small-latest" }),
    ],
    [
      "promptfoo",
      [
        "--base-url",
        "http://localhost:11434/v1",
        "--model",
        "llama3.2",
        "--grader-base-url",
        "https://api.openai.com/v1",
        "--grader-model",
        "gpt-4o",
      ],
      (p: Persona) =>
        promptfooConfig(
          p,
          { baseURL: "http://localhost:11434/v1", model: "llama3.2" },
          { grader: { baseURL: "https://api.openai.com/v1", model: "gpt-4o" } },
        ),
    ],
  ] as const)(
    "--to %s %j: exactly what the studio exports, on stdout",
    async (to, extra, expected) => {
      const outcome = await psydesign(["convert", PERSONA, "--to", to, ...extra]);
      expect(outcome).toEqual({
        code: 0,
        stdout: expected(await personaFile(PERSONA)),
        stderr: "",
      });
    },
  );

  test("the promptfoo file names the endpoint, grades through it, and never holds a key", async () => {
    const outcome = await psydesign([
      "convert",
      PERSONA,
      "--to",
      "promptfoo",
      "--base-url",
      "http://127.0.0.1:11434/v1",
      "--model",
      "llama3.2",
    ]);
    type Provider = { id: string; config: Record<string, unknown> };
    const config = parse(outcome.stdout) as {
      providers: Provider[];
      defaultTest: { options: { provider: Provider } };
    };
    const local = {
      id: "openai:chat:llama3.2",
      config: { apiBaseUrl: "http://127.0.0.1:11434/v1", apiKeyEnvar: "OPENAI_API_KEY" },
    };
    expect(config.providers[0]).toMatchObject(local);
    expect(config.defaultTest.options.provider).toMatchObject(local);
    // Only the grader's model given: it runs on the same server.
    const bigger = await psydesign([
      "convert",
      PERSONA,
      "--to",
      "promptfoo",
      "--base-url",
      "http://127.0.0.1:11434/v1",
      "--model",
      "llama3.2",
      "--grader-model",
      "qwen2.5:32b",
    ]);
    expect((parse(bigger.stdout) as typeof config).defaultTest.options.provider).toMatchObject({
      ...local,
      id: "openai:chat:qwen2.5:32b",
    });
    expect(outcome.stdout + bigger.stdout).not.toMatch(/sk-|apiKey:/);
  });

  test("reads standard input with -", async () => {
    const input = await readFile(join(ROOT, PERSONA), "utf8");
    const outcome = await psydesign(["convert", "-", "--to", "prompt"], { input });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(promptMarkdown(await personaFile(PERSONA)));
  });

  test("-o writes the file and prints nothing", async () => {
    const out = join(scratch, "card.v2.json");
    const outcome = await psydesign(["convert", PERSONA, "--to", "ccv2", "-o", out]);
    expect(outcome).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse(await readFile(out, "utf8"))).toEqual(cardV2(await personaFile(PERSONA)));
  });

  test("--to ccv3 -o <name>.png writes a PNG card that reads back as the same persona, exactly", async () => {
    const out = join(scratch, "robin.PNG");
    const outcome = await psydesign(["convert", PERSONA, "--to", "ccv3", "-o", out]);
    expect(outcome).toEqual({ code: 0, stdout: "", stderr: "" });
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const back = readCardBytes(bytes);
    expect(back.ok && back.card).toMatchObject({
      version: "v3",
      container: "png",
      exact: true,
      persona: await personaFile(PERSONA),
    });
    // And the CLI reads its own PNG back into the persona file it came from.
    const again = await psydesign(["convert", out, "--to", "persona"]);
    expect(again).toEqual({
      code: 0,
      stdout: serializePersona(await personaFile(PERSONA)),
      stderr: "",
    });
  });
});

describe.concurrent("psydesign convert: character cards in", { timeout: 90_000 }, () => {
  test("a real V2 PNG card: the persona on stdout, the estimate said on stderr", async () => {
    const card = await cardFile(SERAPHINA_PNG);
    expect(card.estimated.settings).toContain("voice.warmth");
    const outcome = await psydesign(["convert", SERAPHINA_PNG, "--to", "persona"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(serializePersona(card.persona));
    expect(restorePersonaText(outcome.stdout).ok).toBe(true);
    expect(lines(outcome.stderr)).toEqual([
      `${SERAPHINA_PNG}: voice settings estimated from ${card.estimated.words} words of the card's dialogue; also estimated: language`,
    ]);
  });

  test("a V3 JSON card with too little dialogue: said too, and the prompt still comes out", async () => {
    const card = await cardFile(V3_MIN);
    const outcome = await psydesign(["convert", V3_MIN, "--to", "prompt", "--format", "txt"]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(promptPlainText(card.persona));
    expect(lines(outcome.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${V3_MIN}: too little dialogue in the card \\(${card.estimated.words} words\\) to estimate its voice`,
        ),
      ),
    ]);
  });

  test("a card with both chunks to a V2 card: the V3 chunk is the one read", async () => {
    const path = `${CARDS}/v3/tavern_kit__test_character_chara_and_ccv3_chunks.png`;
    const card = await cardFile(path);
    expect(card.version).toBe("v3");
    const outcome = await psydesign(["convert", path, "--to", "ccv2"]);
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual(cardV2(card.persona));
  });
});

describe.concurrent(
  "psydesign convert: bad input exits 1 with one plain line",
  { timeout: 90_000 },
  () => {
    const cases: [string, () => string, RegExp][] = [
      [
        "an invalid persona",
        () => "tests/fixtures/cli/bad-register.json",
        /^F: voice\.register: expected an integer from 0 to 100, got "high"$/,
      ],
      [
        "a persona that is not JSON",
        () => "tests/fixtures/cli/not-json.json",
        /^F: not valid JSON \(.+\)$/,
      ],
      ["an empty file", () => join(scratch, "empty.json"), /^F: the file is empty$/],
      [
        "a lorebook",
        () => `${CARDS}/v2/Eldoria_sillytavern_worldinfo.json`,
        /^F: This is a SillyTavern World Info \(lorebook\) file, not a character card$/,
      ],
      [
        "a card without a name",
        () =>
          `${CARDS}/invalid/tavern_kit__playground_test_fixtures_files_characters_invalid_missing_name.json`,
        /^F: This character card has no name$/,
      ],
      [
        "a card without a spec",
        () =>
          `${CARDS}/invalid/tavern_kit__playground_test_fixtures_files_characters_invalid_missing_spec.json`,
        /^F: This character card uses a spec this studio does not know/,
      ],
      [
        "binary that is not a PNG",
        () => join(scratch, "binary.dat"),
        /^F: neither a PNG card nor UTF-8 JSON$/,
      ],
      [
        "a file over 16 MiB",
        () => join(scratch, "huge.json"),
        /^F: the file is larger than 16 MiB/,
      ],
      [
        "a directory",
        () => join(scratch, "folder.json"),
        /^F: is a directory, not a persona file or a card$/,
      ],
      ["a missing file", () => join(scratch, "nowhere.json"), /^F: no such file$/],
    ];

    test.each(cases)("%s", async (_, file, pattern) => {
      const outcome = await psydesign(["convert", file(), "--to", "prompt"]);
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe("");
      expectNoStackTrace(outcome);
      expect(lines(outcome.stderr)).toEqual([
        expect.stringMatching(new RegExp(pattern.source.replace("^F: ", `^${escape(file())}: `))),
      ]);
    });

    test("JSON that is neither a persona nor a card says both", async () => {
      const outcome = await psydesign(["convert", "-", "--to", "persona"], {
        input: '{"hello": "world"}',
      });
      expect(outcome).toEqual({
        code: 1,
        stdout: "",
        stderr:
          '<stdin>: neither a persona file (no "format": "psydesign.persona") nor a character card: none of the character card fields (name, description, first_mes…) is there\n',
      });
    });

    test("-o into a folder that does not exist", async () => {
      const out = join(scratch, "no-such-folder", "x.json");
      const outcome = await psydesign(["convert", PERSONA, "--to", "persona", "-o", out]);
      expect(outcome).toEqual({
        code: 1,
        stdout: "",
        stderr: `${out}: cannot write the file: no such folder\n`,
      });
    });
  },
);

describe.concurrent("psydesign convert: usage errors exit 2", { timeout: 90_000 }, () => {
  test.each([
    [
      ["convert", PERSONA],
      /convert needs --to \(persona or ccv2 or ccv3 or prompt or openai or promptfoo\)/,
    ],
    [
      ["convert", PERSONA, "--to", "pdf"],
      /--to must be persona or ccv2 or ccv3 or prompt or openai or promptfoo, got "pdf"/,
    ],
    [["convert", "--to", "prompt"], /convert needs a file/],
    [["convert", PERSONA, PERSONA, "--to", "prompt"], /convert takes one file, got 2/],
    [
      ["convert", PERSONA, "--to", "ccv2", "--model", "gpt-4o"],
      /--model applies to --to openai and --to promptfoo only/,
    ],
    [
      ["convert", PERSONA, "--to", "openai", "--format", "txt"],
      /--format applies to --to prompt only/,
    ],
    [
      ["convert", PERSONA, "--to", "prompt", "-o", "prompt.png"],
      /only --to ccv3 writes a PNG card/,
    ],
    [
      ["convert", PERSONA, "--to", "openai", "--base-url", "localhost:11434"],
      /--base-url must be an http\(s\) URL, got "localhost:11434"/,
    ],
    [
      ["convert", PERSONA, "--to", "openai", "--grader-model", "gpt-4o"],
      /--grader-model applies to --to promptfoo only/,
    ],
    [
      ["convert", PERSONA, "--to", "prompt", "--grader-base-url", "http://127.0.0.1:1/v1"],
      /--grader-base-url applies to --to promptfoo only/,
    ],
    [
      ["convert", PERSONA, "--to", "promptfoo", "--grader-base-url", "file:///etc"],
      /--grader-base-url must be an http\(s\) URL, got "file:\/\/\/etc"/,
    ],
  ])("%j", async (args, pattern) => {
    const outcome = await psydesign(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(lines(outcome.stderr)).toEqual([expect.stringMatching(pattern)]);
    expect(outcome.stderr).toContain('see "psydesign help convert"');
  });

  test("the general help lists convert", async () => {
    const outcome = await psydesign(["help"]);
    expect(outcome.stdout).toMatch(
      /^ {2}convert <file> --to <format> \[-o <file>\] \[options\]\n {6}turn a persona file or a character card into another format$/m,
    );
  });
});

/** RegExp.escape arrives with Node 24; this project runs on 20. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function fakeIo(stdin: Buffer | string, files: Partial<CliIo["files"]> = {}) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    cwd: ROOT,
    env: {},
    files: { ...nodeFiles, ...files },
  };
  return { io, out };
}

describe("run() in-process", () => {
  test("a PNG card on standard input", async () => {
    const bytes = await readFile(join(ROOT, SERAPHINA_PNG));
    const { io, out } = fakeIo(bytes);
    expect(await run(["convert", "-", "--to", "ccv3"], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(cardV3((await cardFile(SERAPHINA_PNG)).persona));
    expect(out.stderr).toMatch(
      /^<stdin>: voice settings estimated from \d+ words of the card's dialogue/,
    );
  });

  test("an unreadable file: one line, exit 1", async () => {
    const denied = Object.assign(new Error("EACCES: simulated"), { code: "EACCES" });
    const { io, out } = fakeIo("", {
      stat: () => Promise.resolve({ isFile: () => true, isDirectory: () => false, size: 10 }),
      readFile: () => Promise.reject(denied),
    });
    expect(await run(["convert", "secret.png", "--to", "persona"], io)).toBe(1);
    expect(out).toEqual({
      stdout: "",
      stderr: "secret.png: permission denied: cannot read the file\n",
    });
  });
});
