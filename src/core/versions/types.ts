/**
 * A persona version: a named, dated, immutable copy of a persona, kept beside the library so
 * a designer can see what changed, compare two states and go back. Shared with the A/B compare.
 */
import type { Persona } from "../persona/schema";

export type VersionOrigin = "manual" | "export" | "share" | "review" | "import";
export interface PersonaVersion {
  id: string;
  personaId: string;
  createdAt: string /* ISO */;
  name: string;
  note?: string;
  origin: VersionOrigin;
  persona: Persona;
}
