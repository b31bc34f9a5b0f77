/**
 * The persona format's fixed vocabulary, apart from the zod schema so that the editor,
 * the catalog and the compiler can use it without loading zod on the first screen.
 */
export const PERSONA_FORMAT = "psydesign.persona";
export const SCHEMA_VERSION = 2;

/** The voice dimensions, in the order the studio shows them. */
export const DIMENSION_IDS = [
  "warmth",
  "humor",
  "enthusiasm",
  "register",
  "institutional",
  "verbosity",
  "emoji",
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const ADDRESS_FORMS = ["informal", "formal"] as const;
export type Address = (typeof ADDRESS_FORMS)[number];

/**
 * The most a persona may hold: the UTF-8 bytes of its compact JSON (no spaces), so the
 * indentation a tool adds never decides whether a file is read. No persona comes close.
 */
export const MAX_PERSONA_BYTES = 1_000_000;

/**
 * The most bytes a persona file's text may have, refused before parsing. Generous enough for
 * any indentation of a persona within MAX_PERSONA_BYTES, and still cheap to parse.
 */
export const MAX_PERSONA_FILE_BYTES = 4_000_000;

/**
 * How deep objects and lists may nest under `extensions`, which is itself the first level.
 * Real tools nest a handful of levels; the limit keeps every recursive reader (JSON.stringify,
 * structuredClone, a worker's postMessage) far from the stack's end.
 */
export const MAX_EXTENSION_DEPTH = 64;
