/**
 * fast-check arbitraries for what an attacker, a careless tool or a damaged disk hands the
 * readers: valid personas bent at one place (deep nesting, forbidden keys at depth, lone
 * surrogates, byte-order marks, numbers as strings, huge strings, values that are not JSON),
 * texts cut or garbled, and review links damaged in their base64url or their zlib stream.
 */
import * as fc from "fast-check";
import { zlibSync } from "fflate";
import { encodeBase64url } from "../../src/core/review/base64url";
import { stringifyJson } from "../../src/stores/json-text";
import { REVIEW_LINK_PREFIX } from "../../src/core/review/share-link";
import { arbitraryPersona } from "./arbitraries";

type Doc = Record<string, unknown>;

/** A list or an object chain `levels` deep around `leaf`. */
export function nestedValue(levels: number, leaf: unknown, kind: "list" | "object"): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = kind === "list" ? [value] : { k: value };
  return value;
}

/** The same, as text: JSON.stringify overflows long before the deepest levels here. */
export function nestedText(levels: number, leaf: string, kind: "list" | "object"): string {
  return kind === "list"
    ? `${"[".repeat(levels)}${leaf}${"]".repeat(levels)}`
    : `${'{"k":'.repeat(levels)}${leaf}${"}".repeat(levels)}`;
}

/** Depths around the limit (64 under extensions), and far past it. */
const depth = fc.oneof(
  { arbitrary: fc.constantFrom(62, 63, 64, 65, 66), weight: 4 },
  { arbitrary: fc.integer({ min: 1, max: 200 }), weight: 3 },
  { arbitrary: fc.constantFrom(2_000, 2_100, 3_300, 20_000), weight: 1 },
);

const FORBIDDEN = ["__proto__", "constructor", "prototype"] as const;

/** Strings the schema and the meter find awkward. */
export const awkwardString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }), // lone surrogates included
  fc.constantFrom(
    "",
    " ",
    "\t\n",
    "\u00a0\u3000",
    "\ufeff",
    "\ufeffBonjour",
    "\ud800",
    "a\udc00b",
    "😊".repeat(121),
    "50",
    "1e400",
    "-0",
    "null",
    "true",
    "__proto__",
  ),
  fc.integer({ min: 1, max: 9 }).map((n) => "x".repeat(n * 25_000)),
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  awkwardString,
  fc.constantFrom(50, 50.5, -1, 101, 1e308, Number.MAX_SAFE_INTEGER + 2, true, null, [], {}, "50", [
    "a",
    3,
  ]),
);

/** Values no JSON file holds, but code (a card reader, a store) might pass the door. */
const notJson: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1n,
  () => 1,
  Symbol("s"),
  new Date(0),
  new Map([["a", 1]]),
  new Uint8Array(3),
);

/** A path of keys from the document's root to a place in a persona. */
const place = fc.constantFrom<string[]>(
  [],
  ["extensions"],
  ["extensions", "tool"],
  ["extensions", "psydesign.scenarios"],
  ["extensions", "characterCard", "data"],
  ["identity"],
  ["voice"],
  ["lexicon", "avoid"],
  ["guardrails"],
  ["examples"],
);

function at(doc: Doc, path: readonly string[]): Doc {
  let target = doc;
  for (const key of path) {
    const next = target[key];
    if (next === null || typeof next !== "object") target[key] = {};
    target = target[key] as Doc;
  }
  return target;
}

/** One change to a valid persona (as parsed JSON), applied in place. */
type Bend = (doc: Doc) => void;

const bend: fc.Arbitrary<Bend> = fc.oneof(
  // Deep nesting somewhere.
  fc
    .record({
      path: place,
      levels: depth,
      kind: fc.constantFrom("list" as const, "object" as const),
      key: fc.string({ maxLength: 6 }),
    })
    .map(({ path, levels, kind, key }) => (doc: Doc) => {
      at(doc, path)[key || "x"] = nestedValue(levels, 1, kind);
    }),
  // A forbidden key at some depth, as JSON.parse makes it: an own property.
  fc
    .record({
      path: place,
      levels: fc.integer({ min: 0, max: 70 }),
      key: fc.constantFrom(...FORBIDDEN),
    })
    .map(({ path, levels, key }) => (doc: Doc) => {
      const inner: Doc = {};
      Object.defineProperty(inner, key, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      at(doc, path).bent = nestedValue(levels, inner, "list");
    }),
  // Any value, or an awkward string, in place of a field.
  fc
    .record({
      path: place,
      key: fc.constantFrom(
        "name",
        "id",
        "warmth",
        "avoid",
        "assistantName",
        "discloseAI",
        "schemaVersion",
        "format",
        "x",
      ),
      value: anyValue,
    })
    .map(({ path, key, value }) => (doc: Doc) => {
      at(doc, path)[key] = value;
    }),
  // A field removed.
  fc
    .record({
      path: place,
      key: fc.constantFrom("name", "identity", "voice", "extensions", "warmth", "assistantName"),
    })
    .map(({ path, key }) => (doc: Doc) => {
      delete at(doc, path)[key];
    }),
);

/** A persona, as parsed JSON, bent at one to three places. */
export const hostilePersonaJson: fc.Arbitrary<unknown> = fc
  .tuple(arbitraryPersona(), fc.array(bend, { minLength: 1, maxLength: 3 }))
  .map(([persona, bends]) => {
    const doc = JSON.parse(JSON.stringify(persona)) as Doc;
    for (const apply of bends) apply(doc);
    return doc;
  });

/** What code might pass the door: JSON, bent personas, and values no JSON file holds. */
export const hostilePersonaValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostilePersonaJson, weight: 6 },
  {
    arbitrary: fc
      .tuple(hostilePersonaJson, notJson)
      .map(([doc, value]) => ({ ...(doc as Doc), extensions: { v: value } })),
    weight: 1,
  },
  {
    arbitrary: fc.tuple(arbitraryPersona()).map(([persona]) => {
      const loop: Doc = { ...persona, extensions: {} };
      (loop.extensions as Doc).self = loop;
      return loop;
    }),
    weight: 1,
  },
  { arbitrary: fc.oneof(fc.jsonValue(), notJson, fc.constant(undefined)), weight: 1 },
);

