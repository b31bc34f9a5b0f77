/**
 * The hostile persona the promptfoo interop tests export, built in the test: every text of
 * the unit tests' table (src/core/exports/test-personas.ts), plus what only a real run can
 * show: templates that would write a file if they ran (on load through the env pass, and when
 * rendered), and file references to a secret, a .js and a .py file that would also write it.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makePersona } from "../helpers/make-persona";
import type { Language, Persona } from "../../src/core/persona/schema";
import { withCustomScenarios } from "../../src/core/scenarios/schema";
import { HOSTILE_TEXTS } from "../../src/core/exports/test-personas";
import type { Sandbox } from "./promptfoo-runner";

/** What the secret file holds: it must never reach a request. */
export const SECRET_FILE_TEXT = "secret-file-content-3b9a";

/** Scenario titles start with this, so `--filter-pattern ^Hostile` runs only these tests. */
export const HOSTILE_TITLE = "Hostile";

/** Plants the files the hostile texts point at, and returns all the texts. */
export async function hostileTexts(sandbox: Sandbox): Promise<string[]> {
  const write = `process.getBuiltinModule('fs').writeFileSync(process.env.PSYDESIGN_PWNED_FILE, 'ran')`;
  await writeFile(join(sandbox.dir, "secret.txt"), SECRET_FILE_TEXT);
  await writeFile(
    join(sandbox.dir, "hostile.js"),
    `module.exports = () => { ${write}; return { output: "js ran" }; };\n`,
  );
  await writeFile(
    join(sandbox.dir, "hostile.py"),
    `def get_var(name, prompt, other):\n    open(__import__('os').environ['PSYDESIGN_PWNED_FILE'], 'w').write('py ran')\n    return {'output': 'py ran'}\n`,
  );
  return [
    ...HOSTILE_TEXTS,
    `{{ range.constructor("return ${write}")() }}`,
    `{{ env.PSYDESIGN_CANARY | replace("c", range.constructor("return ${write}")()) }}`,
    `file://${join(sandbox.dir, "secret.txt")}`,
    `file://${join(sandbox.dir, "hostile.js")}`,
    `file://${join(sandbox.dir, "hostile.py")}`,
  ];
}

/**
 * A persona holding every text in every field an export writes, and its scenarios: each
 * text one turn, at most 20 turns a scenario. Brief and emoji-free, so that the test
 * server's one-sentence replies pass every check.
 */
export function hostilePersona(texts: readonly string[], language: Language): Persona {
  const all = texts.join(" | ");
  const base = makePersona({
    id: "hostile-persona",
    name: `Hostile ${all}`,
    language,
    address: "formal",
    voice: { verbosity: 10, emoji: 0 },
    identity: { assistantName: "Robin", role: "help desk assistant", purpose: all },
    greeting: `Hello ${all}`,
    examples: [{ user: all, assistant: `Reply ${all}` }],
    lexicon: { prefer: [], avoid: texts.map((text) => `avoided ${text}`) },
  });
  const turns = texts.filter((text) => text.trim() !== "");
  const scenarios = [0, 1, 2].map((i) => ({
    id: `hostile-${i + 1}`,
    title: `${HOSTILE_TITLE} ${i + 1} {{ env.PSYDESIGN_CANARY }}`,
    language,
    turns: turns.slice(i * 20, (i + 1) * 20),
  }));
  return withCustomScenarios(
    base,
    scenarios.filter((scenario) => scenario.turns.length > 0),
  );
}
