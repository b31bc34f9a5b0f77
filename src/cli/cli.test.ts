/**
 * The psydesign command as a user runs it: a real `node bin/psydesign.mjs` subprocess,
 * judged by exit code, stdout and stderr. Each spawn costs node + tsx start-up (~0.4 s),
 * so cases share spawns where they can and the file runs its tests concurrently.
 */
import { psydesign, ROOT, type Outcome } from "../../tests/helpers/run-cli";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { cardPng } from "../core/cards";
import { compile } from "../core/compiler/compile";
import { mergeWarnings } from "../core/compiler/example-warnings";
import { lintExamples } from "../core/compiler/lint-examples";
import { restorePersonaText } from "../core/persona/restore";
import { createFeedback, serializeFeedback } from "../core/review/feedback";

const FIXTURES = "tests/fixtures/cli"; // relative to ROOT, as a user would type it
const fixture = (name: string) => `${FIXTURES}/${name}`;

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

/**
 * Persona files are read and compiled here too, so expectations follow the real compiler
 * (and the style meter's warnings on example replies, which compile also prints).
 */
async function compiled(file: string) {
  const restored = restorePersonaText(
    await readFile(isAbsolute(file) ? file : join(ROOT, file), "utf8"),
  );
  if (!restored.ok) throw new Error(`${file} should be a valid persona`);
  const result = compile(restored.persona);
  return {
    ...result,
    warnings: [...mergeWarnings(result.warnings, lintExamples(restored.persona))],
  };
}

function expectNoStackTrace(outcome: Outcome) {
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toContain("internal error");
}

