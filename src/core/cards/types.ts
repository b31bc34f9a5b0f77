/**
 * Character Cards (SillyTavern's open format, V1/V2/V3): the shapes this module reads and
 * writes, and the problems it reports. Problems carry a stable `code` the UI translates and
 * a plain English `message` for the CLI and logs; a reader never throws.
 */
import type { Persona } from "../persona/schema";

/**
 * Files above this are refused on their byte length, before any decoding. Real cards are
 * a portrait (a few hundred KB to a few MB) plus JSON; 16 MiB leaves room for large
 * lorebooks and high-resolution art while keeping a hostile 20 MB upload out.
 */
export const MAX_CARD_BYTES = 16 * 1024 * 1024;

/**
 * How deep a card's JSON may nest (objects and lists inside one another), not counting the
 * persona a studio export carries, which the persona door checks itself. Real cards nest about
 * ten levels (a lorebook entry's extensions); the cap keeps every later step, and the persona
 * door's own limit on `extensions`, far from a stack overflow.
 */
export const MAX_CARD_NESTING = 48;

export type CardProblemCode =
  | "too-large"
  | "persona-too-large"
  | "compressed-too-large"
  | "too-deep"
  | "not-a-card"
  | "no-card-in-png"
  | "bad-png"
  | "bad-base64"
  | "bad-json"
  | "lorebook"
  | "no-name"
  | "no-data"
  | "unknown-spec"
  | "is-persona"
  | "invalid-persona"
  | "unreadable";

export interface CardProblem {
  code: CardProblemCode;
  message: string;
}

export type CardVersion = "v1" | "v2" | "v3";

export interface CardImport {
  /** Valid: it passed restorePersona. */
  persona: Persona;
  version: CardVersion;
  container: "json" | "png";
  /** True when the persona came back whole from `data.extensions.psydesign`. */
  exact: boolean;
  /**
   * The settings the card did not state and the importer estimated from the card's own
   * dialogue (e.g. "voice.warmth", "address", "language"), and from how many words of it.
   * Empty when exact.
   */
  estimated: { settings: string[]; words: number };
  /**
   * Only for a card this studio exported that was edited in another tool afterwards: the
   * card fields whose new text replaced the persona's (e.g. ["first_mes"]); `exact` is false.
   */
  editedElsewhere?: string[];
}

export type CardReadOutcome = { ok: true; card: CardImport } | { ok: false; problem: CardProblem };

/** A card's `data` object (V2/V3) or a whole V1 card: a JSON object, fields unchecked. */
export type CardData = Record<string, unknown>;

/**
 * Where a persona imported from a card keeps the card as it came, so nothing is lost:
 * fields the persona has no place for (lorebook, alternate greetings, assets…), texts the
 * schema had to shorten, and unknown extensions the spec says must survive an export.
 * `spec` is the card's own spec string; a V1 card has none and is stored as
 * "chara_card_v1" / "1.0" with the whole flat object as `data`.
 */
export interface CharacterCardExtension {
  spec: "chara_card_v1" | "chara_card_v2" | "chara_card_v3";
  spec_version: string;
  data: CardData;
  /**
   * Set when this is a card the studio exported and another tool edited: `data` then holds the
   * other tool's card without the texts the persona took over and without the fields the studio
   * derives from the persona (description, personality, system_prompt) unless the other tool
   * changed them; those keep following the persona.
   */
  fromStudio?: true;
}

/** The key of `persona.extensions` that holds a CharacterCardExtension. */
export const CHARACTER_CARD_KEY = "characterCard";
/** The key of a card's `data.extensions` that holds the whole persona. */
export const PSYDESIGN_KEY = "psydesign";

const MESSAGES: Record<CardProblemCode, string> = {
  "too-large": `This file is larger than ${MAX_CARD_BYTES / 1024 / 1024} MiB; character cards never are`,
  "persona-too-large": `This card is within the ${MAX_CARD_BYTES / 1024 / 1024} MiB file limit, but the persona made from it would be over 1 MB`,
  "compressed-too-large": `The card text inside this PNG is compressed and expands past ${MAX_CARD_BYTES / 1024 / 1024} MiB; character cards never do`,
  "too-deep": `This character card nests its data more than ${MAX_CARD_NESTING} levels deep; real cards nest about ten`,
  "not-a-card": "This file is not a character card (neither a PNG image nor a JSON card)",
  "no-card-in-png": "This PNG image carries no character card (no 'chara' or 'ccv3' text chunk)",
  "bad-png": "This PNG file is damaged or cut short and cannot be read",
  "bad-base64": "The character card inside this PNG is not valid base64",
  "bad-json": "The character card is not valid JSON",
  lorebook: "This is a SillyTavern World Info (lorebook) file, not a character card",
  "no-name": "This character card has no name",
  "no-data": "This character card has no 'data' section",
  "unknown-spec": "This character card uses a spec this studio does not know",
  "is-persona": "This is a Psydesign persona file, not a character card: open it as a persona",
  "invalid-persona": "The persona stored in this character card is not valid",
  unreadable: "This character card could not be read",
};

/** Every problem a reader may answer. */
export const CARD_PROBLEM_CODES = Object.keys(MESSAGES) as CardProblemCode[];

/** A problem with its standard message, and a detail after a colon when there is one. */
export function cardProblem(
  code: CardProblemCode,
  detail?: string,
): { ok: false; problem: CardProblem } {
  return problemSaying(code, detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code]);
}

/** A problem whose standard message would say the wrong thing (a large image is not a large file). */
export function problemSaying(
  code: CardProblemCode,
  message: string,
): { ok: false; problem: CardProblem } {
  return { ok: false, problem: { code, message } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A string field of a card, or "" when it is missing or not a string. */
export function textField(data: CardData, key: string): string {
  const value = data[key];
  return typeof value === "string" ? value : "";
}
