/**
 * The meter's address reading: tu or vous in French, courtesy title or first name in
 * English, with the spans that made it. French reads pronouns, verb endings, imperatives
 * and the marks of a plural "vous" (cues-fr.ts, imperative-fr.ts, plural-fr.ts); English
 * only how the reader is named (cues-en.ts); cue.ts turns the cues into one form.
 */
export { detectAddress } from "./detect-address";
