import type { Persona } from "../persona/schema";
import type { SectionId } from "./types";
import type { Localized } from "./text";

/**
 * One prompt section: its heading in each language and a writer for its body.
 * Writers are pure and return "" when the persona gives them nothing to say,
 * in which case compile() leaves the whole section out.
 */
export interface SectionWriter {
  id: SectionId;
  title: Localized<string>;
  write(persona: Persona): string;
}
