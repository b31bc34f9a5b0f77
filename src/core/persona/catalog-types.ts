/**
 * The shapes of the dimension catalog. They live apart from `catalog.ts` so the
 * per-group data files can use them without importing the module that assembles them.
 */
import type { DimensionId } from "./schema";

/** A text the studio shows in both of its languages. */
export interface LocalText {
  fr: string;
  en: string;
}

/** One of the five readings of a dimension (see `bands.ts` for the level ranges). */
export interface Band {
  /** Short name, unique within its dimension, e.g. "Consultative". */
  name: LocalText;
  /** One line saying how an assistant at this band writes. */
  description: LocalText;
  /**
   * What an assistant at this band would actually say. Examples within one dimension
   * answer the same situation, so the bands can be compared side by side.
   */
  example: LocalText;
}

/**
 * Where a dimension sits in the compiled prompt. Emoji belongs to "tone": it colours a
 * reply the way humor and enthusiasm do (the compiler may still give it its own section).
 */
export type DimensionGroup = "tone" | "register" | "institutional" | "length";

export interface Dimension {
  id: DimensionId;
  /** The slider's label; the English one is also its accessible name in the UI. */
  label: LocalText;
  /** What the slider's two ends mean: low is level 0, high is level 100. */
  poles: { low: LocalText; high: LocalText };
  group: DimensionGroup;
  /** Bands 0..4, in the order of `bandIndex`. */
  bands: readonly [Band, Band, Band, Band, Band];
}
