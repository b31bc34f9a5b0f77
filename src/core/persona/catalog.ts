/**
 * The dimension catalog: what each voice slider means, band by band, in French and
 * English. The editor shows it, the compiler turns it into instructions, and
 * docs/persona-format.md describes it (keep the three in step).
 *
 * The data lives in one file per family of dimensions, each citing its framework:
 * catalog-tone.ts (warmth; humor and enthusiasm after Nielsen Norman Group; emoji),
 * catalog-register.ts (Joos's five clocks; institutional voice), catalog-length.ts
 * (verbosity in sentences).
 */
import { bandIndex } from "./bands";
import type { Band, Dimension } from "./catalog-types";
import { VERBOSITY } from "./catalog-length";
import { INSTITUTIONAL, REGISTER } from "./catalog-register";
import { EMOJI, ENTHUSIASM, HUMOR, WARMTH } from "./catalog-tone";
import { DIMENSION_IDS, type DimensionId } from "./constants";

export type { Band, Dimension, DimensionGroup, LocalText } from "./catalog-types";
export { VERBOSITY_SENTENCES } from "./catalog-length";

/** Every dimension by id. Frozen: the catalog is reference data, never edited at run time. */
export const CATALOG: Readonly<Record<DimensionId, Dimension>> = Object.freeze({
  warmth: WARMTH,
  humor: HUMOR,
  enthusiasm: ENTHUSIASM,
  register: REGISTER,
  institutional: INSTITUTIONAL,
  verbosity: VERBOSITY,
  emoji: EMOJI,
});

/** The band a slider level (0..100) falls in for one dimension. */
export function bandOf(id: DimensionId, level: number): Band {
  return CATALOG[id].bands[bandIndex(level)];
}

/** All dimensions, in the order the studio shows them (DIMENSION_IDS). */
export function dimensions(): Dimension[] {
  return DIMENSION_IDS.map((id) => CATALOG[id]);
}
