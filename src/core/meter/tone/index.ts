/**
 * The meter's tone readings: warmth, enthusiasm, humour and institutional voice, each a
 * saturating count of cue phrases (cues.ts), exclamation marks and passive voice.
 */
export { measureTone } from "./measure-tone";
