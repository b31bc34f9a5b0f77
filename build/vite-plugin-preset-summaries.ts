import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** The fields of a preset the library lists; see src/stores/preset-summaries.ts. */
const FIELDS = ["id", "name", "language", "description"] as const;

/**
 * `personas/<file>.json?summary` is the preset's summary alone, a module apart from the
 * whole file: the library lists the presets on its first paint without fetching them.
 */
export function presetSummaries(): Plugin {
  return {
    name: "psydesign:preset-summaries",
    enforce: "pre",
    load(id) {
      const [file, query] = id.split("?");
      if (query !== "summary" || !file?.endsWith(".json")) return null;
      this.addWatchFile(file);
      const preset = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
      const summary = Object.fromEntries(FIELDS.map((field) => [field, preset[field]]));
      return { code: `export default ${JSON.stringify(summary)};`, moduleType: "js" };
    },
  };
}
