import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ENGLISH_COURTESY, ENGLISH_FAMILIAR, FRENCH_TU, FRENCH_VOUS } from "./address-patterns";

/** Exactly as promptfoo builds a `regex`/`not-regex` value: `new RegExp(value)`, no flags. */
const matches = (pattern: string, text: string) => new RegExp(pattern).test(text);

describe.each([
  [
    "FRENCH_TU",
    FRENCH_TU,
    [
      "Peux-tu m'aider ?",
      "Je te rappelle demain.",
      "TU PEUX",
      "Ton dossier est prêt.",
      "Merci à toi !",
      "Tes papiers",
      "Je t'envoie le lien.",
      "Je t’envoie le lien.",
      "Va-t'en",
      "C'est le tien ?",
      "Est-ce ton avis ?",
      "ta demande",
    ],
    [
      "C'est la fête.",
      "Le toit fuit.",
      "Votre statut",
      "Cette tâche",
      "le ton de votre message",
      "sur un ton calme",
      "Y a-t'il un souci ?",
      "Vous tenez le bon bout.",
      "Tiens, voilà.",
      "Prenez rendez-vous.",
    ],
  ],
  [
    "FRENCH_VOUS",
    FRENCH_VOUS,
    [
      "Vous pouvez cliquer ici.",
      "Votre dossier",
      "vos documents",
      "la vôtre",
      "les VÔTRES",
      "s'il vous plaît",
      "Pouvez-vous répondre ?",
    ],
    [
      "Prenez rendez-vous.",
      "un rendez-vous",
      "Tu peux cliquer ici.",
      "Ton dossier",
      "Le vousvoiement",
    ],
  ],
  [
    "ENGLISH_FAMILIAR",
    ENGLISH_FAMILIAR,
    ["Cheers mate!", "No worries, buddy.", "Hey pal", "Dude, that's it."],
    ["The ultimate guide", "Pay with PayPal.", "Checkmate.", "Good morning, Ms Martin."],
  ],
  [
    "ENGLISH_COURTESY",
    ENGLISH_COURTESY,
    [
      "Thank you, Mr Martin.",
      "Good morning, Mrs. Smith.",
      "Yes, sir.",
      "Madam, your order",
      "Ms Lee, welcome back.",
    ],
    ["Thanks, Alex!", "Mrs", "The desire to help", "Sirius is bright", "Miss the bus"],
  ],
])("%s", (_, pattern, hits, misses) => {
  test.each(hits)("matches %j", (text) => expect(matches(pattern, text)).toBe(true));
  test.each(misses)("does not match %j", (text) => expect(matches(pattern, text)).toBe(false));
});

/**
 * Measured on the CoCoA-MT training references (the set the meter's rules were tuned on):
 * the lines whose formal and informal translations differ. A formal persona's check must
 * fire on the informal line and stay quiet on the formal one, and the other way round.
 */
describe("on CoCoA-MT's paired formal and informal references", () => {
  const dir = fileURLToPath(new URL("../../../tests/fixtures/cocoa-mt-train/", import.meta.url));
  const pairs: [formal: string, informal: string][] = [];
  for (const set of ["telephony", "topical_chat"]) {
    const read = (form: string) =>
      readFileSync(`${dir}formality-control.train.${set}.en-fr.${form}.fr`, "utf8").split("\n");
    const informal = read("informal");
    read("formal").forEach((line, i) => {
      if (line !== "" && line !== informal[i]) pairs.push([line, informal[i] as string]);
    });
  }
  const rate = (pattern: string, side: 0 | 1) =>
    pairs.filter((pair) => matches(pattern, pair[side])).length / pairs.length;

  test("enough pairs to measure", () => expect(pairs.length).toBeGreaterThan(300));
  test("FRENCH_TU catches the informal line at least 98% of the time and never the formal one", () => {
    expect(rate(FRENCH_TU, 1)).toBeGreaterThanOrEqual(0.98);
    expect(rate(FRENCH_TU, 0)).toBe(0);
  });
  test("FRENCH_VOUS catches the formal line at least 98% of the time; an informal line with a plural vous is the known miss", () => {
    expect(rate(FRENCH_VOUS, 0)).toBeGreaterThanOrEqual(0.98);
    expect(rate(FRENCH_VOUS, 1)).toBeLessThanOrEqual(0.02);
  });
});
