/**
 * `psydesign convert` and Character Cards (issue 17): the system prompt choice of
 * `--to ccv2|ccv3`, and hostile cards answered with exit 1 and a reason, never exit 70. Real
 * subprocesses, as a user runs them.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zlibSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { psydesign, ROOT } from "../../tests/helpers/run-cli";
import { cardPng, cardV3, readCardBytes } from "../core/cards";
import { IEND, ihdr, pngOf, textChunk, zTxtChunk } from "../core/cards/card-test-kit";
import { compile } from "../core/compiler/compile";
import { restorePersonaText } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";

const PERSONA = "tests/fixtures/cli/valid.json";
const BOB = "tests/fixtures/character-cards/v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json";
const BOB_PROMPT = "You are {{char}}. {{original}}";

async function personaFile(path: string): Promise<Persona> {
  const restored = restorePersonaText(await readFile(join(ROOT, path), "utf8"));
  if (!restored.ok) throw new Error(`${path} should be a valid persona`);
  return restored.persona;
}

async function bobPersona(): Promise<Persona> {
  const read = readCardBytes(await readFile(join(ROOT, BOB)));
  if (!read.ok) throw new Error("Bob should be a readable card");
  return read.card.persona;
}

const systemPrompt = (stdout: string) =>
  (JSON.parse(stdout) as { data: { system_prompt: string } }).data.system_prompt;

let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-cards-"));
  const deep = `{"spec":"chara_card_v2","spec_version":"2.0","data":{"name":"Deep","extensions":{"x":${"[".repeat(2_100)}${"]".repeat(2_100)}}}}`;
  await writeFile(join(scratch, "deep.json"), deep);
  const name = "N".repeat(100_000);
  await writeFile(
    join(scratch, "long-name.json"),
    JSON.stringify({
      spec: "chara_card_v2",
      spec_version: "2.0",
      data: { name, mes_example: `a note\n{{user}}: Hi\n${name}: Hello.` },
    }),
  );
  await writeFile(
    join(scratch, "zbomb.png"),
    pngOf([ihdr(1, 1), zTxtChunk("chara", zlibSync(new Uint8Array(17 * 1024 * 1024))), IEND]),
  );
  const card = Buffer.from(
    JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data: { name: "Calm" } }),
  ).toString("base64");
  await writeFile(
    join(scratch, "idat-bomb.png"),
    pngOf([
      ihdr(1, 1),
      textChunk("chara", card),
      { type: "IDAT", data: zlibSync(new Uint8Array(16 * 1024 * 1024)) },
      IEND,
    ]),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.concurrent("psydesign convert --to ccv2|ccv3 --system-prompt", { timeout: 90_000 }, () => {
  test("a persona made in the studio carries the compiled prompt by default, none with original", async () => {
    const persona = await personaFile(PERSONA);
    const byDefault = await psydesign(["convert", PERSONA, "--to", "ccv2"]);
    expect(byDefault.code).toBe(0);
    expect(systemPrompt(byDefault.stdout)).toBe(compile(persona).systemPrompt);
    const original = await psydesign([
      "convert",
      PERSONA,
      "--to",
      "ccv3",
      "--system-prompt",
      "original",
    ]);
    expect(systemPrompt(original.stdout)).toBe("");
  });

  test("a card keeps its own by default, and takes the compiled prompt when asked", async () => {
    const byDefault = await psydesign(["convert", BOB, "--to", "ccv3"]);
    expect(byDefault.code).toBe(0);
    expect(systemPrompt(byDefault.stdout)).toBe(BOB_PROMPT);
    const compiled = await psydesign([
      "convert",
      BOB,
      "--to",
      "ccv2",
      "--system-prompt",
      "compiled",
    ]);
    expect(systemPrompt(compiled.stdout)).toBe(compile(await bobPersona()).systemPrompt);
  });

  test("the choice reaches a PNG card too", async () => {
    const out = join(scratch, "bob.png");
    expect(
      (await psydesign(["convert", BOB, "--to", "ccv3", "--system-prompt", "compiled", "-o", out]))
        .code,
    ).toBe(0);
    const written = await readFile(out);
    expect(
      Buffer.compare(written, Buffer.from(cardPng(await bobPersona(), { compiledPrompt: true }))),
    ).toBe(0);
    expect(cardV3(await bobPersona(), { compiledPrompt: true }).data.system_prompt).not.toBe(
      BOB_PROMPT,
    );
  });

  test.each([
    [
      ["convert", PERSONA, "--to", "prompt", "--system-prompt", "compiled"],
      /--system-prompt applies to --to ccv2 and --to ccv3 only/,
    ],
    [
      ["convert", PERSONA, "--to", "ccv2", "--system-prompt", "mine"],
      /--system-prompt must be compiled or original, got "mine"/,
    ],
  ])("%j is a usage error", async (args, pattern) => {
    const outcome = await psydesign(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(pattern);
  });
});

describe.concurrent(
  "psydesign convert on a studio card edited elsewhere",
  { timeout: 90_000 },
  () => {
    test("says which fields another tool edited, and keeps them", async () => {
      const card = cardV3(await personaFile(PERSONA));
      card.data.personality = "Brisk.";
      const path = join(scratch, "edited.json");
      await writeFile(path, JSON.stringify(card));
      const outcome = await psydesign(["convert", path, "--to", "ccv2"]);
      expect(outcome.code).toBe(0);
      expect(outcome.stderr.replace(`${scratch}/`, "")).toBe(
        "edited.json: the card was edited after it left the studio (personality): the edits are kept, the sliders are the persona's\n",
      );
      expect(JSON.parse(outcome.stdout)).toMatchObject({ data: { personality: "Brisk." } });
    });
  },
);

describe.concurrent("psydesign convert on hostile cards", { timeout: 90_000 }, () => {
  test.each([
    ["deep.json", /^deep\.json: This character card nests its data more than 48 levels deep/],
    [
      "zbomb.png",
      /^zbomb\.png: The card text inside this PNG is compressed and expands past 16 MiB/,
    ],
  ])("%s: exit 1 with the reason, not an internal error", async (file, reason) => {
    const outcome = await psydesign(["convert", join(scratch, file), "--to", "persona"]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.replace(`${scratch}/`, "")).toMatch(reason);
    expect(outcome.stderr).not.toContain("internal error");
  });

  test.each([
    // The persona's name is cut at the schema's 120 characters.
    ["long-name.json", `${"N".repeat(119)}\u2026`],
    ["idat-bomb.png", "Calm"],
  ])("%s: read, exit 0", async (file, name) => {
    const outcome = await psydesign(["convert", join(scratch, file), "--to", "persona"]);
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toMatchObject({ name });
  });
});
