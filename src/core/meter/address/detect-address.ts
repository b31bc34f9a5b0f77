/**
 * The address reading of the style meter: does a text speak to its reader as "tu" or as
 * "vous" (French), by title or by first name (English)? A hard rule of every persona,
 * so the reading keeps its evidence: the spans that made it.
 */
import type { Language } from "../../persona/constants";
import { tokenize, type Token } from "../../text/tokens";
import { resolveAddress, type AddressCue } from "./cue";
import { englishAddressCues } from "./cues-en";
import { frenchAddressCues } from "./cues-fr";
import { byStartThenEnd } from "../spans";
import type { AddressReading, Span } from "../types";

/** The address form of a text and the spans that support it. */
export interface AddressDetection {
  form: AddressReading;
  /** Sorted by position; cue names such as "tu", "vous", "imperative-vous", "title", "first-name", "vous-plural", "vous-firm", "vous-generic". */
  evidence: Span[];
}

const toSpan = ({ start, end, cue }: AddressCue): Span => ({ start, end, cue });

/**
 * Reads the address form of `text`. French: "informal" (tu, te, t', toi, ton/ta/tes, 2sg
 * imperatives), "formal" (vous, votre, vos, 2pl verbs), "mixed" (both), "none" (no second
 * person). A "vous" the text marks as plural says nothing about formality: it is kept as
 * "vous-plural" evidence only, the whole text's "vous" after "vous deux" or "chacun d'entre
 * vous", one clause's after a plural agreement ("vous êtes arrivés"). So is a "vous" that
 * names a firm ("chez vous", "votre magasin": "vous-firm") or anyone ("ils vous fournissent
 * tout": "vous-generic") in a text that says "tu" to its reader. Quoted speech is not read. English has no T/V pronouns, so only titles
 * and first names are read (see cues-en.ts): most English texts read "none". `tokens`,
 * tokenize(text), when the caller has them.
 */
export function detectAddress(
  text: string,
  language: Language,
  tokens?: readonly Token[],
): AddressDetection {
  if (language === "en") {
    const { form, kept } = resolveAddress(englishAddressCues(text));
    return { form, evidence: kept.map(toSpan) };
  }
  const { cues, plural, marks } = frenchAddressCues(text, tokens ?? tokenize(text));
  let read =
    plural.length > 0 || marks.text.length > 0
      ? cues.filter((cue) => cue.form === "informal")
      : cues;
  if (marks.clause.length > 0) read = withoutVousIn(read, marks.clause);
  // "Tu" to the person, "chez vous" of the firm behind them, or "ils vous fournissent" of anyone: not a slip.
  const elsewhere =
    marks.elsewhere.length > 0 && read.some((cue) => cue.form === "informal" && cue.strong)
      ? marks.elsewhere
      : [];
  if (elsewhere.length > 0) read = withoutVousIn(read, elsewhere);
  const { form, kept } = resolveAddress(read);
  const seen =
    marks.text.length > 0 || marks.clause.length > 0 || elsewhere.length > 0
      ? [...plural, ...marks.text, ...marks.clause, ...elsewhere]
      : plural;
  return { form, evidence: byStartThenEnd([...kept.map(toSpan), ...seen]) };
}

/** The cues, less the formal ones that start inside one of `spans`. */
function withoutVousIn(cues: readonly AddressCue[], spans: readonly Span[]): AddressCue[] {
  return cues.filter(
    (cue) =>
      cue.form === "informal" ||
      !spans.some((span) => cue.start >= span.start && cue.start < span.end),
  );
}
