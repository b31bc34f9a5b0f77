import type { PresetSummary } from "./presets-store";

/**
 * What the library lists about each preset, without the presets themselves (see
 * build/vite-plugin-preset-summaries.ts): the list is painted at once, and the presets are
 * fetched when one is duplicated. presets.test.ts checks these against the validated presets.
 */
const files = import.meta.glob<PresetSummary>("../../personas/*.json", {
  eager: true,
  import: "default",
  query: "?summary",
});

export const PRESET_SUMMARIES: readonly PresetSummary[] = Object.values(files).toSorted((a, b) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
);
