/**
 * Search by name the way people type: "lea" finds "Léa", "ECOLE" finds "école".
 * Decomposing (NFD) splits each accented letter into its base letter and a combining
 * mark, which is then dropped.
 */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

export function matchesName(name: string, query: string): boolean {
  const folded = foldName(query);
  return folded === "" || foldName(name).includes(folded);
}

/** The schema's limit for a persona name (`personaSchema.name`). */
export const MAX_NAME_LENGTH = 120;
