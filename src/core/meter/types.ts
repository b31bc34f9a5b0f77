/**
 * What the style meter reports about one reply. Every reading carries its evidence as
 * character spans of the analysed text, so the studio can highlight why it read what
 * it read. Scores are 0..100 on the same scale as the persona's sliders.
 */
import type { BandIndex } from "../persona/bands";
import type { DimensionId, Language } from "../persona/constants";

/** A piece of the text that supports a reading: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  /** Short name of the cue, e.g. "contraction", "vous", "exclamation", "emoji". */
  cue: string;
}

export interface Reading {
  /** 0..100, comparable with the slider of the same dimension. */
  score: number;
  band: BandIndex;
  evidence: Span[];
}

export type AddressReading = "formal" | "informal" | "none" | "mixed";

export interface Measurement {
  language: Language;
  formality: Reading;
  address: { form: AddressReading; evidence: Span[] };
  warmth: Reading;
  enthusiasm: Reading;
  humor: Reading;
  institutional: Reading;
  length: { sentences: number; words: number; band: BandIndex };
  emoji: { count: number; band: BandIndex; evidence: Span[] };
  readability: { score: number; formula: "flesch" | "kandel-moles" };
  lexicon: { avoided: TermHits[]; preferred: TermHits[] };
}

export interface TermHits {
  term: string;
  spans: Span[];
}

export interface LexiconInput {
  prefer: readonly string[];
  avoid: readonly string[];
}

/** One dimension of adherence: the persona's target against the measured reading. */
export interface DimensionAdherence {
  dimension: DimensionId | "address" | "lexicon";
  /** Target band (0..4) for slider dimensions; the address form; "no avoided words". */
  target: string;
  measured: string;
  ok: boolean;
  /** Hard rules (address form, avoided words): a single violation is a drift. */
  hard: boolean;
}

export interface Adherence {
  dimensions: DimensionAdherence[];
  /** 0..100: share of dimensions within tolerance, hard rules weighing double. */
  score: number;
}
