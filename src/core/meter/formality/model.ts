/** The shape of a fitted formality model (the weights live in generated/formality-weights.ts). */
import type { FeatureName } from "./features";
import { TAG_NAMES } from "./tags-en";

/** The English model's lexical values (lexical.ts), after the features. */
export const LEXICAL_NAMES = [
  "beginningMean",
  "beginningLean",
  "endingMean",
  "endingLean",
] as const;
export type LexicalName = (typeof LEXICAL_NAMES)[number];

/** Then the English part-of-speech values (tags-en.ts): each tag's share, unknown words, the tag trigram table. */
export const TAG_FEATURE_NAMES = [
  ...TAG_NAMES.map((tag) => `tag ${tag}` as const),
  "unknownWordShare",
  "trigramMean",
  "trigramLean",
] as const;
export type TagFeatureName = (typeof TAG_FEATURE_NAMES)[number];

/** Then the GloVe word scores (glove.ts): their weighted mean and lean. */
export const GLOVE_NAMES = ["gloveMean", "gloveLean"] as const;
export type GloveName = (typeof GLOVE_NAMES)[number];

export interface FeatureWeight {
  name: FeatureName | LexicalName | TagFeatureName | GloveName;
  /** Training mean and standard deviation, to standardize the feature. */
  mean: number;
  scale: number;
  /** Rating points per standard deviation. */
  weight: number;
}

export interface FormalityModel {
  /** The predicted rating of an average training sentence. */
  intercept: number;
  /** One entry per feature, in FEATURE_NAMES order (then LEXICAL_NAMES, TAG_FEATURE_NAMES and GLOVE_NAMES for English). */
  features: readonly FeatureWeight[];
}
