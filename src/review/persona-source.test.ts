import { describe, expect, it } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { scriptSafeJson } from "../core/review/review-page";
import { encodeReviewFragment } from "../core/review/share-link";
import { readReviewSource, reviewLanguage } from "./persona-source";

const persona = makePersona({ name: "Embedded </script>" });

describe("readReviewSource", () => {
  it("reads the persona written into the page before any fragment", () => {
    const other = makePersona({ id: "other" });
    expect(readReviewSource(scriptSafeJson(persona), `#${encodeReviewFragment(other)}`)).toEqual({
      ok: true,
      persona,
    });
  });

  it("reads the link's fragment when the page holds none", () => {
    expect(readReviewSource(null, `#${encodeReviewFragment(persona)}`)).toEqual({
      ok: true,
      persona,
    });
    expect(readReviewSource("  \n ", `#${encodeReviewFragment(persona)}`)).toEqual({
      ok: true,
      persona,
    });
  });

  it("reports a page or a link without a good persona", () => {
    expect(readReviewSource(null, "")).toEqual({ ok: false, problem: "empty" });
    expect(readReviewSource("{ broken", "")).toEqual({ ok: false, problem: "corrupt" });
    expect(readReviewSource(JSON.stringify({ ...persona, address: "yo" }), "")).toMatchObject({
      ok: false,
      problem: "invalid-persona",
      details: [{ path: "address" }],
    });
  });
});

describe("reviewLanguage", () => {
  it.each([
    ["?lang=en", "fr", ["fr-FR"], "en"],
    ["?lang=de", "fr", ["en-US"], "fr"],
    ["", "en", ["fr-FR"], "en"],
    ["", undefined, ["de-DE", "fr-CA"], "fr"],
    ["", undefined, ["de-DE"], "en"],
  ] as const)(
    "search %j, persona %s, browser %j: %s",
    (search, personaLanguage, preferred, expected) => {
      expect(reviewLanguage(search, personaLanguage, preferred)).toBe(expected);
    },
  );
});
