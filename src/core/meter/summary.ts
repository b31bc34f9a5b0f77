/**
 * A conversation's replies summed up against the persona: which rules drifted in how
 * many replies, and whether replies run longer or shorter than the verbosity target.
 * Each line names the replies concerned (their positions among the replies, from 0).
 */
import { bandIndex } from "../persona/bands";
import { VERBOSITY_SENTENCES } from "../persona/catalog";
import type { Persona } from "../persona/schema";
import type { Adherence, DimensionAdherence, Measurement } from "./types";

export type SummaryLine =
  | { kind: "address"; form: "formal" | "informal" | "mixed"; replies: number[]; of: number }
  | { kind: "avoided-words"; replies: number[]; of: number }
  | { kind: "dimension"; dimension: DimensionAdherence["dimension"]; replies: number[]; of: number }
  | {
      kind: "length";
      direction: "longer" | "shorter";
      percent: number;
      replies: number[];
      of: number;
    };

export interface ReadReply {
  measurement: Measurement;
  adherence: Adherence;
}

/** Drifts shared by several replies first; then length. Empty when every reply is on target. */
export function summarize(replies: readonly ReadReply[], persona: Persona): SummaryLine[] {
  const of = replies.length;
  if (of === 0) return [];
  const lines: SummaryLine[] = [];
  const drifting = (dimension: DimensionAdherence["dimension"]) =>
    replies.flatMap((r, i) =>
      r.adherence.dimensions.some((d) => d.dimension === dimension && !d.ok) ? [i] : [],
    );

  const addressSlips = drifting("address");
  if (addressSlips.length > 0) {
    // Name the form that slipped in: the one the persona did not ask for, or "mixed".
    const forms = addressSlips.map((i) => replies[i]!.measurement.address.form);
    const form = forms.includes("mixed")
      ? "mixed"
      : persona.address === "formal"
        ? "informal"
        : "formal";
    lines.push({ kind: "address", form, replies: addressSlips, of });
  }
  const avoided = drifting("lexicon");
  if (avoided.length > 0) lines.push({ kind: "avoided-words", replies: avoided, of });
  for (const dimension of [
    "register",
    "warmth",
    "enthusiasm",
    "humor",
    "institutional",
    "emoji",
  ] as const) {
    const off = drifting(dimension);
    if (off.length > 0) lines.push({ kind: "dimension", dimension, replies: off, of });
  }

  const [min, max] = VERBOSITY_SENTENCES[bandIndex(persona.voice.verbosity)];
  const average = replies.reduce((sum, r) => sum + r.measurement.length.sentences, 0) / of;
  if (average > max) {
    const replyIndexes = replies.flatMap((r, i) =>
      r.measurement.length.sentences > max ? [i] : [],
    );
    lines.push({
      kind: "length",
      direction: "longer",
      percent: Math.round((average / max - 1) * 100),
      replies: replyIndexes,
      of,
    });
  } else if (average < min) {
    const replyIndexes = replies.flatMap((r, i) =>
      r.measurement.length.sentences < min ? [i] : [],
    );
    lines.push({
      kind: "length",
      direction: "shorter",
      percent: Math.round((1 - average / min) * 100),
      replies: replyIndexes,
      of,
    });
  }
  return lines;
}
