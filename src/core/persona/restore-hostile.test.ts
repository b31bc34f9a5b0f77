/**
 * Hostile structures a persona file or a stored library may hold: nesting past any real
 * persona, and values no JSON text can make (from storage or another program's objects).
 */
import { describe, expect, it, test } from "vitest";
import { restorePersona, restorePersonaText, MAX_EXTENSION_DEPTH } from "./restore";
import { makePersona } from "../../../tests/helpers/make-persona";
import { mutated, problems } from "../../../tests/helpers/restore-problems";

function nestedText(levels: number): string {
  const inner = levels - 1;
  return JSON.stringify(makePersona()).replace(
    '"extensions":{}',
    `"extensions":{"x":${"[".repeat(inner)}1${"]".repeat(inner)}}`,
  );
}

const tooDeep = (path: string) =>
  `${path}: nested deeper than ${MAX_EXTENSION_DEPTH} levels: objects and lists may nest at most ` +
  `${MAX_EXTENSION_DEPTH} levels deep under "extensions", which is itself the first level`;

describe("deep nesting", () => {
  it("accepts extensions nested exactly 64 levels, extensions itself the first", () => {
    const result = restorePersonaText(nestedText(MAX_EXTENSION_DEPTH));
    expect(result.ok).toBe(true);
  });

  test.each([65, 2_000, 3_300, 100_000])(
    "refuses %i levels with the path and the limit, without throwing",
    (levels) => {
      const text = nestedText(levels);
      const path = `extensions.x${"[0]".repeat(MAX_EXTENSION_DEPTH - 1)}`;
      expect(problems(restorePersonaText(text))).toEqual([tooDeep(path)]);
      expect(problems(restorePersona(JSON.parse(text)))).toEqual([tooDeep(path)]);
    },
  );

  it("refuses deep objects as well as deep lists, and deep values outside extensions", () => {
    let value: unknown = {};
    for (let i = 0; i < 5_000; i++) value = { a: value };
    expect(
      problems(
        restorePersona(mutated((d) => (d.extensions = value as Record<string, unknown>))),
      )[0],
    ).toMatch(/^extensions(\.a){64}: nested deeper than 64 levels/);
    expect(problems(restorePersona(mutated((d) => (d.voice = value))))[0]).toMatch(
      /^voice(\.a){64}: nested deeper/,
    );
  });

  it("finds a forbidden key hidden in a wide, deep extension", () => {
    const wide = Array.from({ length: 1_000 }, (_, i) => ({ ok: [[[i]]] }));
    const text = JSON.stringify(mutated((d) => (d.extensions = { wide })));
    expect(restorePersonaText(text).ok).toBe(true);
    const hidden = text.replace("[[[999]]]", '[[[{"__proto__":{"polluted":true}}]]]');
    expect(problems(restorePersonaText(hidden))).toEqual([
      'extensions.wide[999].ok[0][0][0].__proto__: the key "__proto__" is not allowed',
    ]);
  });
});

describe("values that did not come from JSON", () => {
  test.each([
    ["a bigint", 1n, "extensions.v: a bigint is not a JSON value"],
    ["a function", () => 1, "extensions.v: a function is not a JSON value"],
    ["NaN", Number.NaN, "extensions.v: NaN is not a JSON number"],
    ["a date", new Date(0), "extensions.v: is not a JSON value"],
    ["a map", new Map(), "extensions.v: is not a JSON value"],
  ])("refuses %s", (_label, value, message) => {
    expect(problems(restorePersona(mutated((d) => (d.extensions = { v: value }))))).toEqual([
      message,
    ]);
  });

  it("refuses an object that contains itself, by its depth", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(problems(restorePersona(mutated((d) => (d.extensions = loop))))[0]).toMatch(
      /^extensions(\.self){64}: nested deeper/,
    );
  });

  it("reports a value that throws when read instead of throwing", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys for you");
        },
      },
    );
    expect(problems(restorePersona(mutated((d) => (d.extensions = hostile))))).toEqual([
      "could not be read (Error: no keys for you)",
    ]);
  });
});
