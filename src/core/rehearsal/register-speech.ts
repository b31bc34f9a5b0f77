/**
 * The intimate register in writing (Joos: as between close friends; the catalog: "shorthand,
 * ellipsis, shared context taken for granted"). Beyond the rewrites of register-fr.ts and
 * register-en.ts, which change the words of a sentence, an intimate reply is spoken as a whole:
 * it opens on a word of speech ("Bon, je regarde ça") unless a salutation opens it, and it trails
 * off instead of closing ("…"), as people write to someone who knows the rest.
 */
import type { Language } from "../persona/constants";
import { capitalise } from "./text";

export interface Speech {
  /** Words of speech that open a reply, joined with a comma ("Bon, …"). */
  openers: readonly string[];
  /** A sentence that already opens on one (the intimate rewrites write "Ah, merci…", "Bon, je garde…"). */
  opened: RegExp;
  /** The word of speech and its comma, to take off where a salutation opens the reply instead. */
  spoken: RegExp;
}

export const SPEECH: Readonly<Record<Language, Speech>> = {
  fr: {
    openers: ["Bon", "Alors", "Ah"],
    opened: /^(?:Bon|Alors|Ah|Oh|Et|Ben|Bref|OK|Bien reçu|Bien noté)\b/,
    spoken: /^(?:Bon|Alors|Ah|Oh|Ben), /,
  },
  en: {
    openers: ["So", "OK", "Well"],
    opened: /^(?:So|OK|Well|Oh|And|But|Got|Thanks)\b/,
    spoken: /^(?:So|OK|Well|Oh), /,
  },
};

/** Takes the word of speech off the first sentence ("Ah, merci…" → "Merci…"). */
export function unspeak<T extends { text: string }>(sentences: T[], language: Language): void {
  const first = sentences[0];
  const spoken = SPEECH[language].spoken;
  if (first !== undefined && spoken.test(first.text))
    sentences[0] = { ...first, text: capitalise(first.text.replace(spoken, "")) };
}
