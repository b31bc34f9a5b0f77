import { describe, expect, it, test } from "vitest";
import {
  restorePersona,
  restorePersonaText,
  personaSizeProblem,
  MAX_PERSONA_BYTES,
  MAX_PERSONA_FILE_BYTES,
} from "./restore";
import { makePersona } from "../../../tests/helpers/make-persona";
import { mutated, problems } from "../../../tests/helpers/restore-problems";

describe("restorePersona: valid input", () => {
  it("accepts a complete persona and returns it unchanged", () => {
    const persona = makePersona({
      description: "Une description",
      greeting: "Bonjour !",
      examples: [{ user: "Salut", assistant: "Bonjour, que puis-je faire pour vous ?" }],
      lexicon: { prefer: ["démarche"], avoid: ["problème"] },
      guardrails: {
        avoidTopics: ["politique"],
        escalation: "Contactez le 3939.",
        discloseAI: true,
      },
    });
    const result = restorePersona(JSON.parse(JSON.stringify(persona)));
    expect(result).toEqual({ ok: true, persona });
  });

  it("keeps arbitrary data under extensions on a round trip", () => {
    const extensions = { "other-tool": { nested: [1, "two", { three: null }] }, flag: true };
    const result = restorePersona(mutated((d) => (d.extensions = extensions)));
    expect(result.ok && result.persona.extensions).toEqual(extensions);
  });

  test.each([0, 19, 20, 50, 99, 100])("accepts voice level %i", (level) => {
    expect(restorePersona(mutated((d) => (d.voice.register = level))).ok).toBe(true);
  });

  it("accepts English with informal address", () => {
    expect(restorePersona(mutated((d) => ((d.language = "en"), (d.address = "informal")))).ok).toBe(
      true,
    );
  });

  it("strips a UTF-8 byte-order mark before parsing text", () => {
    expect(restorePersonaText(`\ufeff${JSON.stringify(makePersona())}`).ok).toBe(true);
  });
});

