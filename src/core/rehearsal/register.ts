/**
 * Register in the offline rehearsal. The phrasebooks are written at the consultative band
 * (Joos: a professional helping a stranger); a reply at another band says the same
 * sentence moved along the register, as the catalog describes each band
 * (persona/catalog-register.ts): spoken syntax and everyday words going down ("ça",
 * questions by intonation, the dropped "ne" at intimate; contractions and "Thanks" in
 * English), polished vocabulary and set courtesy going up ("afin de", "Auriez-vous
 * l'amabilité de", "Would you kindly"). Rewrites apply to the expanded template, before
 * persona values are filled, so the designer's own text is never reworded.
 */
import type { BandIndex } from "../persona/bands";
import type { Phrasebook, Rewrite } from "./phrasebook";
import { expand, type Choices } from "./text";

function rewritesFor(book: Phrasebook, band: BandIndex): readonly Rewrite[] {
  const { casual, intimate, formal, frozen } = book.register;
  switch (band) {
    case 0:
      return [...casual, ...intimate];
    case 1:
      return casual;
    case 3:
      return formal;
    case 4:
      return [...formal, ...frozen];
    default:
      return [];
  }
}

function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  let out = text;
  // Two calls so that TypeScript picks the right String.replace overload.
  for (const [pattern, replacement] of rewrites) out = typeof replacement === "string" ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  return out;
}

/**
 * Whether a language that contracts (English) does: always in casual speech, never from the
 * formal band up (the catalog: "no contractions"), and at consultative as the address form says.
 */
export function contracts(band: BandIndex, informal: boolean): boolean {
  return band <= 1 || (band === 2 && informal);
}

/**
 * A template in the persona's voice and register, before persona values are filled. In
 * English, {…|…} chooses spelled-out or contracted words, so the register decides it; in
 * French it is the address form, which the register never changes.
 */
export function voiced(template: string, choices: Choices, book: Phrasebook, band: BandIndex): string {
  const contractions = book.register.contractions;
  if (contractions.length === 0) return rewrite(expand(template, choices), rewritesFor(book, band));
  const contracted = contracts(band, choices.informal);
  const text = expand(template, { ...choices, informal: contracted });
  return rewrite(contracted ? rewrite(text, contractions) : text, rewritesFor(book, band));
}