/** A card PNG over the persona file's 1 MB, as one with a large portrait is: a private chunk pads it. */
function largeCardPng(): Buffer {
  const png = Buffer.from(cardPng(makePersona({ id: "large-card", name: "Large card" })));
  const type = Buffer.from("prVt");
  const data = Buffer.alloc(1_200_000, 7);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), length, type, data, crc, png.subarray(iend)]);
}

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-cli-"));
  // Just over the limit, and otherwise a plausible persona: only the size is wrong.
  await writeFile(
    join(scratch, "huge.json"),
    JSON.stringify({ description: "x".repeat(4_000_000) }),
  );
  await mkdir(join(scratch, "folder.json"));
  await writeFile(join(scratch, "large-card.png"), largeCardPng());
  const feedback = createFeedback({
    persona: makePersona(),
    runsOn: { kind: "rehearsal" },
    ratings: [],
    createdAt: "2025-03-01T10:00:00Z",
  });
  await writeFile(join(scratch, "review.feedback.json"), serializeFeedback(feedback));
  // A formal persona whose example reply speaks to the user by first name, with an emoji:
  // the style meter reads both, lint()'s word checks only the emoji.
  const valid = JSON.parse(await readFile(join(ROOT, fixture("valid.json")), "utf8")) as Record<
    string,
    unknown
  >;
  await writeFile(
    join(scratch, "example-drift.json"),
    JSON.stringify({
      ...valid,
      address: "formal",
      examples: [
        {
          user: "Can I renew a book online?",
          assistant: "Hey Sam, sure thing! Open My Loans and hit Renew 🎉",
        },
      ],
    }),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.concurrent("psydesign validate", { timeout: 90_000 }, () => {
  test("a valid file exits 0 with one ✓ line naming it", async () => {
    const outcome = await psydesign(["validate", fixture("valid.json")]);
    expect(outcome).toEqual({ code: 0, stdout: `✓ ${fixture("valid.json")}\n`, stderr: "" });
  });

  test("several files with one bad: exit 1, the valid ones ✓, only the bad one's problems", async () => {
    const bad = `./${fixture("bad-register.json")}`; // shown exactly as typed
    const outcome = await psydesign([
      "validate",
      fixture("valid.json"),
      bad,
      fixture("valid-minimal.json"),
    ]);
    expect(outcome.code).toBe(1);
    expect(lines(outcome.stdout)).toEqual([
      `✓ ${fixture("valid.json")}`,
      `✓ ${fixture("valid-minimal.json")}`,
    ]);
    expect(lines(outcome.stderr)).toEqual([
      `${bad}: voice.register: expected an integer from 0 to 100, got "high"`,
    ]);
  });

  test("a persona indented past 1 MB is valid: the limit counts its content, not its spaces", async () => {
    // 40,000 numbers under extensions: about 230 KB compact, over 1 MB once each sits on a
    // line indented by the list's depth, as a hand-edited or re-indented file may be.
    const persona = makePersona({
      extensions: { weights: Array.from({ length: 40_000 }, (_, i) => i) },
    });
    const file = join(scratch, "indented.json");
    await writeFile(file, JSON.stringify(persona, null, 10));
    expect((await readFile(file)).byteLength).toBeGreaterThan(1_000_000);
    const outcome = await psydesign(["validate", file]);
    expect({ code: outcome.code, stderr: outcome.stderr }).toEqual({ code: 0, stderr: "" });
  });

  // Each row: a file argument and one pattern per stderr line (in any order, none extra).
  const badInputs: [string, () => string, RegExp[]][] = [
    ["not JSON", () => fixture("not-json.json"), [/^F: not valid JSON \(.+\)$/]],
    ["an empty file", () => fixture("empty.json"), [/^F: the file is empty$/]],
    [
      "a file over 4 MB",
      () => join(scratch, "huge.json"),
      [/^F: the file is larger than 4 MB \(4000018 bytes\)/],
    ],
    [
      "wrong types",
      () => fixture("wrong-types.json"),
      [
        /^F: name: expected text, got 42$/,
        /^F: guardrails\.discloseAI: expected true or false, got "yes"$/,
        /^F: examples: expected a list of examples, got "none"$/,
      ],
    ],
    [
      "missing required fields",
      () => fixture("missing-fields.json"),
      [/^F: identity\.role: is required but missing$/, /^F: voice: is required but missing$/],
    ],
    [
      "unknown keys",
      () => fixture("unknown-keys.json"),
      [/^F: mood: unknown key "mood"/, /^F: voice\.sarcasm: unknown key "sarcasm"/],
    ],
    [
      "__proto__ and constructor keys",
      () => fixture("proto-keys.json"),
      [
        /^F: __proto__: the key "__proto__" is not allowed$/,
        /^F: identity\.constructor: the key "constructor" is not allowed$/,
      ],
    ],
    [
      "a newer schemaVersion",
      () => fixture("newer-version.json"),
      [/^F: schemaVersion: .*newer version.*\(schemaVersion 3\)/],
    ],
    [
      "a directory",
      () => join(scratch, "folder.json"),
      [/^F: is a directory, not a persona file$/],
    ],
    [
      "a V2 card PNG",
      () => "tests/fixtures/character-cards/v2/default_Seraphina.png",
      [
        /^F: this is a character card \(V2, PNG\), not a persona file; to make one from it, run: psydesign convert F --to persona -o seraphina\.persona\.json$/,
      ],
    ],
    [
      "a card PNG over 1 MB",
      () => join(scratch, "large-card.png"),
      [
        /^F: this is a character card \(V3, PNG\), not a persona file; to make one from it, run: psydesign convert F --to persona -o large-card\.persona\.json$/,
      ],
    ],
    [
      "a V3 card JSON",
      () => "tests/fixtures/character-cards/v3/tavern_kit__docs_fixtures_ccv3_min.json",
      [
        /^F: this is a character card \(V3, JSON\), not a persona file; to make one from it, run: psydesign convert F --to persona -o charlie\.persona\.json$/,
      ],
    ],
    [
      "a lorebook",
      () => "tests/fixtures/character-cards/v2/Eldoria_sillytavern_worldinfo.json",
      [
        /^F: This is a SillyTavern World Info \(lorebook\) file, not a character card, nor a persona file$/,
      ],
    ],
    [
      "a review feedback file",
      () => join(scratch, "review.feedback.json"),
      [
        /^F: this is a client's review feedback file, not a persona file: import it in the studio to see the ratings beside the persona$/,
      ],
    ],
    ["a missing file", () => join(scratch, "nowhere.json"), [/^F: no such file$/]],
  ];

  test.each(badInputs)(
    "%s: exit 1, one plain line per problem naming file and path",
    async (_, file, patterns) => {
      const outcome = await psydesign(["validate", file()]);
      expect(outcome.code).toBe(1);
      expect(outcome.stdout).toBe("");
      expectNoStackTrace(outcome);
      const got = lines(outcome.stderr);
      expect(got).toHaveLength(patterns.length);
      for (const pattern of patterns) {
        const named = new RegExp(
          pattern.source
            .replace("^F: ", `^${escape(file())}: `)
            .replace(" convert F ", ` convert ${escape(file())} `),
        );
        expect(
          got.some((line) => named.test(line)),
          `${named} in\n${outcome.stderr}`,
        ).toBe(true);
      }
    },
  );
});

/** RegExp.escape arrives with Node 24; this project runs on 20. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

describe.concurrent("psydesign compile", { timeout: 90_000 }, () => {
  test("prints the compiled system prompt on stdout and exits 0", async () => {
    const { systemPrompt, warnings } = await compiled(fixture("valid.json"));
    const outcome = await psydesign(["compile", fixture("valid.json")]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe(systemPrompt.endsWith("\n") ? systemPrompt : `${systemPrompt}\n`);
    expect(lines(outcome.stderr)).toHaveLength(warnings.length);
  });

  test("--format json prints the whole compile result", async () => {
    const outcome = await psydesign(["compile", "--format", "json", fixture("valid.json")]);
    expect(outcome.code).toBe(0);
    const parsed = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(["systemPrompt", "sections", "warnings", "tokenEstimate"]),
    );
    expect(parsed).toEqual(JSON.parse(JSON.stringify(await compiled(fixture("valid.json")))));
  });

  test("reads the persona from stdin when the file is -", async () => {
    const input = await readFile(join(ROOT, fixture("valid-minimal.json")), "utf8");
    const outcome = await psydesign(["compile", "-", "--format=json"], { input });
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual(
      JSON.parse(JSON.stringify(await compiled(fixture("valid-minimal.json")))),
    );
  });

  test("conflicting settings: warning lines on stderr with the compiler's codes, exit 0", async () => {
    // Informal address with register 90 and a word both preferred and avoided: the
    // compiler's lint must flag at least one of them.
    const { warnings, systemPrompt } = await compiled(fixture("warnings.json"));
    expect(warnings.length).toBeGreaterThan(0);
    const outcome = await psydesign(["compile", fixture("warnings.json")]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.trimEnd()).toBe(systemPrompt.trimEnd());
    const codes = lines(outcome.stderr).map((line) => /^warning \[([^\]]+)\] \S/.exec(line)?.[1]);
    expect(codes).toEqual(warnings.map((warning) => warning.code));
  });

  test("example replies off the persona: the style meter's warnings follow compile()'s, on stderr and in json", async () => {
    const file = join(scratch, "example-drift.json");
    const { warnings } = await compiled(file);
    const [text, json] = await Promise.all([
      psydesign(["compile", file]),
      psydesign(["compile", file, "--format", "json"]),
    ]);
    expect(text.code).toBe(0);
    expect(lines(text.stderr)).toEqual(warnings.map((w) => `warning [${w.code}] ${w.message}`));
    expect(lines(text.stderr)).toContain(
      'warning [example-drifts-from-address] The reply in example 1 addresses the user informally ("Hey", "Sam") although the chosen address is formal.',
    );
    // The emoji is said once, by lint()'s own check.
    expect(lines(text.stderr).filter((line) => line.includes("emoji"))).toEqual([
      expect.stringMatching(/^warning \[emoji-in-example\] /),
    ]);
    expect((JSON.parse(json.stdout) as { warnings: unknown }).warnings).toEqual(warnings);
  });

  test("an invalid file exits 1 with its problems and prints no prompt", async () => {
    const outcome = await psydesign(["compile", fixture("bad-register.json")]);
    expect(outcome).toEqual({
      code: 1,
      stdout: "",
      stderr: `${fixture("bad-register.json")}: voice.register: expected an integer from 0 to 100, got "high"\n`,
    });
  });
});

describe.concurrent("psydesign rehearse", { timeout: 90_000 }, () => {
  test("prints the greeting and a reply per turn, as text and as JSON lines that parse back", async () => {
    const file = "personas/service-public.json";
    const greeting = (JSON.parse(await readFile(join(ROOT, file), "utf8")) as { greeting: string })
      .greeting;
    const args = ["rehearse", file, "--scenario", "human-fr", "--message", "Merci, au revoir."];
    const [text, jsonl] = await Promise.all([psydesign(args), psydesign([...args, "--jsonl"])]);
    expect({ code: jsonl.code, stderr: jsonl.stderr }).toEqual({ code: 0, stderr: "" });
    const turns = lines(jsonl.stdout).map(
      (line) => JSON.parse(line) as { turn: number; user: string | null; assistant: string },
    );
    expect(turns[0]).toEqual({ turn: 0, user: null, assistant: greeting });
    expect(turns.at(-1)).toMatchObject({ turn: turns.length - 1, user: "Merci, au revoir." });
    expect(
      turns.slice(1).every((turn) => typeof turn.user === "string" && turn.assistant !== ""),
    ).toBe(true);
    expect({ code: text.code, stderr: text.stderr }).toEqual({ code: 0, stderr: "" });
    expect(text.stdout).toBe(
      turns
        .map((t) => (t.user === null ? "" : `User: ${t.user}\n`) + `Assistant: ${t.assistant}\n`)
        .join("\n"),
    );
  });

  test("an unknown scenario id: exit 2 and one line listing the valid ones", async () => {
    const outcome = await psydesign([
      "rehearse",
      "personas/tech-support.json",
      "--scenario",
      "nope",
    ]);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(lines(outcome.stderr)).toHaveLength(1);
    expect(outcome.stderr).toMatch(
      /^psydesign: unknown scenario "nope"; the persona's scenarios are welcome-en, complaint-en, .*; see "psydesign help rehearse"\n$/,
    );
  });
});

describe.concurrent("usage", { timeout: 90_000 }, () => {
  test("help and --help: usage on stdout, exit 0; no command: the same on stderr, exit 2", async () => {
    const [help, dashHelp, none] = await Promise.all([
      psydesign(["help"]),
      psydesign(["--help"]),
      psydesign([]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toMatch(/^Usage: psydesign <command>/);
    expect(help.stdout).toMatch(/^ {2}validate <file\.\.\.>\n {6}check persona files/m);
    expect(help.stdout).toMatch(/^ {2}compile <file> \[--format text\|json\]\n/m);
    expect(help.stdout).toMatch(
      /^ {2}rehearse <file> \[--scenario <id>\] \[--message <text>\]\.\.\. \[--jsonl\]\n/m,
    );
    expect(dashHelp).toEqual(help);
    expect(none).toEqual({ code: 2, stdout: "", stderr: help.stdout });
  });

  test("--version prints the package version", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(await psydesign(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test.each([
    ["an unknown command", ["frobnicate"], /unknown command "frobnicate"; see "psydesign help"$/],
    [
      "an unknown option",
      ["validate", "--strict", fixture("valid.json")],
      /unknown option "--strict"; see "psydesign help validate"$/,
    ],
    [
      "a missing file argument",
      ["compile"],
      /compile needs a persona file; see "psydesign help compile"$/,
    ],
    [
      "a bad --format value",
      ["compile", fixture("valid.json"), "--format", "yaml"],
      /--format must be text or json, got "yaml"; see "psydesign help compile"$/,
    ],
  ])("%s: one line with a hint to help, exit 2", async (_, args, message) => {
    const outcome = await psydesign(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(lines(outcome.stderr)).toHaveLength(1);
    expect(outcome.stderr).toMatch(/^psydesign: /);
    expect(outcome.stderr.trimEnd()).toMatch(message);
  });
});
