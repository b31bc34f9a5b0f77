import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { restorePersona } from "./restore";
import type { Persona } from "./schema";

// The presets ship to consultants as they are, so they are held to the same checks a
// careful reviewer would make: valid, true to their own lexicon and address form.
const DIR = new URL("../../../personas/", import.meta.url);
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .toSorted();

function load(file: string): { text: string; json: unknown } {
  const text = readFileSync(new URL(file, DIR), "utf8");
  return { text, json: JSON.parse(text) };
}

/** Files of French presets, read from the raw JSON so a broken file is still listed. */
const FRENCH = FILES.filter(
  (file) => (load(file).json as { language?: unknown }).language === "fr",
);

function restored(file: string): Persona {
  const result = restorePersona(load(file).json);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.persona;
}

/** Lowercase without accents, so "Problème" and "probleme" compare equal. */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whole-word (or whole-phrase) match, case- and accent-insensitive. */
function containsWord(text: string, word: string): boolean {
  const escaped = fold(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(fold(text));
}

const TU = /(?<![\p{L}\p{N}])(?:tu|te|toi|ton|ta|tes)(?![\p{L}\p{N}])|(?<![\p{L}])t['’]/iu;
const VOUS = /(?<![\p{L}\p{N}])(?:vous|votre|vos)(?![\p{L}\p{N}])/iu;

/** What the persona itself says: the greeting and every example reply. */
function ownWords(p: Persona): string[] {
  return [...(p.greeting ? [p.greeting] : []), ...p.examples.map((e) => e.assistant)];
}

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

describe("preset personas", () => {
  it("there are at least six, covering both languages and both address forms", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    const presets = FILES.map(restored);
    expect(new Set(presets.map((p) => p.language))).toEqual(new Set(["fr", "en"]));
    for (const language of ["fr", "en"] as const) {
      const forms = presets
        .filter((p) => p.language === language)
        .map((p) => `${language} ${p.address}`);
      expect(new Set(forms)).toEqual(new Set([`${language} formal`, `${language} informal`]));
    }
  });

  it.each(FILES)("%s validates through restorePersona", (file) => {
    const result = restorePersona(load(file).json);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.migratedFrom).toBeFalsy();
  });

  it.each(FILES)("%s has the id of its file name", (file) => {
    expect(restored(file).id).toBe(file.replace(/\.json$/, ""));
  });

  it.each(FILES)("%s is 2-space JSON in schema key order with a final newline", (file) => {
    const { text, json } = load(file);
    expect(text).toBe(`${JSON.stringify(restored(file), null, 2)}\n`);
    expect(Object.keys(json as object)).toEqual(Object.keys(restored(file)));
  });

  it.each(FILES)("%s has a greeting and at least one example", (file) => {
    const p = restored(file);
    expect(p.greeting?.trim()).toBeTruthy();
    expect(p.examples.length).toBeGreaterThanOrEqual(1);
  });

  it.each(FILES)("%s never uses its own avoided words", (file) => {
    const p = restored(file);
    for (const text of ownWords(p)) {
      const used = p.lexicon.avoid.filter((word) => containsWord(text, word));
      expect({ text, used }).toEqual({ text, used: [] });
    }
  });

  // Formal: no tu/te/toi/ton/ta/tes/t'. Informal: no vous/votre/vos as a singular address.
  it.each(FRENCH)("%s replies in its address form", (file) => {
    const p = restored(file);
    const wrongForm = p.address === "formal" ? TU : VOUS;
    for (const reply of ownWords(p)) expect(reply).not.toMatch(wrongForm);
  });

  // The catalog's convention: U+202F before ; : ! ? and inside « », never U+00A0.
  it.each(FRENCH)("%s follows French typography", (file) => {
    for (const text of allStrings(restored(file))) {
      expect(text).not.toMatch(/\u00a0/u);
      expect(text).not.toMatch(/[^\u202f][;:!?]/u);
      expect(text).not.toMatch(/«[^\u202f]|[^\u202f]»/u);
    }
  });
});

describe("preset checks", () => {
  it.each([
    ["Un problème ?", "probleme", true],
    ["Les PROBLÈMES", "problème", false],
    ["un e-mail", "mail", true],
    ["un courriel", "mail", false],
    ["No worries!", "no worries", true],
  ] as const)("containsWord(%j, %j) is %s", (text, word, expected) => {
    expect(containsWord(text, word)).toBe(expected);
  });

  it.each([
    ["Tu peux m'envoyer le document ?", true],
    ["Je t'envoie le lien.", true],
    ["Rends-toi à l'accueil.", true],
    ["Votre carte est prête, présentez-vous à l'accueil.", false],
  ] as const)("TU detects %j: %s", (text, expected) => {
    expect(TU.test(text)).toBe(expected);
  });
});

describe("docs/persona-format.md", () => {
  it("shows personas/tech-support.json exactly as it is", () => {
    const doc = readFileSync(new URL("../../../docs/persona-format.md", import.meta.url), "utf8");
    expect(doc).toContain(`\`\`\`json\n${load("tech-support.json").text}\`\`\``);
  });
});
