/**
 * Character Card import and export, in one module the app loads as its own chunk (it
 * brings fast-png, fflate and the meter): a loading boundary like persona/lazy-codec.ts, not a barrel.
 * The export store imports from-persona.ts directly, so exporting never loads the meter,
 * which only the importer's voice estimate needs.
 */
export {
  MAX_CARD_BYTES,
  type CardImport,
  type CardProblem,
  type CardProblemCode,
  type CardReadOutcome,
  type CardVersion,
  type CharacterCardExtension,
} from "./types";
export { readCardBytes, readCardText } from "./read";
export { cardPng, cardV2, cardV3, type CardOptions } from "./from-persona";
export { voiceSummary } from "./voice-summary";
export { MIN_ESTIMATE_WORDS } from "./estimate";
