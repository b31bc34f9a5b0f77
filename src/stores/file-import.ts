/**
 * One way in for every file a designer may drop or pick: a persona JSON, a Character Card
 * (JSON or PNG) or a client's review feedback. The file's content decides, not its name, so
 * a card saved as "bot.json" or a persona renamed ".txt" both find their way. The card reader
 * and the feedback reader are loaded on first use: the first screen needs neither.
 */
import type { CardImport, CardProblem } from "../core/cards";
import { MAX_PERSONA_FILE_BYTES, PERSONA_FORMAT } from "../core/persona/constants";
import type { Problem } from "../core/persona/restore";
import type { Feedback } from "../core/review/feedback";
import { HISTORY_FORMAT, MAX_HISTORY_FILE_BYTES } from "../core/versions/constants";
import type { Studio } from "./studio";

/** The largest file looked at: a card PNG carries an image, so it may be far larger than a persona. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

/** What an import attempt did; `source` is the file name, or null for pasted text. */
/** What a history file brought besides its persona: versions added and already there, or none. */
export type HistoryImport = { added: number; skipped: number } | { unavailable: true };

export type ImportResult =
  | {
      kind: "imported";
      name: string;
      card?: Omit<CardImport, "persona">;
      history?: HistoryImport;
    }
  | { kind: "feedback"; source: string | null; feedback: Feedback }
  | { kind: "invalid"; source: string | null; problems: Problem[] }
  | { kind: "card-refused"; source: string | null; problem: CardProblem }
  | { kind: "refused"; source: string | null; reason: "too-large" | "not-json" | "unreadable" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const isPng = (bytes: Uint8Array) => PNG_SIGNATURE.every((byte, i) => bytes[i] === byte);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Kind = "persona" | "card" | "feedback" | "history";

/**
 * What a JSON text claims to be. A card is recognised by its spec or its V1 fields, and a
 * lorebook by its entries (the card reader then says it is not a card); anything else is
 * read as a persona, whose reader explains best what is wrong with it.
 */
function kindOf(text: string): Kind {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "persona";
  }
  if (!isObject(value)) return "persona";
  if (value.format === "psydesign-feedback") return "feedback";
  if (value.format === HISTORY_FORMAT) return "history";
  if (value.format === PERSONA_FORMAT) return "persona";
  const data = isObject(value.data) ? value.data : undefined;
  const cardLike =
    typeof value.spec === "string" ||
    "first_mes" in value ||
    "char_name" in value ||
    isObject(value.entries) ||
    (data !== undefined && ("first_mes" in data || "name" in data));
  return cardLike ? "card" : "persona";
}

const cards = () => import("../core/cards");

function fromCard(
  studio: Studio,
  source: string | null,
  outcome: Awaited<ReturnType<typeof readCard>>,
): ImportResult {
  if (!outcome.ok) return { kind: "card-refused", source, problem: outcome.problem };
  const { persona, ...card } = outcome.card;
  studio.addPersona(persona);
  return { kind: "imported", name: persona.name, card };
}

async function readCard(input: string | Uint8Array) {
  const module = await cards();
  return typeof input === "string" ? module.readCardText(input) : module.readCardBytes(input);
}

/**
 * Every reader returns its problems rather than throwing; should one still throw, the import
 * says the file could not be read instead of showing nothing.
 */
async function answered(
  source: string | null,
  read: () => Promise<ImportResult>,
): Promise<ImportResult> {
  try {
    return await read();
  } catch {
    return { kind: "refused", source, reason: "unreadable" };
  }
}

/** Pasted or read text: a persona, a card or feedback. A valid one opens; an invalid one changes nothing. */
export function importText(
  studio: Studio,
  text: string,
  source: string | null,
): Promise<ImportResult> {
  return answered(source, () => readText(studio, text, source));
}

