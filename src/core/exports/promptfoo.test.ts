/**
 * The promptfoo configuration read back with `yaml`, as promptfoo would load it: its
 * structure, the prompt rendered with the real nunjucks as promptfoo renders it, the provider
 * and the grader, and one test per scenario turn chained as a conversation. The checks
 * derived from the persona, each run the way promptfoo runs it (`new RegExp(value)`; a
 * multi-line javascript value as the body of `new Function("output", "context", "process",
 * value)`, see src/assertions/javascript.ts), are in promptfoo-checks.test.ts; what hostile
 * text becomes is in promptfoo-inert.test.ts.
 */
import { describe, expect, test } from "vitest";
import { compile } from "../compiler/compile";
import { scenariosFor } from "../scenarios/built-in";
import { withCustomScenarios } from "../scenarios/schema";
import { renderChat } from "../../../tests/helpers/promptfoo-nunjucks";
import { promptfooConfig } from "./promptfoo";
import { LOCAL, load } from "../../../tests/helpers/promptfoo-config";
import { DEFAULT_TARGET } from "./target";
import { awkwardPersona, strictPersona } from "./test-personas";

describe("the configuration's structure", () => {
  test.each(["fr", "en"] as const)(
    "top-level keys, a description naming the persona (%s)",
    (language) => {
      const config = load(strictPersona(language, "formal"));
      expect(Object.keys(config)).toEqual([
        "description",
        "prompts",
        "providers",
        "defaultTest",
        "tests",
      ]);
      expect(config.description).toContain(language === "fr" ? "Guichet strict" : "Strict desk");
      expect(promptfooConfig(strictPersona(language, "formal"), DEFAULT_TARGET)).toMatch(
        /^# promptfoo configuration for the persona/,
      );
    },
  );

  test("the prompt renders to a chat: system = compiled prompt, the greeting, then the message", () => {
    const persona = awkwardPersona("fr", "formal");
    const [prompt] = load(persona).prompts;
    expect(prompt?.label).toBe(`Robin's "desk"`);
    // A line break keeps promptfoo from reading the prompt as a file path.
    expect(prompt?.raw).toContain("\n");
    // A template with a loop is not JSON: promptfoo renders it whole, not string by string.
    expect(() => JSON.parse(prompt?.raw as string)).toThrow(/JSON/);
    expect(renderChat(prompt?.raw as string, { message: "Bonjour" })).toEqual([
      { role: "system", content: compile(persona).systemPrompt },
      { role: "assistant", content: persona.greeting },
      { role: "user", content: "Bonjour" },
    ]);
  });

  test("a later turn carries the earlier turns and replies, in order, before the message", () => {
    const persona = strictPersona("en", "formal");
    const raw = load(persona).prompts[0]?.raw as string;
    const history = [
      { input: "Hello", output: "Good morning. How may I help?" },
      { input: 'A "quoted" turn\nover two lines', output: "Reply {{ not rendered }}" },
    ];
    const messages = renderChat(raw, { message: "Third turn" }, history);
    expect(messages.slice(1)).toEqual([
      { role: "user", content: "Hello" },
      { role: "assistant", content: "Good morning. How may I help?" },
      { role: "user", content: 'A "quoted" turn\nover two lines' },
      { role: "assistant", content: "Reply {{ not rendered }}" },
      { role: "user", content: "Third turn" },
    ]);
    expect(messages[0]).toEqual({ role: "system", content: compile(persona).systemPrompt });
  });

  test("OpenAI: openai:chat:<model> with no base URL of its own", () => {
    expect(load(strictPersona("en", "formal")).providers).toEqual([
      { id: "openai:chat:gpt-4o-mini", config: { temperature: 0.7, max_tokens: 512 } },
    ]);
  });

  test("another endpoint: its base URL and the key's environment variable", () => {
    expect(load(strictPersona("en", "formal"), LOCAL).providers).toEqual([
      {
        id: "openai:chat:llama3.2",
        config: {
          apiBaseUrl: "http://localhost:11434/v1",
          apiKeyEnvar: "OPENAI_API_KEY",
          temperature: 0.7,
          max_tokens: 512,
        },
      },
    ]);
  });

  test("no key in the file, only the variable's name", () => {
    const text = promptfooConfig(awkwardPersona(), LOCAL);
    expect(text).not.toMatch(/sk-[A-Za-z0-9]|apiKey:/);
    expect(text).toContain("OPENAI_API_KEY");
  });
});

