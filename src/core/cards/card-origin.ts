/**
 * Where a persona's card fields come from: a card from another tool it was imported from, a
 * studio card another tool edited, or nothing but the persona. Kept apart from the writer
 * (from-persona.ts, which compiles the prompt) so the export menu can ask for its default
 * without loading the compiler.
 */
import type { Persona } from "../persona/schema";
import { CHARACTER_CARD_KEY, isRecord, type CharacterCardExtension } from "./types";

const SPECS = new Set(["chara_card_v1", "chara_card_v2", "chara_card_v3"]);

/** The card a persona was imported from, or the edits another tool made to a studio card, when its extension is intact. */
export function cardOrigin(persona: Persona): CharacterCardExtension | undefined {
  const stored = persona.extensions[CHARACTER_CARD_KEY];
  if (
    !isRecord(stored) ||
    !isRecord(stored.data) ||
    typeof stored.spec !== "string" ||
    !SPECS.has(stored.spec)
  )
    return undefined;
  return stored as unknown as CharacterCardExtension;
}

/** True for a persona imported from another tool's card: its card fields are the card author's. */
export function importedFromCard(persona: Persona): boolean {
  const origin = cardOrigin(persona);
  return origin !== undefined && origin.fromStudio !== true;
}

/**
 * The export's default for writing the compiled prompt as the card's `system_prompt`: on for a
 * persona made in the studio, off for one imported from a card (its system prompt is the card
 * author's, and SillyTavern sends it in place of the user's own), and off where another tool
 * wrote a system prompt into a studio card.
 */
export function compiledPromptByDefault(persona: Persona): boolean {
  const origin = cardOrigin(persona);
  if (origin === undefined) return true;
  return origin.fromStudio === true && typeof origin.data.system_prompt !== "string";
}
