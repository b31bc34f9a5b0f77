/**
 * The offline rehearsal engine, measured by the meter, matches its persona: the address
 * form is never the other one, no emoji at the lowest emoji band, formality rises with the
 * register slider and warmth with the warmth slider. Two independent pieces of code agreeing
 * on the persona.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { registerSweep, sweepRho } from "../../scripts/eval/register-sweep";
import { spearman } from "../../scripts/fit/stats";
import { adherence } from "../../src/core/meter/adherence";
import { analyze } from "../../src/core/meter/analyze";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { PHRASES_EN } from "../../src/core/rehearsal/phrases-en";
import { PHRASES_FR } from "../../src/core/rehearsal/phrases-fr";
import type { Phrasebook } from "../../src/core/rehearsal/phrasebook";
import { voiced } from "../../src/core/rehearsal/register";
import { rehearse } from "../../src/core/rehearsal/rehearse";
import { replayScenario } from "../../src/core/rehearsal/replay";
import { expand } from "../../src/core/rehearsal/text";
import { BUILT_IN_SCENARIOS, scenariosFor } from "../../src/core/scenarios/built-in";
import { arbitraryPersona } from "../helpers/arbitraries";
import { allTemplates, sentenceTemplates } from "../helpers/templates";

const TURNS = BUILT_IN_SCENARIOS.flatMap((scenario) => scenario.turns);
const message = fc.oneof(
  { arbitrary: fc.constantFrom(...TURNS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
);
const RUNS = { numRuns: 200 };

const PRESETS: Persona[] = readdirSync(new URL("../../personas/", import.meta.url))
  .filter((name) => name.endsWith(".json"))
  .toSorted()
  .map((name) => {
    const restored = restorePersonaText(
      readFileSync(new URL(`../../personas/${name}`, import.meta.url), "utf8"),
    );
    if (!restored.ok) throw new Error(name);
    return restored.persona;
  });

/** The offline replies of a persona to every built-in scenario. */
function replies(persona: Persona): string[] {
  return scenariosFor(persona.language).flatMap((scenario) =>
    replayScenario(persona, scenario)
      .filter((m) => m.role === "assistant")
      .map((m) => m.content),
  );
}

/** The share of the personas' replies to the built-in scenarios that read on their warmth target. */
function warmthOnTarget(personas: readonly Persona[]): number {
  let kept = 0;
  let total = 0;
  for (const persona of personas) {
    for (const text of replies(persona)) {
      total++;
      if (
        adherence(analyze(text, persona.language, persona.lexicon), persona).dimensions.find(
          (d) => d.dimension === "warmth",
        )?.ok
      )
        kept++;
    }
  }
  expect(total).toBeGreaterThan(100);
  return kept / total;
}

describe("the rehearsal engine, measured by the meter", () => {
  test("the address form read is never the other form, nor mixed", () => {
    fc.assert(
      fc.property(arbitraryPersona(), message, (persona, content) => {
        const reply = rehearse(persona, [{ role: "user", content }]).text;
        const form = analyze(reply, persona.language).address.form;
        expect(["none", persona.address]).toContain(form);
      }),
      RUNS,
    );
  });

  test("no emoji when the emoji band is the lowest", () => {
    fc.assert(
      fc.property(
        arbitraryPersona(),
        fc.integer({ min: 0, max: 19 }),
        message,
        (persona, emoji, content) => {
          const p: Persona = { ...persona, voice: { ...persona.voice, emoji } };
          const m = analyze(rehearse(p, [{ role: "user", content }]).text, p.language);
          expect(m.emoji.count).toBe(0);
          expect(m.emoji.band).toBe(0);
        },
      ),
      RUNS,
    );
  });

  test("formality rises with the register slider (Spearman ≥ 0.9 over the sweep)", () => {
    expect(PRESETS.length).toBeGreaterThan(0);
    const rho = sweepRho(registerSweep(PRESETS));
    // Mean formality per register level, over the presets and fixed messages.
    expect(rho.levelMeans).toBeGreaterThanOrEqual(0.9);
    // Within a band the engine writes the same reply, so per-persona ρ carries ties; it must still be positive.
    expect(rho.perPersonaMin).toBeGreaterThan(0.3);
  });

  test("the lowest and highest register replies of each preset keep their order", () => {
    for (const persona of PRESETS) {
      const [low, high] = [0, 100].map((register) =>
        registerSweep([{ ...persona, voice: { ...persona.voice, register } }], [register]).reduce(
          (s, p) => s + p.formality,
          0,
        ),
      );
      expect({ preset: persona.id, rising: (high as number) > (low as number) }).toEqual({
        preset: persona.id,
        rising: true,
      });
    }
  });

  test("warmth rises with the warmth slider on every preset (the mean over the built-in scenarios)", () => {
    const levels = [10, 30, 50, 70];
    for (const persona of PRESETS) {
      const means = levels.map((warmth) => {
        const texts = replies({ ...persona, voice: { ...persona.voice, warmth } });
        return (
          texts.reduce((sum, text) => sum + analyze(text, persona.language).warmth.score, 0) /
          texts.length
        );
      });
      expect({ preset: persona.id, rho: spearman(levels, means) }).toEqual({
        preset: persona.id,
        rho: 1,
      });
    }
  });

  test("the presets' replies read on their warmth target nine times in ten, and 85 % of them at every warmth from 20 to 100", () => {
    expect(warmthOnTarget(PRESETS)).toBeGreaterThanOrEqual(0.9);
    const swept = [20, 40, 60, 80, 100].flatMap((warmth) =>
      PRESETS.map((p) => ({ ...p, voice: { ...p.voice, warmth } })),
    );
    expect(warmthOnTarget(swept)).toBeGreaterThanOrEqual(0.85);
  });
});

