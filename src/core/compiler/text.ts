/**
 * Small text helpers shared by the section writers. French strings follow French
 * typography with ordinary spaces (before ; : ! ? and inside « »): the prompt is
 * plain text read by a model, and no-break spaces only cost tokens there.
 */
import type { Language, Persona } from "../persona/schema";

/** One instruction text per band, from band 0 (0-19) to band 4 (80-100). */
export type BandTexts = readonly [string, string, string, string, string];

/** The same thing written in each language the studio speaks. */
export type Localized<T> = Readonly<Record<Language, T>>;

/** Quotes a user-supplied phrase the way each language does. */
export function quote(language: Language, phrase: string): string {
  return language === "fr" ? `« ${phrase} »` : `"${phrase}"`;
}

/** Quotes every phrase and separates them with commas (phrases are trimmed). */
export function quoteList(language: Language, phrases: readonly string[]): string {
  let out = "";
  for (let i = 0; i < phrases.length; i++) {
    if (i > 0) out += ", ";
    out += quote(language, (phrases[i] as string).trim());
  }
  return out;
}

/**
 * Trims user text and ends it with a full stop unless it already ends with
 * closing punctuation, so "Votre mission : {purpose}" always reads as a sentence.
 */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "";
  const last = trimmed.charCodeAt(trimmed.length - 1);
  // . ! ? … » " ) ] : already close the sentence or the quotation.
  switch (last) {
    case 0x2e: // .
    case 0x21: // !
    case 0x3f: // ?
    case 0x2026: // …
    case 0xbb: // »
    case 0x22: // "
    case 0x201d: // ”
    case 0x29: // )
      return trimmed;
    default:
      return `${trimmed}.`;
  }
}

/** True when an optional text field holds something other than whitespace. */
export function hasText(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== "";
}

/** Joins non-empty paragraphs with one blank line. */
export function paragraphs(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    out += out === "" ? part : `\n\n${part}`;
  }
  return out;
}

const LEADING_WORD = /^[\p{L}]+/u;
const UPPER = /\p{Lu}/u;

/**
 * French user text placed after a colon ("Votre mission : …") starts in lower
 * case, as French typography wants, unless its first word looks like a name:
 * an acronym ("ANTS"), or a capitalised word the persona also writes
 * capitalised in `names` (organisation, assistant name) or later in the text
 * ("Pistache … Pistache"). English keeps the user's capital: a colon may
 * introduce a capital there, and languages and nationalities ("French
 * speakers") must keep theirs.
 */
export function afterColon(language: Language, text: string, names: string): string {
  const trimmed = text.trim();
  if (language !== "fr") return trimmed;
  const word = LEADING_WORD.exec(trimmed)?.[0];
  if (word === undefined || !UPPER.test(word.charAt(0))) return trimmed;
  if (word.length > 1 && UPPER.test(word.slice(1))) return trimmed;
  if (names.includes(word) || trimmed.includes(word, word.length)) return trimmed;
  return word.charAt(0).toLowerCase() + trimmed.slice(1);
}

/** Words that are names in this persona, so afterColon() keeps their capital. */
export function personaNames(persona: Persona): string {
  return `${persona.identity.assistantName} ${persona.identity.organization ?? ""}`;
}
