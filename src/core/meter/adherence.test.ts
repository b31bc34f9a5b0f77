import { describe, expect, test } from "vitest";
import type { BandIndex } from "../persona/bands";
import { blankPersona } from "../persona/blank";
import type { DimensionId } from "../persona/constants";
import type { Persona } from "../persona/schema";
import { adherence } from "./adherence";
import type { AddressReading, Measurement, Reading } from "./types";

const reading = (band: BandIndex): Reading => ({ score: band * 20 + 10, band, evidence: [] });

/** A measurement in the given bands, addressing nobody, with no lexicon hits: written by hand, not by analyze(). */
function measured(
  bands: Partial<Record<DimensionId, BandIndex>> = {},
  address: AddressReading = "none",
  avoided: string[] = [],
): Measurement {
  const band = (id: DimensionId): BandIndex => bands[id] ?? 2;
  return {
    language: "fr",
    formality: reading(band("register")),
    address: { form: address, evidence: [] },
    warmth: reading(band("warmth")),
    enthusiasm: reading(band("enthusiasm")),
    humor: reading(band("humor")),
    institutional: reading(band("institutional")),
    length: { sentences: 3, words: 40, band: band("verbosity") },
    emoji: { count: 0, band: band("emoji"), evidence: [] },
    readability: { score: 60, formula: "kandel-moles" },
    lexicon: {
      avoided: avoided.map((term) => ({
        term,
        spans: [{ start: 0, end: term.length, cue: "avoided" }],
      })),
      preferred: [],
    },
  };
}

/** Every slider at 50 (band 2), formal address, "bisous" avoided. */
function persona(overrides: Partial<Persona> = {}): Persona {
  const base = blankPersona("fr", "test");
  return {
    ...base,
    voice: {
      warmth: 50,
      humor: 50,
      enthusiasm: 50,
      register: 50,
      institutional: 50,
      verbosity: 50,
      emoji: 50,
    },
    lexicon: { prefer: [], avoid: ["bisous"] },
    ...overrides,
  };
}

const find = (result: ReturnType<typeof adherence>, dimension: string) =>
  result.dimensions.find((d) => d.dimension === dimension);

function withEmoji(emoji: number): Persona {
  return persona({ voice: { ...persona().voice, emoji } });
}

describe("adherence", () => {
  test("a reply in every target band keeps every dimension and scores 100", () => {
    const result = adherence(measured(), persona());
    expect(result.dimensions.map((d) => d.dimension)).toEqual([
      "warmth",
      "humor",
      "enthusiasm",
      "register",
      "institutional",
      "verbosity",
      "emoji",
      "address",
      "lexicon",
    ]);
    expect(result.dimensions.every((d) => d.ok)).toBe(true);
    expect(result.score).toBe(100);
  });

  // Each slider dimension, target band 2: one band off is within tolerance, two is a drift.
  const sliders: DimensionId[] = [
    "warmth",
    "enthusiasm",
    "register",
    "institutional",
    "verbosity",
    "emoji",
  ];
  test.each(
    sliders.flatMap(
      (id) =>
        [
          [id, 3, true],
          [id, 1, true],
          [id, 4, false],
          ...(id === "emoji" ? [] : [[id, 0, false]]),
        ] as [DimensionId, BandIndex, boolean][],
    ),
  )("%s measured in band %i against band 2: ok %s", (id, band, ok) => {
    const result = adherence(measured({ [id]: band }), persona());
    expect(find(result, id)).toMatchObject({
      target: "2",
      measured: String(band),
      ok,
      hard: false,
    });
    expect(result.score).toBe(ok ? 100 : Math.round((100 * 10) / 11));
  });

  test("humor is optional: any amount below the target is fine, more than a band above is a drift", () => {
    expect(find(adherence(measured({ humor: 0 }), persona()), "humor")?.ok).toBe(true);
    expect(find(adherence(measured({ humor: 3 }), persona()), "humor")?.ok).toBe(true);
    expect(find(adherence(measured({ humor: 4 }), persona()), "humor")?.ok).toBe(false);
  });

  test("emoji up to Occasional may rest for a reply; from Regular up, a reply without any drifts", () => {
    expect(find(adherence(measured({ emoji: 0 }), withEmoji(50)), "emoji")?.ok).toBe(true);
    expect(find(adherence(measured({ emoji: 0 }), withEmoji(30)), "emoji")?.ok).toBe(true);
    expect(find(adherence(measured({ emoji: 0 }), withEmoji(70)), "emoji")?.ok).toBe(false);
    expect(find(adherence(measured({ emoji: 0 }), withEmoji(90)), "emoji")?.ok).toBe(false);
    // The rest is for replies without emoji only: too many is still a drift.
    expect(find(adherence(measured({ emoji: 4 }), withEmoji(50)), "emoji")?.ok).toBe(false);
  });

  test("register is read from the formality reading, verbosity from the length band", () => {
    const target = persona({ voice: { ...persona().voice, register: 90, verbosity: 5 } });
    const result = adherence(measured({ register: 4, verbosity: 0 }), target);
    expect(find(result, "register")).toMatchObject({ target: "4", measured: "4", ok: true });
    expect(find(result, "verbosity")).toMatchObject({ target: "0", measured: "0", ok: true });
  });

  test.each([
    ["formal", "formal", true],
    ["formal", "none", true],
    ["formal", "informal", false],
    ["formal", "mixed", false],
    ["informal", "informal", true],
    ["informal", "formal", false],
  ] as const)("address is a hard rule: persona %s, reply %s → ok %s", (target, form, ok) => {
    const result = adherence(measured({}, form), persona({ address: target }));
    expect(find(result, "address")).toEqual({
      dimension: "address",
      target,
      measured: form,
      ok,
      hard: true,
    });
    // 7 sliders weigh 1, the two hard rules 2: a broken hard rule costs 2 of 11.
    expect(result.score).toBe(ok ? 100 : Math.round((100 * 9) / 11));
  });

  test("one avoided word is a drift, and names the word", () => {
    const result = adherence(measured({}, "none", ["bisous"]), persona());
    expect(find(result, "lexicon")).toMatchObject({
      ok: false,
      hard: true,
      measured: "avoided: bisous",
    });
    expect(result.score).toBe(82);
  });

  test("an avoided term listed with no spans is not a drift", () => {
    const m = measured();
    m.lexicon.avoided = [{ term: "bisous", spans: [] }];
    expect(find(adherence(m, persona()), "lexicon")?.ok).toBe(true);
  });

  test("everything off: only the dimensions within tolerance count", () => {
    const result = adherence(
      measured(
        {
          warmth: 0,
          humor: 4,
          enthusiasm: 4,
          register: 0,
          institutional: 4,
          verbosity: 0,
          emoji: 4,
        },
        "mixed",
        ["bisous"],
      ),
      persona(),
    );
    expect(result.dimensions.filter((d) => d.ok)).toEqual([]);
    expect(result.score).toBe(0);
  });
});
