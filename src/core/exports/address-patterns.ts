/**
 * Regular expressions for promptfoo `not-regex` assertions that catch a reply addressing
 * the user the wrong way.
 *
 * promptfoo builds them with `new RegExp(value)` and no flags (src/assertions/regex.ts),
 * so there is no `i` and no `u`: case is spelt out letter by letter ([Tt][Uu]) and word
 * boundaries are explicit classes that count accented letters as letters, since `\b`
 * without `u` takes "fête" to hold the word "te".
 *
 * They read pronouns and possessives only; the meter (core/meter/address/cues-fr.ts) reads far
 * more. Known limits, kept because a `not-regex` must stay readable in promptfoo's report:
 * - formal: a bare tu imperative ("Clique ici") is not seen; "changer de ton" (the noun
 *   after "de") fails; quoted speech counts ("the word « tu »").
 * - informal: a plural "vous" (speaking to the user and someone else) fails, though the
 *   compiled prompt allows it; bare vous imperatives ("Cliquez ici") are not seen.
 * - English has no T/V pronouns: formal forbids over-familiar vocatives (mate, buddy, pal,
 *   dude), informal forbids courtesy titles (Mr Martin, sir, madam); a reply that names
 *   nobody passes either way.
 */
import type { Address, Language } from "../persona/schema";

const LETTER = "A-Za-z0-9À-ÖØ-öø-ÿŒœ";
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![${LETTER}])`;

/** "tu" → "[Tt][Uu]": case-insensitive without the `i` flag. */
function anyCase(word: string): string {
  let out = "";
  for (const c of word) {
    const upper = c.toUpperCase();
    out += upper === c ? c : `[${upper}${c}]`;
  }
  return out;
}
const words = (list: readonly string[]) => list.map(anyCase).join("|");

/**
 * Words before which "ton" is the noun (the tone of voice), as the meter reads them; "ce"
 * only without a hyphen, since "est-ce ton émission" is the possessive.
 */
const TONE_NOUN_BEFORE = `${words(["le", "un", "du", "au", "quel", "même", "bon", "mauvais", "mon", "son", "votre"])}|(?<!-)[Cc][Ee]`;
/** "le tien", "des tiennes": the possessive pronoun after an article (bare "tiens" is also a verb). */
const TIEN_AFTER = words(["le", "la", "les", "du", "des", "au", "aux"]);

/**
 * French tutoiement: tu, te, toi, ta, tes, ton (not the noun), tien(ne)(s) after an article
 * and elided t' before a letter (not the misspelt euphonic "a-t'il").
 */
export const FRENCH_TU = [
  `${BEFORE}(?:${words(["tu", "te", "toi", "ta", "tes"])})${AFTER}`,
  `${BEFORE}(?<!(?:${TONE_NOUN_BEFORE}) )${anyCase("ton")}${AFTER}`,
  `(?<=(?:${TIEN_AFTER}) )${anyCase("tien")}(?:${words(["ne", "s", "nes"])})?${AFTER}`,
  `${BEFORE}[Tt]['’](?!(?:${words(["il", "ils", "elle", "elles", "on"])})${AFTER})(?=[${LETTER}])`,
].join("|");

/** French vouvoiement: vous (not in "rendez-vous"), votre, vos, vôtre(s). */
export const FRENCH_VOUS = [
  `${BEFORE}(?<![Rr]endez-)${anyCase("vous")}${AFTER}`,
  `${BEFORE}(?:${words(["votre", "vos"])}|[Vv][ÔôOo][Tt][Rr][Ee][Ss]?)${AFTER}`,
].join("|");

/** English over-familiar vocatives, which the formal address instruction rules out by name. */
export const ENGLISH_FAMILIAR = `${BEFORE}(?:${words(["mate", "buddy", "pal", "dude"])})${AFTER}`;

/** English courtesy titles before a name, and sir or madam, which the informal instruction rules out. */
export const ENGLISH_COURTESY = `${BEFORE}(?:(?:Mr|Mrs|Ms|Miss|Mx)\\.? [A-Z]|(?:${words(["sir", "madam"])})${AFTER})`;

/** The address form that must not appear, for each language and address setting. */
export const FORBIDDEN_ADDRESS: Readonly<Record<Language, Readonly<Record<Address, string>>>> = {
  fr: { formal: FRENCH_TU, informal: FRENCH_VOUS },
  en: { formal: ENGLISH_FAMILIAR, informal: ENGLISH_COURTESY },
};