async function readText(
  studio: Studio,
  text: string,
  source: string | null,
): Promise<ImportResult> {
  const kind = kindOf(text);
  if (kind === "history") return importHistory(studio, text, source);
  if (text.length > MAX_IMPORT_BYTES) return { kind: "refused", source, reason: "too-large" };
  if (kind === "card") return fromCard(studio, source, await readCard(text));
  if (kind === "feedback") {
    const { restoreFeedbackText } = await import("../core/review/feedback");
    const outcome = restoreFeedbackText(text);
    if (!outcome.ok) return { kind: "invalid", source, problems: outcome.problems };
    const version = await versionOf(outcome.feedback);
    studio.feedback.getState().receive({ feedback: outcome.feedback, source, ...version });
    return { kind: "feedback", source, feedback: outcome.feedback };
  }
  // Only a file no indentation explains is refused unread; the door measures the persona's content.
  if (text.length > MAX_PERSONA_FILE_BYTES) return { kind: "refused", source, reason: "too-large" };
  const outcome = studio.importText(text);
  if (!outcome.ok) return { kind: "invalid", source, problems: outcome.problems };
  const name = studio.library.getState().entries[outcome.id]?.persona.name ?? outcome.id;
  return { kind: "imported", name };
}

/**
 * A persona with its versions: all or nothing, and never over the designer's work. A persona
 * not in the library comes in under its own id with its versions; the same persona already
 * there gains the versions it lacks; a different one holding its id is left as it is.
 */
async function importHistory(
  studio: Studio,
  text: string,
  source: string | null,
): Promise<ImportResult> {
  const [{ restoreHistoryText }, { sameValue }] = await Promise.all([
    import("../core/versions/history-file"),
    import("../core/review/persona-diff"),
  ]);
  const outcome = restoreHistoryText(text);
  if (!outcome.ok) return { kind: "invalid", source, problems: outcome.problems };
  const { persona } = outcome.history;
  let { versions } = outcome.history;
  const library = studio.library.getState();
  const existing = library.entries[persona.id]?.persona;
  if (!existing) library.add(persona);
  else if (sameValue(existing, persona)) library.open(persona.id);
  else {
    // Another persona holds this id (a first launch's copy of the same preset): the file's
    // comes in under a new id, and its versions follow it there.
    const id = studio.addPersona(persona);
    versions = versions.map((v) => ({ ...v, personaId: id, persona: { ...v.persona, id } }));
  }
  let history: HistoryImport;
  try {
    const { versionsStore } = await import("./versions-store");
    history = await versionsStore().getState().importVersions(versions);
  } catch {
    history = { unavailable: true };
  }
  return { kind: "imported", name: persona.name, history };
}

/** The version a feedback file names, if this browser keeps it; older files name none. */
async function versionOf(feedback: Feedback): Promise<{ version?: { id: string; name: string } }> {
  const { versionId } = feedback;
  if (versionId === undefined) return {};
  try {
    const { findVersion } = await import("./versions-store");
    const found = await findVersion(feedback.persona.id, versionId);
    return found ? { version: { id: found.id, name: found.name } } : {};
  } catch {
    return {};
  }
}

/** The file's bytes decide: a PNG goes to the card reader, anything else is read as UTF-8 JSON. */
export async function importBytes(
  studio: Studio,
  bytes: Uint8Array,
  source: string | null,
): Promise<ImportResult> {
  // Only a persona's history may be larger than any other file (readText checks which it is).
  if (bytes.byteLength > MAX_HISTORY_FILE_BYTES)
    return { kind: "refused", source, reason: "too-large" };
  if (isPng(bytes) && bytes.byteLength > MAX_IMPORT_BYTES)
    return { kind: "refused", source, reason: "too-large" };
  if (isPng(bytes))
    return answered(source, async () => fromCard(studio, source, await readCard(bytes)));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { kind: "refused", source, reason: "not-json" };
  }
  // A BOM is how some Windows editors save JSON; JSON.parse refuses it.
  return importText(studio, text.replace(/^\uFEFF/, ""), source);
}
