import { readFileSync, readdirSync } from "node:fs";
import * as fc from "fast-check";
import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { arbitraryPersona } from "../../../tests/helpers/arbitraries";
import { makePersona } from "../../../tests/helpers/make-persona";
import { restorePersona } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { adler32 } from "./adler32";
import { sameValue } from "./persona-diff";
import { decodeBase64url, encodeBase64url } from "./base64url";
import {
  REVIEW_LINK_PREFIX,
  decodeReviewFragment,
  encodeReviewFragment,
  reviewLinkLength,
} from "./share-link";

const DIR = new URL("../../../personas/", import.meta.url);
const PRESETS: [string, Persona][] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .toSorted()
  .map((file) => {
    const result = restorePersona(JSON.parse(readFileSync(new URL(file, DIR), "utf8")));
    if (!result.ok) throw new Error(`${file} is not a valid persona`);
    return [file, result.persona];
  });

const BASE = "https://studio.example.org/review.html";
const bytesOf = (text: string) => new TextEncoder().encode(text);
const fragmentOf = (bytes: Uint8Array) => REVIEW_LINK_PREFIX + encodeBase64url(zlibSync(bytes));
/** A valid persona made from arbitrary data (the arbitrary may produce forbidden extension keys). */
const validPersona = arbitraryPersona()
  .map((raw) => restorePersona(JSON.parse(JSON.stringify(raw))))
  .filter((r) => r.ok)
  .map((r) => (r as { persona: Persona }).persona);

describe("base64url", () => {
  it("matches Node's encoder and decodes back, for any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it.each([
    ["a stray character", "AB+C"],
    ["padding", "QQ=="],
    ["a lone last character", "QUJDR"],
    ["non-zero unused bits", "QR"],
    ["a space", "QU JD"],
  ])("refuses %s", (_, text) => {
    expect(decodeBase64url(text)).toBeUndefined();
  });
});

