/**
 * Every dimension is read in five equal bands (0-19, 20-39, 40-59, 60-79, 80-100):
 * wide enough that a designer can aim at one with a slider, few enough that each
 * band can carry its own concrete instruction in the compiled prompt.
 */
export const BAND_COUNT = 5;
export type BandIndex = 0 | 1 | 2 | 3 | 4;

/** The band a 0..100 level falls in; values outside the range are clamped. */
export function bandIndex(level: number): BandIndex {
  if (!(level >= 20)) return 0;
  if (level < 40) return 1;
  if (level < 60) return 2;
  if (level < 80) return 3;
  return 4;
}

/** The inclusive range [low, high] of a band. */
export function bandRange(band: BandIndex): readonly [number, number] {
  return band === 4 ? [80, 100] : [band * 20, band * 20 + 19];
}
