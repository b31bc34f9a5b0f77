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

const BY_BAND = new WeakMap<Phrasebook, readonly (readonly Rewrite[])[]>();

/** The rewrites of each band, in order, joined once per phrasebook. */
function rewritesFor(book: Phrasebook, band: BandIndex): readonly Rewrite[] {
  let bands = BY_BAND.get(book);
  if (bands === undefined) {
    const { casual, intimate, formal, frozen } = book.register;
    bands = [[...casual, ...intimate], casual, [], formal, [...formal, ...frozen]];
    BY_BAND.set(book, bands);
  }
  return bands[band] as readonly Rewrite[];
}

function rewrite(text: string, rewrites: readonly Rewrite[]): string {
  let out = text;
  // Two calls so that TypeScript picks the right String.replace overload.
  for (const [pattern, replacement] of rewrites)
    out =
      typeof replacement === "string"
        ? out.replace(pattern, replacement)
        : out.replace(pattern, replacement);
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
export function voiced(
  template: string,
  choices: Choices,
  book: Phrasebook,
  band: BandIndex,
): string {
  // Pure and over a finite set of templates: each is voiced once per address, voice and band.
  let said = SAID.get(book);
  if (said === undefined) {
    said = new Map();
    SAID.set(book, said);
  }
  const key = `${band}${choices.informal ? 1 : 0}${choices.institutional ? 1 : 0}${template}`;
  let text = said.get(key);
  if (text === undefined) {
    text = voice(template, choices, book, band);
    said.set(key, text);
  }
  return text;
}

const SAID = new WeakMap<Phrasebook, Map<string, string>>();

function voice(template: string, choices: Choices, book: Phrasebook, band: BandIndex): string {
  const contractions = book.register.contractions;
  if (contractions.length === 0) return rewrite(expand(template, choices), rewritesFor(book, band));
  const contracted = contracts(band, choices.informal);
  const text = expand(template, { ...choices, informal: contracted });
  return rewrite(contracted ? rewrite(text, contractions) : text, rewritesFor(book, band));
}