describe("the grader of the llm-rubric checks", () => {
  test("by default the endpoint under test, at temperature 0", () => {
    expect(load(strictPersona("en", "formal"), LOCAL).defaultTest.options).toEqual({
      provider: {
        id: "openai:chat:llama3.2",
        config: {
          apiBaseUrl: "http://localhost:11434/v1",
          apiKeyEnvar: "OPENAI_API_KEY",
          temperature: 0,
        },
      },
    });
    expect(load(strictPersona("en", "formal")).defaultTest.options).toEqual({
      provider: { id: "openai:chat:gpt-4o-mini", config: { temperature: 0 } },
    });
  });

  test("another one when asked, named in the header", () => {
    const grader = { baseURL: "https://api.openai.com/v1", model: "gpt-4o" };
    expect(load(strictPersona("fr", "formal"), LOCAL, grader).defaultTest.options.provider).toEqual(
      { id: "openai:chat:gpt-4o", config: { temperature: 0 } },
    );
    const text = promptfooConfig(strictPersona("fr", "formal"), LOCAL, { grader });
    expect(text).toContain(
      "# Grader of the llm-rubric checks: gpt-4o at https://api.openai.com/v1",
    );
    expect(text).toContain("# Endpoint: llama3.2 at http://localhost:11434/v1");
  });
});

describe("tests: one per user turn of every scenario, each scenario one conversation", () => {
  test.each(["fr", "en"] as const)("the built-ins of the persona's language (%s)", (language) => {
    const { tests } = load(strictPersona(language, "formal"));
    const expected = scenariosFor(language).flatMap((s) =>
      s.turns.map((turn, i) => ({
        description: `${s.title} — turn ${i + 1}`,
        message: turn,
        scenario: s.id,
      })),
    );
    expect(
      tests.map((t) => ({
        description: t.description,
        message: t.vars.message,
        scenario: t.metadata.scenario,
      })),
    ).toEqual(expected);
    expect(tests.length).toBe(30);
    // Each turn belongs to its scenario's conversation, in the scenario's order.
    expect(tests.map((t) => `${t.metadata.conversationId}/${t.metadata.turn}`)).toEqual(
      scenariosFor(language).flatMap((s) => s.turns.map((_, i) => `${s.id}/${i + 1}`)),
    );
  });

  test("then the designer's own scenarios, quotes and all", () => {
    const own = {
      id: "my-own",
      title: `L'accueil "VIP"`,
      language: "fr" as const,
      turns: ["Bonjour", "C'est « urgent » !\nVraiment."],
    };
    const { tests } = load(withCustomScenarios(strictPersona("fr", "informal"), [own]));
    expect(tests.slice(-2)).toEqual([
      {
        description: `L'accueil "VIP" — turn 1`,
        vars: { message: "Bonjour" },
        metadata: { scenario: "my-own", turn: 1, conversationId: "my-own" },
      },
      {
        description: `L'accueil "VIP" — turn 2`,
        vars: { message: "C'est « urgent » !\nVraiment." },
        metadata: { scenario: "my-own", turn: 2, conversationId: "my-own" },
      },
    ]);
  });

  test("a scenario reusing a built-in id is a conversation of its own", () => {
    const own = {
      id: "welcome-fr",
      title: "Mon accueil",
      language: "fr" as const,
      turns: ["Salut"],
    };
    const { tests } = load(withCustomScenarios(strictPersona("fr", "informal"), [own]));
    expect(
      tests
        .filter((t) => t.metadata.scenario === "welcome-fr")
        .map((t) => t.metadata.conversationId),
    ).toEqual([...scenariosFor("fr")[0]!.turns.map(() => "welcome-fr"), "welcome-fr#2"]);
  });
});

test("the YAML is stable: the same persona gives the same text", () => {
  const persona = awkwardPersona("fr", "informal");
  expect(promptfooConfig(persona, LOCAL)).toBe(promptfooConfig(structuredClone(persona), LOCAL));
});
