/** The preset personas (personas/*.json), restored as the studio restores them, by file name. */
import { readdirSync, readFileSync } from "node:fs";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";

const DIR = new URL("../../personas/", import.meta.url);

export const PRESETS: readonly Persona[] = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .toSorted()
  .map((file) => {
    const restored = restorePersonaText(readFileSync(new URL(file, DIR), "utf8"));
    if (!restored.ok)
      throw new Error(`${file}: ${restored.problems.map((p) => p.message).join("; ")}`);
    return restored.persona;
  });
