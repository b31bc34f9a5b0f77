/**
 * One reply read against its side's persona: the same reading the persona tests' derived
 * checks and drift runs take (the meter, then the adherence rule), kept to what the view and
 * the report show. Imported lazily: the meter's word tables are heavy.
 */
import { adherence } from "../meter/adherence";
import { analyze } from "../meter/analyze";
import type { Persona } from "../persona/schema";
import type { CompareReading } from "./types";

export function readReply(persona: Persona, text: string): CompareReading[] {
  return adherence(analyze(text, persona.language, persona.lexicon), persona).dimensions.map(
    ({ dimension, target, measured, ok }) => ({ dimension, target, measured, ok }),
  );
}
