/**
 * The promptfoo configuration read back with `yaml`, as promptfoo would load it: its
 * structure, the prompt rendered with the real nunjucks as promptfoo renders it, the provider
 * and the grader, one test per scenario turn chained as a conversation, and each check run
 * the way promptfoo runs it (`new RegExp(value)`; a multi-line javascript value as the body of
 * `new Function("output", "context", "process", value)`, see src/assertions/javascript.ts).
 * What hostile text becomes is in promptfoo-inert.test.ts.
 */
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { compile } from "../compiler/compile";
import { findEmoji } from "../meter/emoji";
import { CATALOG } from "../persona/catalog";
import type { Persona } from "../persona/schema";
import { measureLexicon } from "../meter/lexicon";
import { countSentences } from "../text/counts";
import { scenariosFor } from "../scenarios/built-in";
import { withCustomScenarios } from "../scenarios/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { render, renderChat } from "../../../tests/helpers/promptfoo-nunjucks";
import { ENGLISH_COURTESY, ENGLISH_FAMILIAR, FRENCH_TU, FRENCH_VOUS } from "./address-patterns";
import { promptfooConfig } from "./promptfoo";
import { EMOJI_MAX_PER_REPLY } from "./promptfoo-asserts";
import { DEFAULT_TARGET, type EndpointTarget } from "./target";
import { awkwardPersona, strictPersona } from "./test-personas";

interface Assertion {
  type: string;
  value: string;
  metric: string;
}
interface Provider {
  id: string;
  config: Record<string, unknown>;
}
interface Config {
  description: string;
  prompts: { label: string; raw: string }[];
  providers: Provider[];
  defaultTest: { options: { provider: Provider }; assert: Assertion[] };
  tests: {
    description: string;
    vars: { message: string };
    metadata: { scenario: string; turn: number; conversationId: string };
  }[];
}

const LOCAL: EndpointTarget = { baseURL: "http://localhost:11434/v1/", model: "llama3.2" };
const load = (persona: Persona, target: EndpointTarget = DEFAULT_TARGET, grader?: EndpointTarget) =>
  parse(promptfooConfig(persona, target, grader ? { grader } : {})) as Config;
const checks = (config: Config, metric: string) =>
  config.defaultTest.assert.filter((a) => a.metric === metric);

/** A javascript assertion run as promptfoo runs it: rendered with nunjucks, then as a function body. */
function runCheck(
  assertion: Assertion,
  output: string,
): { pass: boolean; score: number; reason: string } {
  expect(assertion.type).toBe("javascript");
  expect(assertion.value).toContain("\n"); // multi-line: promptfoo uses it as the function body, as is
  return new Function("output", "context", "process", render(assertion.value))(output, {}, {});
}

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

