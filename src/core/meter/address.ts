/**
 * The address reading of the style meter: does a text speak to its reader as "tu" or as
 * "vous" (French), by title or by first name (English)? A hard rule of every persona,
 * so the reading keeps its evidence: the spans that made it.
 */
import type { Language } from "../persona/constants";
import { resolveAddress, type AddressCue } from "./address-cue";
import { englishAddressCues } from "./address-en";
import { frenchAddressCues } from "./address-fr";
import type { AddressReading, Span } from "./types";

/** The address form of a text and the spans that support it. */
export interface AddressDetection {
  form: AddressReading;
  /** Sorted by position; cue names such as "tu", "vous", "imperative-vous", "title", "first-name", "vous-plural". */
  evidence: Span[];
}

const toSpan = ({ start, end, cue }: AddressCue): Span => ({ start, end, cue });

/**
 * Reads the address form of `text`. French: "informal" (tu, te, t', toi, ton/ta/tes, 2sg
 * imperatives), "formal" (vous, votre, vos, 2pl verbs), "mixed" (both), "none" (no second
 * person). A "vous" the text marks as plural ("vous deux", "chacun d'entre vous") says
 * nothing about formality: it is kept as "vous-plural" evidence only. Quoted speech is not
 * read. English has no T/V pronouns, so only titles and first names are read (see
 * address-en.ts): most English texts read "none".
 */
export function detectAddress(text: string, language: Language): AddressDetection {
  if (language === "en") {
    const { form, kept } = resolveAddress(englishAddressCues(text));
    return { form, evidence: kept.map(toSpan) };
  }
  const { cues, plural } = frenchAddressCues(text);
  const read = plural.length > 0 ? cues.filter((cue) => cue.form === "informal") : cues;
  const { form, kept } = resolveAddress(read);
  const evidence = [...kept.map(toSpan), ...plural].toSorted((a, b) => a.start - b.start || a.end - b.end);
  return { form, evidence };
}
