/**
 * A persona's settings as a client reads them: each slider with its band's name and level
 * ("Warmth: Warm (80)"), then address and language. Both sides of a comparison list the
 * same rows in the same order, so the report can put them side by side.
 */
import { bandIndex } from "../persona/bands";
import { CATALOG } from "../persona/catalog";
import { DIMENSION_IDS } from "../persona/constants";
import type { Persona } from "../persona/schema";
import { COMPARE_WORDS } from "./report-words";

export interface SettingRow {
  label: string;
  value: string;
}

export function settingRows(persona: Persona, lang: "en" | "fr"): SettingRow[] {
  const words = COMPARE_WORDS[lang];
  const rows: SettingRow[] = DIMENSION_IDS.map((id) => {
    const level = persona.voice[id];
    return {
      label: CATALOG[id].label[lang],
      value: `${CATALOG[id].bands[bandIndex(level)].name[lang]} (${level})`,
    };
  });
  rows.push(
    { label: words.address, value: words.addressForms[persona.address] },
    { label: words.language, value: words.languages[persona.language] },
  );
  return rows;
}
