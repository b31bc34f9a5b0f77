/**
 * One preset persona (personas/<id>.json) by file path: under jsdom `URL` is jsdom's and
 * node:fs refuses it, so tests/helpers/presets.ts cannot serve jsdom test files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";

export function presetByPath(id: string): Persona {
  const text = readFileSync(join(import.meta.dirname, "../../personas", `${id}.json`), "utf8");
  const restored = restorePersonaText(text);
  if (!restored.ok) throw new Error(`${id} should be a valid persona`);
  return restored.persona;
}
