/**
 * Hostile persona text in a promptfoo export stays text: every string of the YAML goes
 * through what promptfoo 0.121.20 does with it, with the real nunjucks
 * (tests/helpers/promptfoo-nunjucks.ts), and must come out byte for byte, with no code run,
 * no environment value and no file read. tests/interop/ does the same with promptfoo itself.
 */
import * as fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { parse } from "yaml";
import { compile } from "../compiler/compile";
import { CATALOG } from "../persona/catalog";
import type { Language, Persona } from "../persona/schema";
import {
  allStrings,
  CANARY_ENV,
  doubleBraceSpans,
  PWNED_FLAG,
  render,
  renderChat,
  varHazard,
  type Exchange,
} from "../../../tests/helpers/promptfoo-nunjucks";
import { personaScenarios, promptfooConfig } from "./promptfoo";
import { rubric, RUBRIC_DIMENSIONS } from "./promptfoo-asserts";
import { inertTemplateText, inertVarText, oneLine } from "./promptfoo-text";
import { HOSTILE_TEXTS, hostilePersona } from "./test-personas";

interface Config {
  description: string;
  prompts: { label: string; raw: string }[];
  defaultTest: { assert: { type: string; value: string; metric: string }[] };
  tests: {
    description: string;
    vars: { message: string };
    metadata: { scenario: string; conversationId: string };
  }[];
}

const LOCAL = { baseURL: "http://127.0.0.1:8787/v1", model: "mock-model" };

/** The only `{{ … }}` the export writes itself: one-character literals and the template's dumps. */
const OWN_EXPRESSION = String.raw`\{\{ (?:'(?:\{|#|f|p|\\n)'|turn\.input \| dump|turn\.output \| dump|message \| dump) \}\}`;
const OWN_EXPRESSIONS = new RegExp(`^${OWN_EXPRESSION}$`);
const OWN_SYNTAX = new RegExp(String.raw`\{%[^]*?%\}|${OWN_EXPRESSION}`);
/** The only `{%` tags: the loop over the conversation. */
const OWN_TAGS = new Set(["{% for turn in _conversation %}", "{% endfor %}"]);

const pwned = () => (globalThis as Record<string, unknown>)[PWNED_FLAG];
afterEach(() => {
  delete (globalThis as Record<string, unknown>)[PWNED_FLAG];
});

