import { restorePersona } from "../core/persona/restore";
import type { Persona } from "../core/persona/schema";

// Vite bundles the preset files at build time; they still pass through the one door
// for persona JSON, so a broken preset fails loudly in development and in tests.
const files = import.meta.glob<unknown>("../../personas/*.json", {
  eager: true,
  import: "default",
});

function loadPresets(): Persona[] {
  const presets: Persona[] = [];
  for (const [file, json] of Object.entries(files)) {
    const result = restorePersona(json);
    if (!result.ok) {
      const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
      throw new Error(`preset ${file} is invalid: ${detail}`);
    }
    presets.push(result.persona);
  }
  return presets.toSorted((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export const PRESETS: readonly Persona[] = loadPresets();
