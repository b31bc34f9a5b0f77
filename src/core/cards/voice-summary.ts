/**
 * The voice in one line, for a card's `personality` field: other tools have no sliders,
 * so they get the catalog's band names, in the persona's language, e.g.
 * "Warmth: warm; humor: serious; … emoji: none; address: formal."
 */
import { bandOf, CATALOG } from "../persona/catalog";
import { DIMENSION_IDS } from "../persona/constants";
import type { Persona } from "../persona/schema";

/** Lower-cases the first letter only, so band names like "Light touch" read inside a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One line naming each dimension's band and the address form, in `persona.language`. */
export function voiceSummary(persona: Persona): string {
  const language = persona.language;
  const colon = language === "fr" ? "\u202f:" : ":";
  const semicolon = language === "fr" ? "\u202f; " : "; ";
  const parts = DIMENSION_IDS.map((id) => {
    const label = CATALOG[id].label[language];
    return `${lowerFirst(label)}${colon} ${lowerFirst(bandOf(id, persona.voice[id]).name[language])}`;
  });
  const address =
    language === "fr"
      ? persona.address === "formal"
        ? "vouvoiement"
        : "tutoiement"
      : `address${colon} ${persona.address === "formal" ? "formal (titles, no first names)" : "informal (first names)"}`;
  parts.push(address);
  const line = `${parts.join(semicolon)}.`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}
