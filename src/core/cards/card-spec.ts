/**
 * What the Character Card specs require of a card, applied to every card we write. An imported
 * card goes back out with all its fields, but many real cards do not meet the spec: a lorebook
 * without `extensions`, `null` in optional fields, `position: "after_char_defs"`, V3 entries
 * without `use_regex`. The libraries other tools check cards with refuse those:
 * character-card-utils (V2, zod) and RisuAI's ccardlib (V2 and V3, JSON Schema), both run by
 * interop.test.ts. So required fields get the spec's defaults, and optional fields that are
 * null or of the wrong type are left out; a field the spec does not name is kept as it is
 * (the V3 spec lets a card carry them). The original card stays whole in the persona.
 *
 * V2: github.com/malfoyslastname/character-card-spec-v2 (spec_v2.md); V3: kwaroran's
 * character-card-spec-v3 (SPEC_V3.md, "Lorebook Fields").
 */
import { isRecord, type CardData } from "./types";

export type SpecVersion = "v2" | "v3";

const isText = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : []);

/** The `data` fields every V2 card has (V3 keeps them all), with their type. */
const REQUIRED_TEXTS = [
  "name",
  "description",
  "personality",
  "scenario",
  "first_mes",
  "mes_example",
  "creator_notes",
  "system_prompt",
  "post_history_instructions",
  "creator",
  "character_version",
] as const;
const REQUIRED_LISTS = ["alternate_greetings", "tags"] as const;

/** Keeps `key` only when its value passes `check`, otherwise leaves it out (optional fields). */
function keepIf(
  object: Record<string, unknown>,
  key: string,
  check: (value: unknown) => boolean,
): void {
  if (key in object && !check(object[key])) delete object[key];
}

function keepTexts(object: Record<string, unknown>, key: string): void {
  if (!(key in object)) return;
  if (Array.isArray(object[key])) object[key] = texts(object[key]);
  else delete object[key];
}

const isAsset = (value: unknown) =>
  isRecord(value) &&
  isText(value.type) &&
  isText(value.uri) &&
  isText(value.name) &&
  isText(value.ext);

/** SillyTavern's world-info positions for what the spec calls before_char and after_char. */
const POSITIONS: Record<string, "before_char" | "after_char"> = {
  before_char: "before_char",
  after_char: "after_char",
  before_char_defs: "before_char",
  after_char_defs: "after_char",
};

function specEntry(entry: Record<string, unknown>, version: SpecVersion): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entry };
  out.keys = texts(entry.keys);
  out.content = isText(entry.content) ? entry.content : "";
  out.extensions = isRecord(entry.extensions) ? entry.extensions : {};
  out.enabled = isBoolean(entry.enabled) ? entry.enabled : true;
  // SillyTavern's default order for a new entry.
  out.insertion_order = isNumber(entry.insertion_order) ? entry.insertion_order : 100;
  if (version === "v3") out.use_regex = isBoolean(entry.use_regex) ? entry.use_regex : false;
  for (const key of ["use_regex", "case_sensitive", "constant", "selective"])
    keepIf(out, key, isBoolean);
  for (const key of ["name", "comment"]) keepIf(out, key, isText);
  keepIf(out, "priority", isNumber);
  keepTexts(out, "secondary_keys");
  // V3 allows a text id, but ccardlib checks V3 against a number: a numeric text becomes one.
  if (isText(entry.id) && entry.id.trim() !== "" && Number.isFinite(Number(entry.id)))
    out.id = Number(entry.id);
  keepIf(out, "id", isNumber);
  const position = isText(entry.position) ? POSITIONS[entry.position] : undefined;
  if (position) out.position = position;
  else delete out.position;
  return out;
}

function specBook(book: Record<string, unknown>, version: SpecVersion): Record<string, unknown> {
  const out: Record<string, unknown> = { ...book };
  for (const key of ["name", "description"]) keepIf(out, key, isText);
  for (const key of ["scan_depth", "token_budget"]) keepIf(out, key, isNumber);
  keepIf(out, "recursive_scanning", isBoolean);
  out.extensions = isRecord(book.extensions) ? book.extensions : {};
  out.entries = Array.isArray(book.entries)
    ? book.entries.filter(isRecord).map((entry) => specEntry(entry, version))
    : [];
  return out;
}

/**
 * `data` as the V2 or V3 spec wants it: a shallow copy with required fields filled (texts "",
 * lists [], `extensions` {}; V3's `group_only_greetings` too), optional fields of the wrong
 * type left out (a `null` lorebook, a numeric nickname), and the lorebook repaired entry by entry.
 */
export function specData(data: CardData, version: SpecVersion): CardData {
  const out: CardData = { ...data };
  for (const key of REQUIRED_TEXTS) if (!isText(out[key])) out[key] = "";
  for (const key of REQUIRED_LISTS) out[key] = texts(out[key]);
  if (version === "v3") out.group_only_greetings = texts(out.group_only_greetings);
  else keepTexts(out, "group_only_greetings");
  out.extensions = isRecord(out.extensions) ? out.extensions : {};
  if (isRecord(out.character_book)) out.character_book = specBook(out.character_book, version);
  else delete out.character_book;
  keepIf(out, "nickname", isText);
  keepTexts(out, "source");
  for (const key of ["creation_date", "modification_date"]) keepIf(out, key, isNumber);
  if (isRecord(out.creator_notes_multilingual)) {
    out.creator_notes_multilingual = Object.fromEntries(
      Object.entries(out.creator_notes_multilingual).filter(([, note]) => isText(note)),
    );
  } else delete out.creator_notes_multilingual;
  if (Array.isArray(out.assets)) out.assets = out.assets.filter(isAsset);
  else delete out.assets;
  return out;
}
