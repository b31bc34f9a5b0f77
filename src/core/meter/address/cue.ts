/**
 * The shared half of the address readers: a cue found by a language's rules, and how a
 * set of cues becomes one address form.
 */
import type { AddressReading, Span } from "../types";

/** A span that points at one address form. Weak cues (a verb form alone) yield to strong ones. */
export interface AddressCue extends Span {
  form: "formal" | "informal";
  strong: boolean;
}

/** A cue as one object literal (spreading a span into it costs more than the rule that found it). */
export function addressCue(
  start: number,
  end: number,
  cue: string,
  form: AddressCue["form"],
  strong: boolean,
): AddressCue {
  return { start, end, cue, form, strong };
}

/**
 * The address form the cues add up to, and the cues kept as evidence. Both forms present
 * is "mixed", except that weak cues of one form are dropped when the other form has a
 * strong one: a bare "Passe" opening a sentence of a "vous" text is more likely the noun
 * or a third person than a slip, while "tu" next to "vous" is a slip whatever the verbs say.
 */
export function resolveAddress(cues: readonly AddressCue[]): {
  form: AddressReading;
  kept: AddressCue[];
} {
  const strongFormal = cues.some((cue) => cue.form === "formal" && cue.strong);
  const strongInformal = cues.some((cue) => cue.form === "informal" && cue.strong);
  const kept = cues.filter((cue) => {
    if (cue.strong) return true;
    return cue.form === "formal"
      ? !strongInformal || strongFormal
      : !strongFormal || strongInformal;
  });
  const formal = kept.some((cue) => cue.form === "formal");
  const informal = kept.some((cue) => cue.form === "informal");
  const form: AddressReading =
    formal && informal ? "mixed" : formal ? "formal" : informal ? "informal" : "none";
  return { form, kept };
}
