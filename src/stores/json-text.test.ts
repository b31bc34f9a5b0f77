import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyJson } from "./json-text";

describe("stringifyJson", () => {
  it("writes what JSON.stringify writes (property, seeded)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(stringifyJson(value)).toBe(JSON.stringify(value));
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it("writes data far deeper than JSON.stringify reaches, as JSON.parse reads it", () => {
    const text = `{"a":${"[".repeat(200_000)}{"b":[1,"x",null,true]}${"]".repeat(200_000)},"c":{}}`;
    const value = JSON.parse(text) as unknown;
    expect(() => JSON.stringify(value)).toThrow(RangeError);
    expect(stringifyJson(value)).toBe(text);
  });

  it("leaves out undefined fields and writes undefined items as null, as JSON.stringify does", () => {
    let deep: unknown = { keep: 1, drop: undefined, list: [undefined] };
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(stringifyJson(deep)).toBe(
      `${"[".repeat(200_000)}{"keep":1,"list":[null]}${"]".repeat(200_000)}`,
    );
  });
});