/** Text damage: cut, garbled, a BOM, whitespace around, or a deep unclosed opening. */
const damage: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.constant((text: string) => text),
  fc.constant((text: string) => `\ufeff${text}`),
  fc.constant((text: string) => `\n \t${text}\n`),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((f) => (text: string) => text.slice(0, Math.floor(text.length * f))),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ unit: "binary", maxLength: 4 }))
    .map(([f, junk]) => (text: string) => {
      const i = Math.floor(text.length * f);
      return text.slice(0, i) + junk + text.slice(i + junk.length);
    }),
  depth.map((levels) => () => "[".repeat(levels)),
);

/** Persona file texts: bent personas and deep documents, then damaged. */
export const hostilePersonaText: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { arbitrary: hostilePersonaJson.map((doc) => stringifyJson(doc)), weight: 5 },
      {
        arbitrary: fc
          .tuple(arbitraryPersona(), depth, fc.constantFrom("list" as const, "object" as const))
          .map(([persona, levels, kind]) =>
            JSON.stringify(persona).replace(
              /"extensions":\{/,
              `"extensions":{"deep":${nestedText(levels, "1", kind)},`,
            ),
          ),
        weight: 3,
      },
      {
        arbitrary: fc.oneof(awkwardString, fc.string({ unit: "grapheme", maxLength: 80 })),
        weight: 1,
      },
    ),
    damage,
  )
  .map(([text, apply]) => apply(text));

/** A review link fragment: sound, or damaged at any layer (prefix, base64url, zlib, JSON, persona). */
export const hostileFragment: fc.Arbitrary<string> = fc.oneof(
  // A persona text (bent or damaged) packed correctly: the door decides.
  {
    arbitrary: hostilePersonaText.map(
      (text) => REVIEW_LINK_PREFIX + encodeBase64url(zlibSync(new TextEncoder().encode(text))),
    ),
    weight: 4,
  },
  // A sound link, then damaged as text.
  {
    arbitrary: fc
      .tuple(arbitraryPersona(), damage)
      .map(([persona, apply]) =>
        apply(
          REVIEW_LINK_PREFIX +
            encodeBase64url(zlibSync(new TextEncoder().encode(JSON.stringify(persona)))),
        ),
      ),
    weight: 3,
  },
  // Bytes that are not zlib, or zlib of zeros past the size limit.
  {
    arbitrary: fc
      .uint8Array({ maxLength: 200 })
      .map((bytes) => REVIEW_LINK_PREFIX + encodeBase64url(bytes)),
    weight: 2,
  },
  {
    arbitrary: fc
      .integer({ min: 1, max: 3 })
      .map(
        (mb) => REVIEW_LINK_PREFIX + encodeBase64url(zlibSync(new Uint8Array(mb * 1_000_000 + 5))),
      ),
    weight: 1,
  },
  // Text that is not base64url at all, another prefix, or nothing.
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom("", "#", "r1.", "r2.", "#r1.", " r1."),
        fc.string({ unit: "binary", maxLength: 60 }),
      )
      .map(([prefix, body]) => prefix + body),
    weight: 2,
  },
);

/** Feedback files: a sound header around a hostile persona or hostile ratings, then damaged. */
export const hostileFeedbackText: fc.Arbitrary<string> = fc
  .tuple(
    fc.record({
      format: fc.oneof(fc.constant("psydesign-feedback"), awkwardString),
      version: fc.oneof(fc.constant(1), fc.constantFrom(2, "1", 1.5, null)),
      createdAt: fc.oneof(fc.constant("2025-03-01T10:00:00Z"), awkwardString),
      persona: fc.oneof(hostilePersonaJson, arbitraryPersona() as fc.Arbitrary<unknown>),
      runsOn: fc.oneof(fc.constant({ kind: "rehearsal" }), fc.jsonValue({ maxDepth: 2 })),
      ratings: fc.oneof(
        fc.array(
          fc.record({
            reply: anyValue,
            user: anyValue,
            rating: fc.constantFrom("up", "down", null, "meh"),
            comment: anyValue,
          }),
          { maxLength: 3 },
        ),
        anyValue,
      ),
    }),
    fc.option(fc.tuple(depth, fc.constantFrom("list" as const, "object" as const)), {
      nil: undefined,
    }),
    damage,
  )
  .map(([doc, deep, apply]) => {
    const text = stringifyJson(doc);
    const nested = deep
      ? text.replace(/^\{/, `{"deep":${nestedText(deep[0], "1", deep[1])},`)
      : text;
    return apply(nested);
  });

/** What every reader must answer: accepted, or refused with at least one non-empty message. */
export function refusedWithWords(result: {
  ok: boolean;
  problems?: readonly { message: string }[];
}): boolean {
  if (result.ok) return true;
  return (
    (result.problems?.length ?? 0) > 0 &&
    result.problems!.every((p) => typeof p.message === "string" && p.message.trim() !== "")
  );
}
