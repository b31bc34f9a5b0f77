import type { Persona } from "../persona/schema";

export type VersionOrigin = "manual" | "export" | "share" | "review" | "import";
export interface PersonaVersion {
  id: string;
  personaId: string;
  createdAt: string;
  name: string;
  note?: string;
  origin: VersionOrigin;
  persona: Persona;
}
