/**
 * The promptfoo configuration's defaultTest: the checks derived from the persona (address,
 * avoided words, emoji, length, the rubrics of the voice), each run the way promptfoo runs it.
 * The configuration's structure and its tests: promptfoo.test.ts.
 */
import { describe, expect, test } from "vitest";
import { compile } from "../compiler/compile";
import { findEmoji } from "../meter/emoji";
import { CATALOG } from "../persona/catalog";
import { measureLexicon } from "../meter/lexicon";
import { countSentences } from "../text/counts";
import { makePersona } from "../../../tests/helpers/make-persona";
import { ENGLISH_COURTESY, ENGLISH_FAMILIAR, FRENCH_TU, FRENCH_VOUS } from "./address-patterns";
import { checks, load, runCheck, type Assertion } from "../../../tests/helpers/promptfoo-config";
import { EMOJI_MAX_PER_REPLY } from "./promptfoo-asserts";
import { strictPersona } from "./test-personas";

describe("defaultTest: checks derived from the persona", () => {
  test.each([
    ["fr", "formal", FRENCH_TU],
    ["fr", "informal", FRENCH_VOUS],
    ["en", "formal", ENGLISH_FAMILIAR],
    ["en", "informal", ENGLISH_COURTESY],
  ] as const)("address, %s %s: a not-regex for the other form", (language, address, pattern) => {
    expect(checks(load(strictPersona(language, address)), "address")).toEqual([
      { type: "not-regex", value: pattern, metric: "address" },
    ]);
  });

  test("avoided words: one check naming the words used, whole words, ignoring case and accents", () => {
    const persona = makePersona({
      lexicon: {
        prefer: ["dossier"],
        avoid: ["process", "Client", "probleme", " svp. ", "process"],
      },
    });
    const [check, ...more] = checks(load(persona), "lexicon");
    expect(more).toEqual([]);
    const verdict = (output: string) => runCheck(check as Assertion, output);
    expect(verdict("Le processus suit son cours auprès de la clientèle.")).toMatchObject({
      pass: true,
      reason: "no avoided word",
    });
    expect(verdict("Ce PROCESS concerne chaque client, svp.")).toMatchObject({
      pass: false,
      reason: "avoided words used: process, Client, svp.",
    });
    expect(verdict("Aucun problème.")).toMatchObject({
      pass: false,
      reason: "avoided words used: probleme",
    });
  });

  test("the lexicon check finds what the studio's meter finds", () => {
    const avoid = [
      "process",
      "client",
      "problème",
      "svp.",
      "aujourd'hui",
      "e-mail",
      "cœur",
      "rendez vous",
    ];
    const [check] = checks(load(makePersona({ lexicon: { prefer: [], avoid } })), "lexicon");
    const texts = [
      "Le processus est lancé.",
      "Un Client mécontent, SVP.",
      "Aucun PROBLEME aujourd’hui",
      "Votre e-mail ou votre email",
      "Au COEUR du sujet",
      "Prenez rendez-vous ou rendez  vous",
      "clients et problèmes",
      "svpx",
    ];
    const meter = texts.map((text) =>
      measureLexicon(text, { avoid, prefer: [] }).avoided.map((hit) => hit.term),
    );
    expect(meter.flat().length).toBeGreaterThan(5); // the table finds words, not only misses
    expect(texts.map((text) => runCheck(check as Assertion, text).reason)).toEqual(
      meter.map((terms) =>
        terms.length === 0 ? "no avoided word" : `avoided words used: ${terms.join(", ")}`,
      ),
    );
  });

  test("a word holding template code reaches the check as the word", () => {
    const [check] = checks(
      load(makePersona({ lexicon: { prefer: [], avoid: ["{{ ticket }}"] } })),
      "lexicon",
    );
    expect(check?.value).not.toContain("{{ ticket");
    expect(runCheck(check as Assertion, "Votre {{ Ticket }} est prêt")).toMatchObject({
      pass: false,
      reason: "avoided words used: {{ ticket }}",
    });
  });

  test("no avoided words, no lexicon check", () => {
    expect(checks(load(makePersona()), "lexicon")).toEqual([]);
  });

  test.each([
    [5, "Bonjour.", true],
    [5, "Bonjour. Votre dossier est prêt.", false],
    [25, "Bonjour. Votre dossier est prêt.", true],
    [25, "Un. Deux ! Trois ?", false],
    [50, "Un. Deux ! Trois ?", true],
    [50, "Voici les étapes :\n- ouvrir le site\n- cliquer\n- valider", false],
    [70, "Voici les étapes :\n- ouvrir le site\n- cliquer\n- valider", true],
    [90, "Un.", false],
  ])("length at verbosity %i: %j passes = %s", (verbosity, output, pass) => {
    const [check] = checks(load(makePersona({ voice: { verbosity } })), "verbosity");
    expect(runCheck(check as Assertion, output).pass).toBe(pass);
  });

  test("the length check counts sentences as the studio's meter does, on every catalog example", () => {
    const [check] = checks(load(makePersona({ voice: { verbosity: 90 } })), "verbosity");
    for (const dimension of Object.values(CATALOG)) {
      for (const band of dimension.bands) {
        for (const text of [band.example.fr, band.example.en]) {
          const { reason } = runCheck(check as Assertion, text);
          expect(reason).toBe(`${countSentences(text)} sentence(s), expected 7 to 10`);
        }
      }
    }
  });

  test.each([
    [0, "Votre colis est parti.", true],
    [0, "Votre colis est parti 🙂", false],
    [0, "© 2024 Mairie, ™ et ® compris.", true],
    [25, "Bonne journée 🙂", true],
    [25, "Bonne journée 🙂👋", false],
    [70, "📦 Parti, arrive jeudi 👍🏽", true],
    [90, "🎉 Parti 📦 jeudi 🇫🇷", true],
    [90, "🎉 Parti 📦 jeudi 🇫🇷 😊", false],
  ])("emoji at band level %i: %j passes = %s", (emoji, output, pass) => {
    const [check] = checks(load(makePersona({ voice: { emoji } })), "emoji");
    expect(runCheck(check as Assertion, output).pass).toBe(pass);
  });

  test("the emoji check counts as the meter does, and allows what the compiled prompt allows", () => {
    const [check] = checks(load(makePersona({ voice: { emoji: 0 } })), "emoji");
    for (const band of CATALOG.emoji.bands) {
      for (const text of [band.example.fr, band.example.en]) {
        expect(runCheck(check as Assertion, text).reason).toBe(
          `${findEmoji(text).length} emoji, expected at most 0`,
        );
      }
    }
    expect(Object.values(EMOJI_MAX_PER_REPLY)).toEqual([0, 1, 1, 2, 3]);
    expect(compile(makePersona({ voice: { emoji: 0 } })).systemPrompt).toContain(
      "N'utilisez aucun émoji",
    );
  });

  test.each(["fr", "en"] as const)(
    "one llm-rubric per judged dimension, from its band at the persona's level, in %s",
    (language) => {
      const persona = strictPersona(language, "formal");
      const rubrics = load(persona).defaultTest.assert.filter((a) => a.type === "llm-rubric");
      expect(rubrics.map((r) => r.metric)).toEqual([
        "warmth",
        "humor",
        "enthusiasm",
        "register",
        "institutional",
      ]);
      const warmth = rubrics[0]?.value as string;
      // warmth 30: band 1 "Reserved", judged against bands 2 and 0.
      expect(warmth).toContain(CATALOG.warmth.bands[1].description[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[1].example[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[2].name[language]);
      expect(warmth).toContain(CATALOG.warmth.bands[0].name[language]);
      expect(warmth).not.toContain(CATALOG.warmth.bands[3].description[language]);
      expect(warmth).toContain(language === "fr" ? "Critère : Chaleur" : "Criterion: Warmth");
      expect(warmth).toContain("30/100");
      // institutional 90: the top band has only the band below as a neighbour.
      expect(rubrics[4]?.value).toContain(CATALOG.institutional.bands[4].description[language]);
      expect(rubrics[4]?.value).toContain(CATALOG.institutional.bands[3].name[language]);
    },
  );
});
