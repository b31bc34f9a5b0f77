/** The shape of a fitted formality model (the weights live in formality-weights.ts, generated). */
import type { FeatureName } from "./formality-features";

export interface FeatureWeight {
  name: FeatureName | "lexical";
  /** Training mean and standard deviation, to standardize the feature. */
  mean: number;
  scale: number;
  /** Rating points per standard deviation. */
  weight: number;
}

export interface FormalityModel {
  /** The predicted rating of an average training sentence. */
  intercept: number;
  /** One entry per feature, in FEATURE_NAMES order (then "lexical" for English). */
  features: readonly FeatureWeight[];
}
