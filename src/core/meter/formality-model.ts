/** The shape of a fitted formality model (the weights live in formality-weights.ts, generated). */
import type { FeatureName } from "./formality-features";

/** The English model's lexical values (lexical-formality.ts), after the features. */
export const LEXICAL_NAMES = ["beginningMean", "beginningLean", "endingMean", "endingLean"] as const;
export type LexicalName = (typeof LEXICAL_NAMES)[number];

export interface FeatureWeight {
  name: FeatureName | LexicalName;
  /** Training mean and standard deviation, to standardize the feature. */
  mean: number;
  scale: number;
  /** Rating points per standard deviation. */
  weight: number;
}

export interface FormalityModel {
  /** The predicted rating of an average training sentence. */
  intercept: number;
  /** One entry per feature, in FEATURE_NAMES order (then LEXICAL_NAMES for English). */
  features: readonly FeatureWeight[];
}
