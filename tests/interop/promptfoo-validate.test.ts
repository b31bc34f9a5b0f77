/**
 * `promptfoo validate` (0.121.20, the real one) accepts every configuration the studio
 * exports: each preset, French and English, for OpenAI and for a local endpoint, and the
 * hostile persona, with no code run, no secret file read and no connection beyond 127.0.0.1
 * while promptfoo loads it. A broken configuration is refused, so an acceptance means
 * something.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { promptfooConfig } from "../../src/core/exports/promptfoo";
import { DEFAULT_TARGET } from "../../src/core/exports/target";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { hostilePersona, hostileTexts } from "./hostile-persona";
import {
  makeSandbox,
  promptfoo,
  promptfooInstalled,
  refusedConnections,
  type Sandbox,
} from "./promptfoo-runner";

const PERSONAS = fileURLToPath(new URL("../../personas/", import.meta.url));
const LOCAL = { baseURL: "http://127.0.0.1:11434/v1", model: "llama3.2" };

function presets(): Persona[] {
  return readdirSync(PERSONAS)
    .filter((file) => file.endsWith(".json"))
    .toSorted()
    .map((file) => {
      const restored = restorePersonaText(readFileSync(join(PERSONAS, file), "utf8"));
      if (!restored.ok) throw new Error(`${file} should be a valid persona`);
      return restored.persona;
    });
}

let sandbox: Sandbox;
let texts: string[] = [];
beforeAll(async () => {
  if (!promptfooInstalled())
    throw new Error("promptfoo is not installed: run these tests with npm run test:interop");
  sandbox = await makeSandbox();
  texts = await hostileTexts(sandbox);
});
afterAll(() => sandbox.remove());

async function validate(name: string, yaml: string) {
  const file = join(sandbox.dir, `${name}.promptfooconfig.yaml`);
  await writeFile(file, yaml);
  return promptfoo(["validate", "-c", file], sandbox);
}

describe.concurrent("promptfoo validate accepts what the studio exports", () => {
  const cases = presets().flatMap((persona): [string, () => string][] => [
    [`${persona.id} (${persona.language}), OpenAI`, () => promptfooConfig(persona, DEFAULT_TARGET)],
    [`${persona.id} (${persona.language}), local endpoint`, () => promptfooConfig(persona, LOCAL)],
  ]);
  cases.push(
    [
      "the hostile persona (en), local endpoint",
      () => promptfooConfig(hostilePersona(texts, "en"), LOCAL),
    ],
    [
      "the hostile persona (fr), OpenAI, graded by a local model",
      () => promptfooConfig(hostilePersona(texts, "fr"), DEFAULT_TARGET, { grader: LOCAL }),
    ],
  );

  test("the presets come in both languages", () => {
    expect(new Set(presets().map((persona) => persona.language))).toEqual(new Set(["fr", "en"]));
  });

  test.each(cases)("%s", async (name, yaml) => {
    const outcome = await validate(name.replace(/\W+/g, "-"), yaml());
    expect(outcome.stdout).toContain("Configuration is valid.");
    expect(outcome.code).toBe(0);
  });
});

test("a broken configuration is refused", async () => {
  const outcome = await validate("broken", "prompts: [{ raw: 3 }]\nproviders: 7\ntests: nope\n");
  expect(outcome.code).not.toBe(0);
  expect(outcome.stdout).not.toContain("Configuration is valid.");
});

test("loading the hostile configurations ran no code and reached nothing outside", async () => {
  expect(existsSync(sandbox.pwnedFile)).toBe(false);
  expect(await refusedConnections(sandbox)).toEqual([]);
});