const VOICES = [false, true].flatMap((informal) =>
  [false, true].map((institutional) => ({ informal, institutional })),
);
const BANDS = [0, 1, 2, 3, 4] as const;

/** A template in every address form, voice and register band, as the engine may say it. */
function sayings(template: string, book: Phrasebook): string[] {
  return [
    ...new Set(
      BANDS.flatMap((band) => VOICES.map((choices) => voiced(template, choices, book, band))),
    ),
  ];
}

describe("the phrasebooks keep their promises, read by the meter", () => {
  test.each([
    ["en", PHRASES_EN],
    ["fr", PHRASES_FR],
  ] as const)(
    "%s: every empathy sentence holds a care cue, in each address form, voice and register band",
    (language, book) => {
      const cold = [
        ...Object.entries(book.empathy),
        ["statement", book.statement.empathy] as const,
      ].flatMap(([intent, variants]) =>
        (variants ?? []).flatMap((template) =>
          sayings(template, book)
            .filter(
              (text) => !analyze(text, language).warmth.evidence.some((s) => s.cue === "empathy"),
            )
            .map((text) => `${intent}: ${text}`),
        ),
      );
      expect(cold).toEqual([]);
      expect(Object.keys(book.empathy).length).toBeGreaterThanOrEqual(10);
    },
  );

  test.each([
    ["en", PHRASES_EN],
    ["fr", PHRASES_FR],
  ] as const)(
    "%s: the phrasebook's sentences read more formal band after band of the register",
    (language, book) => {
      const all = sentenceTemplates(book);
      const means = BANDS.map((band) => {
        const scores = all.flatMap((template) =>
          VOICES.map(
            (choices) =>
              analyze(
                voiced(template, choices, book, band).replaceAll(/\$[a-z]+/g, "Camille"),
                language,
              ).formality.score,
          ),
        );
        return scores.reduce((sum, score) => sum + score, 0) / scores.length;
      });
      expect(means.slice(1).map((mean, band) => mean > (means[band] as number))).toEqual([
        true,
        true,
        true,
        true,
      ]);
    },
  );

  test.each([
    ["en", PHRASES_EN],
    ["fr", PHRASES_FR],
  ] as const)(
    "%s: the Impersonal answers hold no warmth cue at all, at every register band",
    (language, book) => {
      const warm = Object.entries(book.impersonal).flatMap(([intent, variants]) =>
        (variants ?? []).flatMap((template) =>
          sayings(template, book)
            .filter((text) => analyze(text, language).warmth.evidence.length > 0)
            .map((text) => `${intent}: ${text}`),
        ),
      );
      expect(warm).toEqual([]);
      expect(Object.keys(book.impersonal)).toEqual(
        expect.arrayContaining(["greeting", "thanks", "farewell"]),
      );
    },
  );

  test("no French template glues 'vous' to the next word ('{vous|t'}aider' needs its space)", () => {
    const all = allTemplates(PHRASES_FR);
    expect(all.length).toBeGreaterThan(150);
    const glued = all
      .flatMap((template) => sayings(template, PHRASES_FR))
      .filter((text) => /(?<!\p{L})vous\p{L}/iu.test(text));
    expect(glued).toEqual([]);
    expect(
      /(?<!\p{L})vous\p{L}/iu.test(
        expand("pour {vous|t'}aider", { informal: false, institutional: false }),
      ),
    ).toBe(true);
  });

  test.each([
    ["en", PHRASES_EN],
    ["fr", PHRASES_FR],
  ] as const)(
    "%s: every acknowledgement holds a warmth cue (a word for the person), at every register band",
    (language, book) => {
      const bare = [
        ...Object.entries(book.acknowledge),
        ["statement", book.statement.acknowledge] as const,
      ].flatMap(([intent, variants]) =>
        (variants ?? []).flatMap((template) =>
          sayings(template, book)
            .filter((text) => analyze(text, language).warmth.evidence.length === 0)
            .map((text) => `${intent}: ${text}`),
        ),
      );
      expect(bare).toEqual([]);
    },
  );
});
