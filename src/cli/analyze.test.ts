/**
 * `psydesign analyze` as a user runs it: real subprocesses (see cli.test.ts for the
 * harness's reasons), a few spawns, each checking several things.
 */
import { psydesign, ROOT } from "../../tests/helpers/run-cli";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bandIndex } from "../core/persona/bands";
import { CATALOG } from "../core/persona/catalog";
import { DIMENSION_IDS } from "../core/persona/constants";
import type { Persona } from "../core/persona/schema";

const jsonLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let scratch = "";
let frenchPersona = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "psydesign-analyze-"));
  // The English fixture, turned French and formal, with an avoided word to catch.
  const base = JSON.parse(
    await readFile(join(ROOT, "tests/fixtures/cli/valid.json"), "utf8"),
  ) as Record<string, unknown>;
  frenchPersona = join(scratch, "conseil.json");
  await writeFile(
    frenchPersona,
    JSON.stringify({
      ...base,
      language: "fr",
      address: "formal",
      lexicon: { prefer: [], avoid: ["bisous"] },
    }),
  );
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe.concurrent("psydesign analyze", { timeout: 90_000 }, () => {
  test("plain text: one JSON line with the headline measures and the guessed language", async () => {
    const outcome = await psydesign(["analyze"], {
      input: "Bonjour, pouvez-vous m'envoyer votre dossier ? Nous le traiterons demain.\n",
    });
    expect(outcome.stderr).toBe("");
    expect(outcome.code).toBe(0);
    const [line, ...rest] = jsonLines(outcome.stdout);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ language: "fr", address: "formal", sentences: 2, emoji: 0 });
    expect(line?.formality).toBeGreaterThanOrEqual(0);
    expect(line?.formality).toBeLessThanOrEqual(100);
    expect(typeof line?.words).toBe("number");
    expect(typeof line?.readability).toBe("number");
    expect(line).not.toHaveProperty("adherence");
  });

  test("--jsonl: valid lines printed in order, bad ones reported by line number, exit 1", async () => {
    const input = [
      '"Tu viens ce soir ?"',
      "",
      '{"text": "Thanks, Sam! See you tomorrow."}',
      "not json",
      "42",
      '{"text": "Vous deux, venez."}',
      "",
    ].join("\n");
    const outcome = await psydesign(["analyze", "--jsonl"], { input: input });
    expect(outcome.code).toBe(1);
    expect(jsonLines(outcome.stdout).map((line) => [line.language, line.address])).toEqual([
      ["fr", "informal"],
      ["en", "informal"],
      ["fr", "none"],
    ]);
    expect(outcome.stderr.split("\n").filter(Boolean)).toEqual([
      "<stdin>:4: not valid JSON",
      '<stdin>:5: expected a JSON string or an object with a "text" string',
    ]);
  });

  test("--persona: adherence on each line, the persona's language by default, hard rules as drifts", async () => {
    const outcome = await psydesign(["analyze", "--persona", frenchPersona, "--jsonl"], {
      input: '"Salut, tu peux venir ? Bisous"\n"Pouvez-vous venir demain ?"\n',
    });
    expect(outcome.stderr).toBe("");
    expect(outcome.code).toBe(0);
    const [slip, kept] = jsonLines(outcome.stdout) as {
      language: string;
      adherence: { dimensions: { dimension: string; ok: boolean }[]; score: number };
    }[];
    const drifts = (line: typeof slip) =>
      line?.adherence.dimensions.filter((d) => !d.ok).map((d) => d.dimension);
    expect(slip?.language).toBe("fr");
    expect(drifts(slip)).toEqual(expect.arrayContaining(["address", "lexicon"]));
    expect(drifts(kept)).not.toContain("address");
    expect(drifts(kept)).not.toContain("lexicon");
    expect(kept?.adherence.score).toBeGreaterThan(slip?.adherence.score ?? 100);
  });

  test("--persona: each slider's target and measured band by name, the target the persona's own", async () => {
    const outcome = await psydesign(["analyze", "--persona", frenchPersona], {
      input: "Pouvez-vous venir demain ?",
    });
    const persona = JSON.parse(await readFile(frenchPersona, "utf8")) as Persona;
    const [line] = jsonLines(outcome.stdout) as {
      adherence: { dimensions: { dimension: string; target: string; measured: string }[] };
    }[];
    const sliders =
      line?.adherence.dimensions.filter((d) =>
        (DIMENSION_IDS as readonly string[]).includes(d.dimension),
      ) ?? [];
    expect(sliders.map((d) => d.dimension)).toEqual([...DIMENSION_IDS]);
    for (const d of sliders) {
      const dimension = CATALOG[d.dimension as keyof typeof CATALOG];
      expect(d.target).toBe(
        dimension.bands[bandIndex(persona.voice[d.dimension as keyof Persona["voice"]])].name.en,
      );
      expect(dimension.bands.map((band) => band.name.en)).toContain(d.measured);
    }
    // The fixture's register is 45: the "Consultative" band.
    expect(sliders.find((d) => d.dimension === "register")?.target).toBe("Consultative");
  });

  test("--lang overrides the guess; an unreadable persona exits 1 with its problem", async () => {
    const [forced, missing] = await Promise.all([
      psydesign(["analyze", "--lang", "en"], { input: "Bonjour Monsieur" }),
      psydesign(["analyze", "--persona", join(scratch, "nowhere.json")], { input: "Bonjour" }),
    ]);
    expect(jsonLines(forced.stdout)[0]?.language).toBe("en");
    expect(missing).toMatchObject({ code: 1, stdout: "" });
    expect(missing.stderr).toMatch(/nowhere\.json: no such file\n$/);
  });

  test.each([
    [
      ["analyze", "reply.txt"],
      /^psydesign: analyze reads standard input and takes no file, got "reply.txt"; see "psydesign help analyze"\n$/,
    ],
    [
      ["analyze", "--lang", "de"],
      /^psydesign: --lang must be fr or en, got "de"; see "psydesign help analyze"\n$/,
    ],
    [
      ["analyze", "--persona"],
      /^psydesign: --persona needs a value; see "psydesign help analyze"\n$/,
    ],
  ])("usage error %j exits 2 with one line", async (args, pattern) => {
    const outcome = await psydesign(args, { input: "Bonjour" });
    expect(outcome.code).toBe(2);
    expect(outcome.stdout).toBe("");
    expect(outcome.stderr).toMatch(pattern);
  });

  test("the help lists analyze and its options", async () => {
    const [general, own] = await Promise.all([psydesign(["help"]), psydesign(["help", "analyze"])]);
    expect(general.stdout).toMatch(
      /^ {2}analyze \[--lang fr\|en\] \[--persona <file>\] \[--jsonl\]\n {6}measure the style/m,
    );
    expect(own.stdout).toMatch(
      /^Usage: psydesign analyze \[--lang fr\|en\] \[--persona <file>\] \[--jsonl\]\n/,
    );
    expect(own.stdout).toMatch(/^ {2}--jsonl +one reply per line/m);
  });
});
