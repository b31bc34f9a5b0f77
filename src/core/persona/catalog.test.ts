import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bandIndex } from "./bands";
import { CATALOG, VERBOSITY_SENTENCES, bandOf, dimensions, type LocalText } from "./catalog";
import { DIMENSION_IDS } from "./schema";

const ALL = dimensions();

/** Every text of a dimension with a readable location, for table-driven checks. */
function textsOf(id: (typeof DIMENSION_IDS)[number]): Array<[where: string, text: LocalText]> {
  const d = CATALOG[id];
  const out: Array<[string, LocalText]> = [
    [`${id}.label`, d.label],
    [`${id}.poles.low`, d.poles.low],
    [`${id}.poles.high`, d.poles.high],
  ];
  d.bands.forEach((b, i) => {
    out.push([`${id}.bands[${i}].name`, b.name]);
    out.push([`${id}.bands[${i}].description`, b.description]);
    out.push([`${id}.bands[${i}].example`, b.example]);
  });
  return out;
}
const ALL_TEXTS = DIMENSION_IDS.flatMap(textsOf);

/** Sentences end with . ! ? (or an emoji run after one) followed by a space or the end. */
function countSentences(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/u)
    .filter((s) => s.trim() !== "").length;
}

const TU = /(?<![\p{L}\p{N}])(?:tu|te|toi|ton|ta|tes)(?![\p{L}\p{N}])|(?<![\p{L}])t['’]/iu;
const VOUS = /(?<![\p{L}\p{N}])(?:vous|votre|vos)(?![\p{L}\p{N}])/iu;

describe("dimension catalog", () => {
  it("lists every dimension once, in DIMENSION_IDS order, under its own id", () => {
    expect(ALL.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    for (const id of DIMENSION_IDS) expect(CATALOG[id].id).toBe(id);
  });

  it.each(ALL.map((d) => [d.id, d] as const))("%s has five bands", (_id, d) => {
    expect(d.bands).toHaveLength(5);
  });

  it.each(ALL_TEXTS)("%s is written in both languages", (_where, text) => {
    expect(text.en.trim()).not.toBe("");
    expect(text.fr.trim()).not.toBe("");
    expect(text.en).toBe(text.en.trim());
    expect(text.fr).toBe(text.fr.trim());
  });

  it.each(ALL.map((d) => [d.id, d] as const))("%s has no duplicate band names", (_id, d) => {
    for (const lang of ["en", "fr"] as const) {
      const names = d.bands.map((b) => b.name[lang].toLowerCase());
      expect(new Set(names).size, `${lang} names: ${names.join(", ")}`).toBe(5);
    }
  });

  // The UI uses the English labels as the sliders' accessible names.
  it.each([
    ["warmth", "Warmth", "Chaleur"],
    ["humor", "Humor", "Humour"],
    ["enthusiasm", "Enthusiasm", "Enthousiasme"],
    ["register", "Register", "Registre"],
    ["institutional", "Institutional language", "Langage institutionnel"],
    ["verbosity", "Verbosity", "Longueur"],
    ["emoji", "Emoji", "Émojis"],
  ] as const)("%s is labelled %s / %s", (id, en, fr) => {
    expect(CATALOG[id].label).toEqual({ en, fr });
  });
});

describe("bandOf", () => {
  it.each([
    [0, 0],
    [19, 0],
    [20, 1],
    [39, 1],
    [40, 2],
    [59, 2],
    [60, 3],
    [79, 3],
    [80, 4],
    [100, 4],
  ] as const)("level %i falls in band %i", (level, band) => {
    expect(bandIndex(level)).toBe(band);
    for (const id of DIMENSION_IDS) expect(bandOf(id, level)).toBe(CATALOG[id].bands[band]);
  });

  it("reads the register bands as Joos's five clocks", () => {
    expect([10, 30, 50, 70, 90].map((level) => bandOf("register", level).name.en)).toEqual([
      "Intimate",
      "Casual",
      "Consultative",
      "Formal",
      "Frozen",
    ]);
  });
});

describe("verbosity", () => {
  const bands = [0, 1, 2, 3, 4] as const;

  it("sentence ranges start at one sentence and never run backwards", () => {
    expect(VERBOSITY_SENTENCES[0]).toEqual([1, 1]);
    for (const b of bands)
      expect(VERBOSITY_SENTENCES[b][0]).toBeLessThanOrEqual(VERBOSITY_SENTENCES[b][1]);
  });

  // Adjacent ranges touch or overlap by one sentence: no length falls between two bands.
  it.each([1, 2, 3, 4] as const)("band %i continues where the band below stops", (b) => {
    const [min, max] = VERBOSITY_SENTENCES[b];
    const [prevMin, prevMax] = VERBOSITY_SENTENCES[(b - 1) as 0 | 1 | 2 | 3];
    expect(min).toBeGreaterThanOrEqual(prevMin);
    expect(min).toBeLessThanOrEqual(prevMax + 1);
    expect(max).toBeGreaterThan(prevMax);
  });

  it.each(bands.flatMap((b) => (["en", "fr"] as const).map((lang) => [b, lang] as const)))(
    "band %i example (%s) has a sentence count within its range",
    (b, lang) => {
      const [min, max] = VERBOSITY_SENTENCES[b];
      const count = countSentences(CATALOG.verbosity.bands[b].example[lang]);
      expect(count).toBeGreaterThanOrEqual(min);
      expect(count).toBeLessThanOrEqual(max);
    },
  );
});

describe("French texts", () => {
  // One convention everywhere: U+202F NARROW NO-BREAK SPACE before ; : ! ? and inside « ».
  it.each(ALL_TEXTS)("%s follows French typography", (_where, { fr }) => {
    expect(fr).not.toMatch(/\u00a0/u);
    expect(fr).not.toMatch(/[^\u202f][;:!?]/u);
    expect(fr).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
  });

  it.each(ALL_TEXTS)("%s has no French spacing in English", (_where, { en }) => {
    expect(en).not.toMatch(/[\s\u202f][;:!?]/u);
  });

  // Address is its own setting: examples say "vous" except where Joos's intimate and
  // casual registers make "tu" the natural form.
  const examples = ALL.flatMap((d) =>
    d.bands.map((b, i) => [`${d.id}[${i}]`, b.example.fr] as const),
  );
  const casual = new Set(["register[0]", "register[1]"]);

  it.each(examples.filter(([where]) => casual.has(where)))(
    "%s example says tu",
    (_where, example) => {
      expect(example).toMatch(TU);
      expect(example).not.toMatch(VOUS);
    },
  );

  it.each(examples.filter(([where]) => !casual.has(where)))(
    "%s example never says tu",
    (_where, example) => {
      expect(example).not.toMatch(TU);
    },
  );
});

describe("docs/persona-format.md", () => {
  const doc = readFileSync(new URL("../../../docs/persona-format.md", import.meta.url), "utf8");

  it.each(ALL.flatMap((d) => d.bands.map((b, i) => [`${d.id}[${i}]`, b] as const)))(
    "describes band %s as the catalog does",
    (_where, band) => {
      expect(doc).toContain(band.name.en);
      expect(doc).toContain(band.description.en);
      expect(doc).toContain(band.example.en);
    },
  );
});