describe("restorePersona: invalid input names the path and the problem", () => {
  const cases: Array<[string, (d: Record<string, any>) => void, string]> = [
    [
      "a word instead of a level",
      (d) => (d.voice.register = "high"),
      'voice.register: expected an integer from 0 to 100, got "high"',
    ],
    [
      "a level above 100",
      (d) => (d.voice.warmth = 101),
      "voice.warmth: expected an integer from 0 to 100, got 101",
    ],
    [
      "a negative level",
      (d) => (d.voice.emoji = -1),
      "voice.emoji: expected an integer from 0 to 100, got -1",
    ],
    [
      "a fractional level",
      (d) => (d.voice.humor = 50.5),
      "voice.humor: expected an integer from 0 to 100, got 50.5",
    ],
    [
      "a missing dimension",
      (d) => delete d.voice.verbosity,
      "voice.verbosity: is required but missing",
    ],
    ["an unknown dimension", (d) => (d.voice.sarcasm = 3), 'voice.sarcasm: unknown key "sarcasm"'],
    ["an unknown top-level key", (d) => (d.colour = "blue"), 'colour: unknown key "colour"'],
    [
      "an unknown language",
      (d) => (d.language = "de"),
      'language: expected "fr" or "en", got "de"',
    ],
    [
      "an unknown address form",
      (d) => (d.address = "tu"),
      'address: expected "informal" or "formal", got "tu"',
    ],
    ["a missing identity", (d) => delete d.identity, "identity: is required but missing"],
    [
      "an empty assistant name",
      (d) => (d.identity.assistantName = ""),
      "identity.assistantName: must not be empty",
    ],
    ["a blank name", (d) => (d.name = "   "), "name: must not be only spaces"],
    ["an id that is not a slug", (d) => (d.id = "Mon Persona"), "id: expected a slug"],
    [
      "lexicon words that are not text",
      (d) => (d.lexicon.avoid = ["ok", 3]),
      "lexicon.avoid[1]: expected text, got 3",
    ],
    [
      "a lexicon that is not a list",
      (d) => (d.lexicon.prefer = "démarche"),
      "lexicon.prefer: expected a list of words or phrases",
    ],
    [
      "discloseAI as a string",
      (d) => (d.guardrails.discloseAI = "yes"),
      'guardrails.discloseAI: expected true or false, got "yes"',
    ],
    [
      "no topicTriggers in version 2",
      (d) => delete d.guardrails.topicTriggers,
      "guardrails.topicTriggers: is required but missing",
    ],
    [
      "trigger words as a list",
      (d) => (d.guardrails.topicTriggers = ["avocat"]),
      "guardrails.topicTriggers: expected an object mapping avoided topics to lists of words or phrases, got a list",
    ],
    [
      "a trigger key that names no avoided topic",
      (d) => (
        (d.guardrails.avoidTopics = ["conseil juridique"]),
        (d.guardrails.topicTriggers = { "Conseil juridique": ["avocat"] })
      ),
      'guardrails.topicTriggers["Conseil juridique"]: names no avoided topic: each key must be one of avoidTopics, exactly as written there',
    ],
    [
      "an empty trigger key",
      (d) => (d.guardrails.topicTriggers = { "": ["avocat"] }),
      'guardrails.topicTriggers[""]: the key "" is not allowed: must not be empty',
    ],
    [
      "a blank trigger word",
      (d) => (
        (d.guardrails.avoidTopics = ["politique"]),
        (d.guardrails.topicTriggers = { politique: [" "] })
      ),
      "guardrails.topicTriggers.politique[0]: must not be only spaces",
    ],
    [
      "an example missing its reply",
      (d) => (d.examples = [{ user: "Bonjour" }]),
      "examples[0].assistant: is required but missing",
    ],
    [
      "an example with an extra key",
      (d) => (d.examples = [{ user: "a", assistant: "b", role: "x" }]),
      'examples[0].role: unknown key "role"',
    ],
    [
      "extensions as a list",
      (d) => (d.extensions = []),
      "extensions: expected an object, got a list",
    ],
    ["a name too long", (d) => (d.name = "x".repeat(121)), "name: expected at most 120 characters"],
    [
      "another format",
      (d) => (d.format = "tavern.card"),
      'format: expected "psydesign.persona", got "tavern.card"',
    ],
    [
      "no schemaVersion",
      (d) => delete d.schemaVersion,
      "schemaVersion: expected a whole number, got nothing",
    ],
  ];

  test.each(cases)("%s", (_label, change, expected) => {
    const result = restorePersona(mutated(change));
    expect(result.ok).toBe(false);
    expect(problems(result).some((line) => line.startsWith(expected))).toBe(true);
  });

  it("reports every problem at once, not only the first", () => {
    const result = restorePersona(
      mutated((d) => ((d.voice.warmth = "x"), (d.address = "vous"), (d.extra = 1))),
    );
    expect(problems(result).map((line) => line.split(":")[0])).toEqual(
      expect.arrayContaining(["voice.warmth", "address", "extra"]),
    );
  });

  it("explains a newer schemaVersion instead of listing unknown fields", () => {
    const result = restorePersona(mutated((d) => ((d.schemaVersion = 3), (d.mood = "new field"))));
    expect(problems(result)).toEqual([
      expect.stringContaining("made by a newer version of Psydesign Studio (schemaVersion 3)"),
    ]);
  });

  test.each(["__proto__", "constructor", "prototype"])("refuses a %s key anywhere", (key) => {
    const text = JSON.stringify(makePersona()).replace(
      '"extensions":{}',
      `"extensions":{"a":[{"${key}":{"polluted":true}}]}`,
    );
    const result = restorePersonaText(text);
    expect(problems(result)).toEqual([`extensions.a[0].${key}: the key "${key}" is not allowed`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each([
    ["null", null, "expected a persona object, got null"],
    ["a list", [], "expected a persona object, got a list"],
    ["a number", 42, "expected a persona object, got 42"],
  ])("refuses %s as a document", (_label, value, message) => {
    expect(problems(restorePersona(value))).toEqual([message]);
  });
});

/** A version 1 file: no trigger words, as the studio wrote them before version 2. */
const v1 = () =>
  mutated(
    (d) => (
      (d.schemaVersion = 1),
      delete d.guardrails.topicTriggers,
      (d.guardrails.avoidTopics = ["politique"])
    ),
  );

describe("restorePersona: migrations", () => {
  it("opens a version 1 file as version 2, with no trigger words, and says it migrated", () => {
    const result = restorePersona(v1());
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(result.ok && result.persona.schemaVersion).toBe(2);
    expect(result.ok && result.persona.guardrails).toEqual({
      avoidTopics: ["politique"],
      topicTriggers: {},
      discloseAI: true,
    });
  });

  it("leaves a version 1 file's problems to the schema, named as before", () => {
    expect(problems(restorePersona({ ...v1(), guardrails: "none" }))).toEqual([
      expect.stringMatching(/^guardrails: .*got "none"$/),
    ]);
    expect(
      problems(
        restorePersona(mutated((d) => ((d.schemaVersion = 1), (d.guardrails.discloseAI = 1)))),
      ),
    ).toEqual(["guardrails.discloseAI: expected true or false, got 1"]);
  });
});

describe("restorePersonaText", () => {
  it("reports a syntax error in plain words", () => {
    expect(problems(restorePersonaText('{"format": '))[0]).toMatch(/^not valid JSON \(/);
  });

  it("reports an empty file", () => {
    expect(problems(restorePersonaText("  \n"))).toEqual(["the file is empty"]);
  });

  it("refuses text over the file size limit before parsing it", () => {
    const huge = `"${"x".repeat(MAX_PERSONA_FILE_BYTES)}"`;
    expect(problems(restorePersonaText(huge))).toEqual([
      "the file is larger than 4 MB; a persona file never is",
    ]);
  });

  it("counts the persona's content, not the file's indentation, against the 1 MB limit", () => {
    // 1.6 MB of text, 0.4 MB of content: the indentation is whitespace, not data.
    const persona = makePersona({
      extensions: { notes: Array.from({ length: 40_000 }, (_, i) => [i % 10]) },
    });
    const indented = JSON.stringify(persona, null, 8);
    expect(indented.length).toBeGreaterThan(MAX_PERSONA_BYTES);
    expect(restorePersonaText(indented)).toEqual({ ok: true, persona });
  });

  it("refuses a persona whose compact JSON passes 1 MB, however it is written", () => {
    const persona = makePersona({ extensions: { notes: "é".repeat(MAX_PERSONA_BYTES / 2) } });
    const message =
      "the persona holds more than 1 MB of data (counted as compact JSON, without spaces); a persona never does";
    expect(problems(restorePersonaText(JSON.stringify(persona)))).toEqual([message]);
    expect(personaSizeProblem(persona)?.message).toBe(message);
    expect(personaSizeProblem(makePersona())).toBeUndefined();
  });
});

/** `extensions.x` holding a list `levels` deep: `extensions` is level 1, so the list's top is level 2. */