describe("defaultTest: checks derived from the persona", () => {
  test.each([
    ["fr", "formal", FRENCH_TU],
    ["fr", "informal", FRENCH_VOUS],
    ["en", "formal", ENGLISH_FAMILIAR],
    ["en", "informal", ENGLISH_COURTESY],
  ] as const)("address, %s %s: a not-regex for the other form", (language, address, pattern) => {
    expect(checks(load(strictPersona(language, address)), "address")).toEqual([
      { type: "not-regex", value: pattern, metric: "address" },
    ]);
  });

  test("avoided words: one check naming the words used, whole words, ignoring case and accents", () => {
    const persona = makePersona({
      lexicon: {
        prefer: ["dossier"],
        avoid: ["process", "Client", "probleme", " svp. ", "process"],
      },
    });
    const [check, ...more] = checks(load(persona), "lexicon");
    expect(more).toEqual([]);
    const verdict = (output: string) => runCheck(check as Assertion, output);
    expect(verdict("Le processus suit son cours auprès de la clientèle.")).toMatchObject({
      pass: true,
      reason: "no avoided word",
    });
    expect(verdict("Ce PROCESS concerne chaque client, svp.")).toMatchObject({
      pass: false,
      reason: "avoided words used: process, Client, svp.",
    });
    expect(verdict("Aucun problème.")).toMatchObject({
      pass: false,
      reason: "avoided words used: probleme",
    });
  });

  test("the lexicon check finds what the studio's meter finds", () => {
    const avoid = [
      "process",
      "client",
      "problème",
      "svp.",
      "aujourd'hui",
      "e-mail",
      "cœur",
      "rendez vous",
    ];
    const [check] = checks(load(makePersona({ lexicon: { prefer: [], avoid } })), "lexicon");
    const texts = [
      "Le processus est lancé.",
      "Un Client mécontent, SVP.",
      "Aucun PROBLEME aujourd’hui",
      "Votre e-mail ou votre email",
      "Au COEUR du sujet",
      "Prenez rendez-vous ou rendez  vous",
      "clients et problèmes",
      "svpx",
    ];
    const meter = texts.map((text) =>
      measureLexicon(text, { avoid, prefer: [] }).avoided.map((hit) => hit.term),
    );
    expect(meter.flat().length).toBeGreaterThan(5); // the table finds words, not only misses
    expect(texts.map((text) => runCheck(check as Assertion, text).reason)).toEqual(
      meter.map((terms) =>
        terms.length === 0 ? "no avoided word" : `avoided words used: ${terms.join(", ")}`,
      ),
    );
  });

  test("a word holding template code reaches the check as the word", () => {
    const [check] = checks(
      load(makePersona({ lexicon: { prefer: [], avoid: ["{{ ticket }}"] } })),
      "lexicon",
    );
    expect(check?.value).not.toContain("{{ ticket");
    expect(runCheck(check as Assertion, "Votre {{ Ticket }} est prêt")).toMatchObject({
      pass: false,
      reason: "avoided words used: {{ ticket }}",
    });
  });

  test("no avoided words, no lexicon check", () => {
    expect(checks(load(makePersona()), "lexicon")).toEqual([]);
  });

  test.each([
    [5, "Bonjour.", true],
    [5, "Bonjour. Votre dossier est prêt.", false],
    [25, "Bonjour. Votre dossier est prêt.", true],
    [25, "Un. Deux ! Trois ?", false],
    [50, "Un. Deux ! Trois ?", true],
    [50, "Voici les étapes :\n- ouvrir le site\n- cliquer\n- valider", false],
    [70, "Voici les étapes :\n- ouvrir le site\n- cliquer\n- valider", true],
    [90, "Un.", false],
  ])("length at verbosity %i: %j passes = %s", (verbosity, output, pass) => {
    const [check] = checks(load(makePersona({ voice: { verbosity } })), "verbosity");
    expect(runCheck(check as Assertion, output).pass).toBe(pass);
  });

  test("the length check counts sentences as the studio's meter does, on every catalog example", () => {
    const [check] = checks(load(makePersona({ voice: { verbosity: 90 } })), "verbosity");
    for (const dimension of Object.values(CATALOG)) {
      for (const band of dimension.bands) {
        for (const text of [band.example.fr, band.example.en]) {
          const { reason } = runCheck(check as Assertion, text);
          expect(reason).toBe(`${countSentences(text)} sentence(s), expected 7 to 10`);
        }
      }
    }
  });

  test.each([
    [0, "Votre colis est parti.", true],
    [0, "Votre colis est parti 🙂", false],
    [0, "© 2024 Mairie, ™ et ® compris.", true],
    [25, "Bonne journée 🙂", true],
    [25, "Bonne journée 🙂👋", false],
    [70, "📦 Parti, arrive jeudi 👍🏽", true],
    [90, "🎉 Parti 📦 jeudi 🇫🇷", true],
    [90, "🎉 Parti 📦 jeudi 🇫🇷 😊", false],
  ])("emoji at band level %i: %j passes = %s", (emoji, output, pass) => {
    const [check] = checks(load(makePersona({ voice: { emoji } })), "emoji");
    expect(runCheck(check as Assertion, output).pass).toBe(pass);
  });

  test("the emoji check counts as the meter does, and allows what the compiled prompt allows", () => {
    const [check] = checks(load(makePersona({ voice: { emoji: 0 } })), "emoji");
    for (const band of CATALOG.emoji.bands) {
      for (const text of [band.example.fr, band.example.en]) {
        expect(runCheck(check as Assertion, text).reason).toBe(
          `${findEmoji(text).length} emoji, expected at most 0`,
        );
      }
    }
    expect(Object.values(EMOJI_MAX_PER_REPLY)).toEqual([0, 1, 1, 2, 3]);
    expect(compile(makePersona({ voice: { emoji: 0 } })).systemPrompt).toContain(
      "N'utilisez aucun émoji",
    );
  });

  test.each(["fr", "en"] as const)(
    "one llm-rubric per judged dimension, from its band at the persona's level, in %s",
    (language) => {
      const persona = strictPersona(language, "formal");
      const rubrics = load(persona).defaultTest.assert.filter((a) => a.type === "llm-rubric");
      expect(rubrics.map((r) => r.metric)).toEqual([
        "warmth",
        "humor",
        "enthusiasm",
        "register",
        "institutional",
      ]);
      const warmth = rubrics[0]?.value as string;
      // warmth 30: band 1 "Reserved", judged against bands 2 and 0.
      expect(warmth).toContain(CATALOG.warmth.bands[1].description[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[1].example[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[2].name[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[0].name[language]);
      expect(warmth).not.toContain(CATALOG.warmth.bands[3].description[language]);
      expect(warmth).toContain(language === "fr" ? "Critère : Chaleur" : "Criterion: Warmth");
      expect(warmth).toContain("30/100");
      // institutional 90: the top band has only the band below as a neighbour.
      expect(rubrics[4]?.value).toContain(CATALOG.institutional.bands[4].description[language]);
      expect(rubrics[4]?.value).toContain(CATALOG.institutional.bands[3].name[language]);
    },
  );
});

test("the YAML is stable: the same persona gives the same text", () => {
  const persona = awkwardPersona("fr", "informal");
  expect(promptfooConfig(persona, LOCAL)).toBe(promptfooConfig(structuredClone(persona), LOCAL));
});