/** The pieces of text between the export's own syntax that nunjucks would read, or whose final "{" the syntax after it would extend. */
function unsafePieces(pieces: readonly string[]): string[] {
  return pieces.filter(
    (piece, i) => /\{[{%#]|#\}/.test(piece) || (i < pieces.length - 1 && piece.endsWith("{")),
  );
}

/** Where anything nunjucks, or promptfoo's load-time pass, would act on appears, except the export's own syntax. */
function foreignSyntax(config: unknown): string[] {
  return allStrings(config).flatMap(({ path, text }) =>
    [
      ...doubleBraceSpans(text).filter((span) => !OWN_EXPRESSIONS.test(span)),
      ...(text.match(/\{%[^]*?%\}/g) ?? []).filter((tag) => !OWN_TAGS.has(tag)),
      ...unsafePieces(text.split(OWN_SYNTAX)),
    ].map((found) => `${path}: ${found}`),
  );
}

/** Every check, rendered as promptfoo renders an assertion value, equals what the persona asks for. */
function expectChecksIntact(config: Config, persona: Persona): void {
  const [lexicon] = config.defaultTest.assert.filter((a) => a.metric === "lexicon");
  const avoided = persona.lexicon.avoid[0]?.trim() as string;
  const check = new Function("output", "context", "process", render(lexicon?.value as string));
  expect(check(`a reply saying ${avoided}.`, {}, {}).reason).toBe(`avoided words used: ${avoided}`);
  const rubrics = config.defaultTest.assert
    .filter((a) => a.type === "llm-rubric")
    .map((a) => render(a.value));
  expect(rubrics).toEqual(
    RUBRIC_DIMENSIONS.map((id) => rubric(CATALOG[id], persona.voice[id], persona.language)),
  );
}

/** Each test of the hostile scenario, sent after the ones before it, as promptfoo sends it. */
function expectConversationIntact(config: Config, persona: Persona): void {
  const raw = config.prompts[0]?.raw as string;
  const scenario = personaScenarios(persona).find((s) => s.id === "hostile");
  const tests = config.tests.filter((t) => t.metadata.conversationId === "hostile");
  expect(tests.length).toBe(scenario?.turns.length);
  const history: Exchange[] = [];
  tests.forEach((t, i) => {
    const messages = renderChat(raw, { ...t.vars }, history);
    const turn = scenario?.turns[i] as string;
    expect(messages[0]).toEqual({ role: "system", content: compile(persona).systemPrompt });
    expect(messages[1]).toEqual({ role: "assistant", content: persona.greeting?.trim() });
    expect(messages.at(-1)).toEqual({ role: "user", content: turn });
    expect(messages.length).toBe(3 + 2 * history.length);
    history.push({ input: messages.at(-1)?.content as string, output: `A reply quoting ${turn}` });
  });
}

function expectNothingLeaked(config: Config): void {
  const shown = [
    config.description,
    config.prompts[0]?.label,
    ...config.tests.map((t) => t.description),
  ].map((text) => render(text as string));
  const everything = [...shown, ...allStrings(config).map(({ text }) => text)].join("\n");
  for (const value of Object.values(CANARY_ENV)) expect(everything).not.toContain(value);
  expect(pwned()).toBeUndefined();
}

describe.each(["en", "fr"] as const)("hostile text in a %s persona", (language: Language) => {
  test.each(HOSTILE_TEXTS.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    "%s",
    (_, text) => {
      const persona = hostilePersona(text, language);
      const yaml = promptfooConfig(persona, LOCAL);
      const config = parse(yaml) as Config;
      // YAML 1.1 readers (and js-yaml's timestamps) read the same strings as a YAML 1.2 one.
      expect(parse(yaml, { version: "1.1" })).toEqual(config);
      expect(foreignSyntax(config)).toEqual([]);
      expectConversationIntact(config, persona);
      expectChecksIntact(config, persona);
      // Names are shown on one line, and never rendered into something else.
      expect(render(config.prompts[0]?.label as string)).toBe(oneLine(persona.name));
      expect(render(config.tests.at(-1)?.description as string)).toBe(
        oneLine(
          `Title ${text} — turn ${config.tests.filter((t) => t.metadata.scenario === "hostile").length}`,
        ),
      );
      expectNothingLeaked(config);
    },
  );
});

test("a name cannot break out of the header comment", () => {
  const persona = hostilePersona("x\n- evil: 1\r\ndescription: owned\u0085\u2028#", "en");
  const yaml = promptfooConfig(persona, LOCAL);
  expect(Object.keys(parse(yaml) as object)).toEqual([
    "description",
    "prompts",
    "providers",
    "defaultTest",
    "tests",
  ]);
  expect(
    yaml
      .split("\n")
      .filter((line) => !line.startsWith(" ") && !line.startsWith("#") && line !== ""),
  ).toEqual([
    expect.stringMatching(/^description: /),
    "prompts:",
    "providers:",
    "defaultTest:",
    "tests:",
  ]);
});

/** Text rich in what nunjucks, promptfoo and YAML read specially, mixed with any text. */
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "{",
        "}",
        "%",
        "#",
        "-",
        "'",
        '"',
        "\\",
        "\n",
        "\r",
        " ",
        ":",
        "env.",
        "raw",
        "endraw",
        "file://",
        "package:",
      ),
      fc.constantFrom(
        "{{",
        "{%",
        "{#",
        "}}",
        "%}",
        "#}",
        "{{-",
        "-%}",
        "{{ '{' }}",
        "{{message}}",
        "{{ env.OPENAI_API_KEY }}",
      ),
      fc.string({ unit: "grapheme", maxLength: 6 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));

describe("properties (fast-check, seeded)", () => {
  test("template text renders back to itself, with no delimiter of its own and nothing for the env pass", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const inert = inertTemplateText(text);
        expect(render(inert)).toBe(text);
        expect(
          doubleBraceSpans(inert).every((span) => span === "{{ '{' }}" || span === "{{ '#' }}"),
        ).toBe(true);
        // Between the literals, nothing nunjucks reads, and no "{" that a literal would extend.
        expect(unsafePieces(inert.split(/\{\{ '[{#]' \}\}/))).toEqual([]);
      }),
      { seed: 17, numRuns: 3_000 },
    );
  });

  test("a var is taken as text by promptfoo and renders back to itself", () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        const inert = inertVarText(text);
        expect(varHazard(inert, ["message"])).toBeUndefined();
        expect(render(inert, { message: inert })).toBe(text);
      }),
      { seed: 17, numRuns: 3_000 },
    );
  });

  test("a whole export: the greeting and a turn reach the model byte for byte", () => {
    let exports = 0;
    fc.assert(
      fc.property(
        trickyText.filter((text) => text.trim() !== "" && text.length <= 2_000),
        fc.constantFrom<Language>("fr", "en"),
        (text, language) => {
          const persona = hostilePersona(text, language);
          const config = parse(promptfooConfig(persona, LOCAL)) as Config;
          expect(foreignSyntax(config)).toEqual([]);
          expectConversationIntact(config, persona);
          expectNothingLeaked(config);
          exports++;
        },
      ),
      { seed: 17, numRuns: 100 },
    );
    expect(exports).toBe(100);
  }, 60_000);
});
