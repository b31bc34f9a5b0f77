/**
 * The meter's formality reading, on the register slider's 0..100 scale: a ridge model
 * fitted on human ratings (PT16) over features of the text (features.ts, word-cues.ts,
 * pos.ts and the word lists), plus, in English, a learned lexicon (lexical.ts), tags
 * (tags-en.ts) and GloVe word scores (glove.ts); set formulas of address and leave-taking
 * add a rule-based shift (formulas.ts). The fitted numbers are in ../generated/; the fit
 * itself (scripts/fit-formality.ts) reads this folder's parts directly.
 */
export { measureFormality, prepareFormality } from "./measure-formality";