describe("adler32", () => {
  it("gives RFC 1950's checksum", () => {
    expect(adler32(bytesOf("Wikipedia"))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
    // Longer than zlib's NMAX block of 5552 bytes, all 0xff: the worst case for overflow.
    const heavy = new Uint8Array(20_000).fill(255);
    expect(adler32(heavy)).toBe(adler32Reference(heavy));
  });
});

function adler32Reference(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

describe("review links", () => {
  it("carry any valid persona and give it back unchanged", () => {
    fc.assert(
      fc.property(validPersona, (persona) => {
        const fragment = encodeReviewFragment(persona);
        expect(fragment).toMatch(/^r1\.[A-Za-z0-9_-]+$/);
        const decoded = decodeReviewFragment(`#${fragment}`);
        expect(decoded).toEqual({ ok: true, persona: JSON.parse(JSON.stringify(persona)) });
      }),
      { numRuns: 150 },
    );
  });

  it("are read by any zlib: the fragment is standard zlib data in base64url", async () => {
    const { inflateSync } = await import("node:zlib");
    const persona = makePersona({ name: "Élise — « test »" });
    const body = encodeReviewFragment(persona).slice(REVIEW_LINK_PREFIX.length);
    expect(JSON.parse(inflateSync(Buffer.from(body, "base64url")).toString("utf8"))).toEqual(
      persona,
    );
  });

  it.each(PRESETS)("of the preset %s round-trip and stay short", (_, persona) => {
    const fragment = encodeReviewFragment(persona);
    expect(decodeReviewFragment(fragment)).toEqual({ ok: true, persona });
    const length = reviewLinkLength(persona, BASE);
    expect(length).toBe(`${BASE}#${fragment}`.length);
    // Measured at 1,734 to 2,500 characters with this base URL (docs/review-mode.md).
    expect(length).toBeLessThan(3_000);
  });

  it("count the base URL without any fragment it already has", () => {
    const persona = makePersona();
    expect(reviewLinkLength(persona, `${BASE}#old`)).toBe(reviewLinkLength(persona, BASE));
  });
});

describe("a link that is not a good review link", () => {
  const persona = makePersona();
  const fragment = encodeReviewFragment(persona);

  it.each([
    ["", "empty"],
    ["#", "empty"],
    ["   ", "empty"],
    ["#section-2", "not-a-review-link"],
    ["r2.AAAA", "not-a-review-link"],
    ["r1.", "corrupt"],
    ["r1.!!!!", "corrupt"],
    ["r1.AAAAAAAAAAAA", "corrupt"],
    [fragment.slice(0, -12), "corrupt"],
    [fragment.slice(0, 40), "corrupt"],
    [`${fragment}A`, "corrupt"],
    [REVIEW_LINK_PREFIX + encodeBase64url(bytesOf("not zlib at all, just text")), "corrupt"],
    [fragmentOf(bytesOf("{ not json")), "corrupt"],
    [fragmentOf(new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])), "corrupt"],
    [
      fragmentOf(bytesOf(JSON.stringify({ ...persona, voice: { ...persona.voice, warmth: 101 } }))),
      "invalid-persona",
    ],
    [fragmentOf(bytesOf("[]")), "invalid-persona"],
  ])("%j is reported as %s", (text, problem) => {
    const result = decodeReviewFragment(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe(problem);
  });

  it("says what the persona door found in an invalid persona", () => {
    const result = decodeReviewFragment(
      fragmentOf(bytesOf(JSON.stringify({ ...persona, address: "yo" }))),
    );
    expect(result).toMatchObject({
      ok: false,
      problem: "invalid-persona",
      details: [{ path: "address" }],
    });
  });

  it("whose data is swapped for another's keeps a checksum that no longer matches", () => {
    const other = zlibSync(bytesOf(JSON.stringify({ ...persona, name: "Other name" })));
    const mine = zlibSync(bytesOf(JSON.stringify(persona)));
    const spliced = new Uint8Array([...other.subarray(0, -4), ...mine.subarray(-4)]);
    expect(decodeReviewFragment(REVIEW_LINK_PREFIX + encodeBase64url(spliced))).toEqual({
      ok: false,
      problem: "corrupt",
    });
  });

  it("edited by one character is refused, or (when only ignored bits moved) still gives the same persona", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        (at, char) => {
          const index =
            REVIEW_LINK_PREFIX.length + (at % (fragment.length - REVIEW_LINK_PREFIX.length));
          const edited = fragment.slice(0, index) + char + fragment.slice(index + 1);
          const result = decodeReviewFragment(edited);
          // Garbled deflate codes may also unpack to something huge: that is refused as too large.
          const outcome = result.ok
            ? sameValue(result.persona, persona)
              ? "same persona"
              : "another persona"
            : result.problem;
          expect(["same persona", "corrupt", "too-large"]).toContain(outcome);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => REVIEW_LINK_PREFIX + s),
          fc.uint8Array().map(fragmentOf),
        ),
        (text) => {
          expect(() => decodeReviewFragment(text)).not.toThrow();
        },
      ),
    );
  });

  it("that unpacks to more than a persona can be (a zip bomb) stops early as too large", () => {
    const bomb = fragmentOf(new Uint8Array(50_000_000).fill(0x20));
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    expect(decodeReviewFragment(bomb)).toEqual({ ok: false, problem: "too-large" });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("longer than any persona could compress to is too large before it is decoded", () => {
    expect(decodeReviewFragment(REVIEW_LINK_PREFIX + "A".repeat(1_500_000))).toEqual({
      ok: false,
      problem: "too-large",
    });
  });
});

describe("a link holding a persona nested too deep", () => {
  it.each([2_100, 100_000])("at %i levels is a problem to show, not an exception", (levels) => {
    // Written by hand: JSON.stringify itself overflows on the deepest.
    const text = JSON.stringify(makePersona()).replace(
      '"extensions":{}',
      `"extensions":{"x":${"[".repeat(levels)}1${"]".repeat(levels)}}`,
    );
    const result = decodeReviewFragment(fragmentOf(bytesOf(text)));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe("invalid-persona");
    expect(!result.ok && result.details?.map((d) => d.path)).toEqual([
      `extensions.x${"[0]".repeat(63)}`,
    ]);
  });
});
