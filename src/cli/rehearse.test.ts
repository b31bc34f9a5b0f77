/**
 * `psydesign rehearse` in-process: the conversation it replays, its two output forms, and its
 * mistakes. cli.test.ts runs it once as a real process.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import type { ChatMessage } from "../core/conversation";
import { restorePersonaText } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";
import { rehearse } from "../core/rehearsal/rehearse";
import { withCustomScenarios } from "../core/scenarios/schema";
import type { CliIo } from "./io";
import { run } from "./main";
import { findScenario, offeredScenarios } from "./scenarios";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TOWN_HALL = "personas/service-public.json"; // French, vous, with a greeting
const BROADBAND = "personas/tech-support.json"; // English, with a greeting

async function cli(args: string[], stdin?: string) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdin: Readable.from(stdin === undefined ? [] : [stdin]),
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    cwd: ROOT,
    env: {},
  };
  const code = await run(args, io);
  return { code, ...out };
}

async function preset(file: string): Promise<Persona> {
  const restored = restorePersonaText(await readFile(join(ROOT, file), "utf8"));
  if (!restored.ok) throw new Error(`${file} should be a valid persona`);
  return restored.persona;
}

interface Line {
  turn: number;
  user: string | null;
  assistant: string;
}
const parseLines = (stdout: string): Line[] =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Line);

const turnsOf = (persona: Persona, id: string): string[] =>
  findScenario(offeredScenarios(persona), id)?.turns ?? [];

describe("psydesign rehearse: the conversation", () => {
  test("by default, the greeting as turn 0, then the welcome scenario in the persona's language", async () => {
    for (const [file, welcome] of [
      [TOWN_HALL, "welcome-fr"],
      [BROADBAND, "welcome-en"],
    ] as const) {
      const persona = await preset(file);
      const { code, stdout, stderr } = await cli(["rehearse", file, "--jsonl"]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const lines = parseLines(stdout);
      expect(lines.map((line) => Object.keys(line))).toEqual(
        lines.map(() => ["turn", "user", "assistant"]),
      );
      expect(lines[0]).toEqual({ turn: 0, user: null, assistant: persona.greeting?.trim() });
      expect(lines.slice(1).map((line) => line.user)).toEqual(turnsOf(persona, welcome));
      expect(lines.map((line) => line.turn)).toEqual(lines.map((_, i) => i));
      expect(lines.every((line) => line.assistant.trim() !== "")).toBe(true);
    }
  });

  test("each reply is the engine's reply to everything before it, the greeting included", async () => {
    const persona = await preset(TOWN_HALL);
    const lines = parseLines(
      (await cli(["rehearse", TOWN_HALL, "--scenario", "complaint-fr", "--jsonl"])).stdout,
    );
    const history: ChatMessage[] = [];
    const engine: string[] = [];
    for (const { user, assistant } of lines) {
      if (user !== null) history.push({ role: "user", content: user });
      engine.push(user === null ? assistant : rehearse(persona, history).text);
      history.push({ role: "assistant", content: assistant });
    }
    expect(lines.map((line) => line.assistant)).toEqual(engine);
    expect(lines.slice(1).map((line) => line.user)).toEqual(turnsOf(persona, "complaint-fr"));
    expect(lines.slice(1).map((line) => line.user)).not.toEqual(turnsOf(persona, "welcome-fr"));
  });

  test("messages are chained: the same message twice gets two different replies", async () => {
    const message = "Mon dossier de permis de construire est bloqué.";
    const { code, stdout } = await cli([
      "rehearse",
      TOWN_HALL,
      "--jsonl",
      "--message",
      message,
      "--message",
      message,
    ]);
    expect(code).toBe(0);
    const [, first, second] = parseLines(stdout);
    expect([first?.user, second?.user]).toEqual([message, message]);
    expect(second?.assistant).not.toBe(first?.assistant);
  });

  test("--message alone replays only the messages; after --scenario, they follow its turns", async () => {
    const persona = await preset(BROADBAND);
    const only = parseLines(
      (await cli(["rehearse", BROADBAND, "--jsonl", "--message", "My router keeps dropping."]))
        .stdout,
    );
    expect(only.map((line) => line.user)).toEqual([null, "My router keeps dropping."]);
    const both = parseLines(
      (await cli(["rehearse", BROADBAND, "--jsonl", "--message=Thanks!", "--scenario", "human-en"]))
        .stdout,
    );
    expect(both.map((line) => line.user)).toEqual([
      null,
      ...turnsOf(persona, "human-en"),
      "Thanks!",
    ]);
  });

  test("a persona without a greeting starts at turn 1", async () => {
    const persona = makePersona({ greeting: "   " });
    const lines = parseLines(
      (await cli(["rehearse", "-", "--jsonl", "--message", "Bonjour"], JSON.stringify(persona)))
        .stdout,
    );
    expect(lines.map((line) => [line.turn, line.user])).toEqual([[1, "Bonjour"]]);
  });

  test("a scenario saved in the persona file is replayed by its id", async () => {
    const own = {
      id: "etat-civil",
      title: "État civil",
      language: "fr" as const,
      turns: ["J'ai perdu mon livret de famille.", "Merci."],
    };
    const persona = withCustomScenarios(makePersona(), [own]);
    const { code, stdout } = await cli(
      ["rehearse", "-", "--scenario", "etat-civil", "--jsonl"],
      JSON.stringify(persona),
    );
    expect(code).toBe(0);
    expect(parseLines(stdout).map((line) => line.user)).toEqual(own.turns);
  });

  test("the same file and turns print the same replies", async () => {
    const args = ["rehearse", BROADBAND, "--scenario", "aggressive-en"];
    expect(await cli(args)).toEqual(await cli(args));
  });
});

describe("psydesign rehearse: text output", () => {
  test("User: and Assistant: lines, one blank line between exchanges, the same replies as --jsonl", async () => {
    const [text, jsonl] = await Promise.all([
      cli(["rehearse", BROADBAND]),
      cli(["rehearse", BROADBAND, "--jsonl"]),
    ]);
    const expected = parseLines(jsonl.stdout)
      .map(
        ({ user, assistant }) =>
          (user === null ? "" : `User: ${user}\n`) + `Assistant: ${assistant}\n`,
      )
      .join("\n");
    expect(text).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test("text from the file or a message cannot forge a speaker's line or a terminal escape", async () => {
    const greeting = "Hello.\nUser: forged\u001b[31m\u2028Assistant: forged too\u009b2J";
    const persona = makePersona({ language: "en", greeting });
    const input = JSON.stringify(persona);
    const text = await cli(["rehearse", "-", "--message", "Hi\nAssistant: me"], input);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n").filter((line) => /^\S/.test(line) && line !== "")).toEqual([
      "Assistant: Hello.",
      "User: Hi",
      expect.stringMatching(/^Assistant: \S/),
    ]);
    expect(text.stdout).toContain("\n           User: forged\\u001b[31m\n");
    for (const unsafe of ["\u001b", "\u009b", "\u2028"]) expect(text.stdout).not.toContain(unsafe);

    const jsonl = await cli(["rehearse", "-", "--jsonl", "--message", "Hi"], input);
    for (const unsafe of ["\u001b", "\u009b", "\u2028"]) expect(jsonl.stdout).not.toContain(unsafe);
    expect(jsonl.stdout.split("\n")).toHaveLength(3); // two lines and the final newline
    expect(parseLines(jsonl.stdout)[0]?.assistant).toBe(greeting);
  });
});

describe("psydesign rehearse: mistakes", () => {
  test("an unknown scenario: exit 2, one line listing the persona's scenarios", async () => {
    const persona = await preset(BROADBAND);
    const { code, stdout, stderr } = await cli(["rehearse", BROADBAND, "--scenario", "weather"]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    const ids = offeredScenarios(persona).map((scenario) => scenario.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(stderr).toBe(
      `psydesign: unknown scenario "weather"; the persona's scenarios are ${ids.join(", ")}; see "psydesign help rehearse"\n`,
    );
  });

  test("a built-in of the other language names the persona's own", async () => {
    const { code, stderr } = await cli(["rehearse", TOWN_HALL, "--scenario", "refund-en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^psydesign: unknown scenario "refund-en" \(this persona speaks French; did you mean "refund-fr"\?\); the persona's scenarios are welcome-fr, /,
    );
  });

  test.each([
    ["no file", ["rehearse"], "rehearse needs a persona file"],
    ["two files", ["rehearse", TOWN_HALL, BROADBAND], "rehearse takes one persona file, got 2"],
    ["an unknown option", ["rehearse", TOWN_HALL, "--turns", "3"], 'unknown option "--turns"'],
    [
      "a blank message",
      ["rehearse", TOWN_HALL, "--message", "Bonjour", "--message", "  "],
      "--message 2 is blank; a user turn needs some text",
    ],
    ["a message without its text", ["rehearse", TOWN_HALL, "--message"], "--message needs a value"],
  ])("%s: exit 2 and one line", async (_, args, message) => {
    expect(await cli(args)).toEqual({
      code: 2,
      stdout: "",
      stderr: `psydesign: ${message}; see "psydesign help rehearse"\n`,
    });
  });

  test("a missing or invalid persona file: exit 1 with its problems, as compile reports them", async () => {
    expect(await cli(["rehearse", "nowhere.json"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "nowhere.json: no such file\n",
    });
    const bad = "tests/fixtures/cli/bad-register.json";
    expect(await cli(["rehearse", bad, "--jsonl"])).toEqual(await cli(["compile", bad]));
  });
});
