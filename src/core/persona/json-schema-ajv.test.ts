/**
 * The committed JSON Schema, run by a real validator (ajv, draft 2020-12), gives the door's
 * verdict: on every case of an invalid-file table it can express, and on valid files. The
 * two limits a JSON Schema cannot check are listed with their reason, and the schema's
 * description states them.
 */
import { readdirSync, readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it, test } from "vitest";
import { MAX_EXTENSION_DEPTH, restorePersonaText } from "./restore";
import { NOT_BLANK } from "./schema";

const schema = JSON.parse(
  readFileSync(new URL("../../../public/persona.schema.json", import.meta.url), "utf8"),
) as Record<string, any>;
// Default options, strict mode included: what a tool maker would write.
const validate = new Ajv2020().compile(schema);
const personasDir = new URL("../../../personas/", import.meta.url);
const preset = readFileSync(new URL("tech-support.json", personasDir), "utf8");

type Doc = Record<string, any>;

/** An own property even for "__proto__", as JSON.parse makes it. */
function setOwn(target: Doc, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

/** The preset changed, as file text: both validators read what JSON.parse makes of it. */
function fileWith(change: (doc: Doc) => void): string {
  const doc = JSON.parse(preset) as Doc;
  change(doc);
  return JSON.stringify(doc, null, 2);
}

/** Lists `levels` deep; under `extensions` (the first level) they reach `levels + 1`. */
function nestedList(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** ajv validates by recursion: on a deep enough file it overflows the stack instead of answering. */
function ajvVerdict(value: unknown): boolean | "overflow" {
  try {
    return validate(value);
  } catch (error) {
    if (error instanceof RangeError) return "overflow";
    throw error;
  }
}

const verdicts = (text: string) => ({
  door: restorePersonaText(text).ok,
  ajv: ajvVerdict(JSON.parse(text)),
});
const astral = (count: number) => "😊".repeat(count);

/** Files the door refuses, and the schema must refuse too. */
const INVALID: Array<[string, (doc: Doc) => void]> = [
  ["a name of spaces", (d) => (d.name = "   ")],
  ["a name of tabs and newlines", (d) => (d.name = "\t\r\n")],
  ["a name of no-break spaces", (d) => (d.name = "\u00a0\u202f\u3000")],
  ["a name that is only a byte-order mark", (d) => (d.name = "\ufeff")],
  ["an empty assistant name", (d) => (d.identity.assistantName = "")],
  ["an avoided term of spaces", (d) => d.lexicon.avoid.push("  ")],
  ["an avoided topic of ideographic spaces", (d) => d.guardrails.avoidTopics.push("\u3000\u3000")],
  ["an example message of spaces", (d) => (d.examples[0].user = " \n ")],
  ["extensions.__proto__", (d) => setOwn(d.extensions, "__proto__", { polluted: true })],
  ["extensions.constructor", (d) => (d.extensions.constructor = { prototype: {} })],
  ["extensions.prototype", (d) => (d.extensions.prototype = 1)],
  [
    "a __proto__ key deep inside extensions",
    (d) => (
      (d.extensions.tool = { list: [{ a: {} }] }),
      setOwn(d.extensions.tool.list[0].a, "__proto__", 1)
    ),
  ],
  [
    "a constructor key inside a list in extensions",
    (d) => (d.extensions.tool = [[{ constructor: "x" }]]),
  ],
  ["a __proto__ key at the top", (d) => setOwn(d, "__proto__", {})],
  ["a level above 100", (d) => (d.voice.warmth = 101)],
  ["a fractional level", (d) => (d.voice.humor = 50.5)],
  ["a level as text", (d) => (d.voice.register = "60")],
  ["a missing dimension", (d) => delete d.voice.emoji],
  ["an unknown key", (d) => (d.colour = "blue")],
  ["an unknown language", (d) => (d.language = "de")],
  ["an unknown address form", (d) => (d.address = "tu")],
  ["a newer schemaVersion", (d) => (d.schemaVersion = 3)],
  [
    "trigger words as text",
    (d) => (d.guardrails.topicTriggers = { [d.guardrails.avoidTopics[0]]: "refund" }),
  ],
  [
    "a trigger word of spaces",
    (d) => (d.guardrails.topicTriggers = { [d.guardrails.avoidTopics[0]]: ["  "] }),
  ],
  ["an empty topic as a trigger key", (d) => (d.guardrails.topicTriggers = { "": ["refund"] })],
  ["no topicTriggers", (d) => delete d.guardrails.topicTriggers],
  ["schemaVersion as text", (d) => (d.schemaVersion = "1")],
  ["another format", (d) => (d.format = "tavern.card")],
  ["an id that is not a slug", (d) => (d.id = "Mon Persona")],
  ["an id of 65 characters", (d) => (d.id = "a".repeat(65))],
  ["a name of 121 characters", (d) => (d.name = "x".repeat(121))],
  ["a name of 121 emoji (code points, not UTF-16 units)", (d) => (d.name = astral(121))],
  ["a preferred list that is text", (d) => (d.lexicon.prefer = "démarche")],
  [
    "201 avoided terms",
    (d) => (d.lexicon.avoid = Array.from({ length: 201 }, (_, i) => `term ${i}`)),
  ],
  [
    "51 examples",
    (d) => (d.examples = Array.from({ length: 51 }, () => ({ user: "a", assistant: "b" }))),
  ],
  ["an example with an extra key", (d) => (d.examples[0].role = "x")],
  ["discloseAI as text", (d) => (d.guardrails.discloseAI = "yes")],
  ["extensions as a list", (d) => (d.extensions = [])],
  ["no identity", (d) => delete d.identity],
];

const NO_DEPTH = "depth could only be checked by repeating the value's definition once per level";

/**
 * Files the door refuses for a reason no JSON Schema can check: why, what the schema's
 * description says instead, and what ajv answers (at 2,000 levels it may overflow instead).
 */
const BEYOND_SCHEMA: Array<
  [string, (doc: Doc) => void, string, string, Array<boolean | "overflow">]
> = [
  [
    "content over 1 MB",
    (d) => (d.extensions.notes = "x".repeat(1_000_001)),
    "a JSON Schema cannot count bytes",
    "at most 1 MB",
    [true],
  ],
  [
    "extensions nested 65 levels",
    (d) => (d.extensions.x = nestedList(MAX_EXTENSION_DEPTH)),
    NO_DEPTH,
    "nest at most 64 levels",
    [true],
  ],
  [
    "extensions nested 2,000 levels",
    (d) => (d.extensions.x = nestedList(2_000)),
    NO_DEPTH,
    "nest at most 64 levels",
    [true, "overflow"],
  ],
  [
    "a trigger key that names no avoided topic",
    (d) => (d.guardrails.topicTriggers = { refunds: ["money back"] }),
    "a JSON Schema cannot compare a key with the items of another list",
    "each key of guardrails.topicTriggers is one of guardrails.avoidTopics",
    [true],
  ],
];

/** Files both must accept. */
const VALID: Array<[string, (doc: Doc) => void]> = [
  ["a name of 120 emoji (240 UTF-16 units)", (d) => (d.name = astral(120))],
  ["a name with a zero-width space, which is not whitespace", (d) => (d.name = "\u200b")],
  ["a term with spaces around a word", (d) => d.lexicon.avoid.push("  word  ")],
  [
    "extension keys close to the forbidden ones",
    (d) => (d.extensions = { proto: 1, Constructor: 2, prototypes: [{ __proto: 3 }] }),
  ],
  [
    "extensions nested exactly 64 levels",
    (d) => (d.extensions.x = nestedList(MAX_EXTENSION_DEPTH - 1)),
  ],
  [
    "any JSON in extensions",
    (d) => (d.extensions.tool = { a: [1, "two", null, true, { b: -1.5 }] }),
  ],
  [
    "trigger words for an avoided topic",
    (d) =>
      (d.guardrails.topicTriggers = { [d.guardrails.avoidTopics[0]]: ["money back", "invoice"] }),
  ],
];

describe("ajv with public/persona.schema.json gives the door's verdict", () => {
  it("has a table of at least 25 invalid files", () => {
    expect(INVALID.length + BEYOND_SCHEMA.length).toBeGreaterThanOrEqual(25);
  });

  test.each(INVALID)("refuses %s, as the door does", (_label, change) => {
    expect(verdicts(fileWith(change))).toEqual({ door: false, ajv: false });
  });

  test.each(VALID)("accepts %s, as the door does", (_label, change) => {
    expect(verdicts(fileWith(change))).toEqual({ door: true, ajv: true });
  });

  test.each(readdirSync(personasDir).filter((f) => f.endsWith(".json")))(
    "accepts the preset %s",
    (file) => {
      expect(verdicts(readFileSync(new URL(file, personasDir), "utf8"))).toEqual({
        door: true,
        ajv: true,
      });
    },
  );

  test.each(BEYOND_SCHEMA)(
    "%s: the door refuses; the schema cannot tell (%s) but says so",
    (_label, change, _why, said, ajv) => {
      const verdict = verdicts(fileWith(change));
      expect(verdict.door).toBe(false);
      expect(ajv).toContain(verdict.ajv);
      expect(schema.description).toContain(said);
    },
  );
});

describe("what the schema's words mean", () => {
  it("spells 'not only spaces' as exactly the characters trim() removes", () => {
    const pattern = new RegExp(schema.properties.name.pattern as string, "u");
    expect(pattern.source).toBe(new RegExp(NOT_BLANK.source, "u").source);
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (pattern.test(char) === (char.trim() === ""))
        throw new Error(`U+${code.toString(16)} disagrees with trim()`);
    }
  });

  it("counts lengths in code points in both validators, as docs/persona-format.md says", () => {
    // 120 emoji are 240 UTF-16 units: accepted by both, so neither counts units.
    expect(verdicts(fileWith((d) => (d.name = astral(120))))).toEqual({ door: true, ajv: true });
    expect(verdicts(fileWith((d) => (d.name = astral(121))))).toEqual({ door: false, ajv: false });
    const doc = readFileSync(new URL("../../../docs/persona-format.md", import.meta.url), "utf8");
    expect(doc).toContain("Lengths count Unicode code points");
  });
});
