/**
 * Reading the stored library: every persona through the one door, and nothing dropped. An
 * entry the door refuses (damaged, or saved by a newer version of the studio that an older
 * tab cannot read) is kept exactly as stored, so this tab writes it back untouched; a stored
 * value that is not a library at all is reported whole, for the store to set aside. Never
 * throws: an exception while reading one entry makes that entry unreadable, nothing more.
 */
import type { LibraryDoc, LibraryEntry } from "./library-sync";

/** The zod-backed persona functions, loaded as their own chunk (see core/persona/lazy-codec.ts). */
export type PersonaCodec = typeof import("../core/persona/lazy-codec");

export interface RestoredLibrary {
  /** The personas this tab can open. */
  doc: LibraryDoc;
  /** Stored entries it cannot read, by id, exactly as stored. */
  kept: Record<string, unknown>;
  /** Why the stored value is not a library at all; `doc` is then empty. */
  unreadable?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function lineageIn(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined;
  const lineage: Record<string, number> = {};
  for (const [tab, revision] of Object.entries(value))
    if (typeof revision === "number" && Number.isFinite(revision)) lineage[tab] = revision;
  return lineage;
}

/** A stored entry as this tab can use it, or undefined when the door refuses its persona. */
export function readEntry(codec: PersonaCodec, id: string, raw: unknown): LibraryEntry | undefined {
  try {
    if (!isRecord(raw)) return undefined;
    const result = codec.restorePersona(raw.persona);
    if (!result.ok || result.persona.id !== id) return undefined;
    const lineage = lineageIn(raw.lineage);
    return {
      persona: result.persona,
      updatedAt: Number(raw.updatedAt) || 0,
      revision: Number(raw.revision) || 0,
      editedBy: typeof raw.editedBy === "string" ? raw.editedBy : "",
      ...(lineage ? { lineage } : {}),
    };
  } catch {
    return undefined;
  }
}

function unreadable(reason: string): RestoredLibrary {
  return {
    doc: { entries: {}, order: [], deleted: {}, openId: null },
    kept: {},
    unreadable: reason,
  };
}

/** The stored library's state (the `state` of what the persist middleware wrote). */
export function restoreLibrary(codec: PersonaCodec, state: unknown): RestoredLibrary {
  if (state === undefined || state === null)
    return { doc: { entries: {}, order: [], deleted: {}, openId: null }, kept: {} };
  if (!isRecord(state)) return unreadable("the saved library is not an object");
  const stored = state.entries ?? {};
  if (!isRecord(stored)) return unreadable("the saved library's personas are not an object");
  const entries: Record<string, LibraryEntry> = {};
  const kept: Record<string, unknown> = {};
  for (const [id, raw] of Object.entries(stored)) {
    const entry = readEntry(codec, id, raw);
    if (entry) entries[id] = entry;
    else kept[id] = raw;
  }
  const order = Array.isArray(state.order)
    ? state.order.filter((id): id is string => typeof id === "string" && id in entries)
    : [];
  for (const id of Object.keys(entries)) if (!order.includes(id)) order.push(id);
  const deleted: Record<string, number> = {};
  if (isRecord(state.deleted))
    for (const [id, at] of Object.entries(state.deleted))
      if (typeof at === "number") deleted[id] = at;
  const openId =
    typeof state.openId === "string" && state.openId in entries ? state.openId : (order[0] ?? null);
  return { doc: { entries, order, deleted, openId }, kept };
}

/**
 * The stored library's shape without validating personas, for merging on write only: every
 * entry is carried over as stored, readable or not, so a write never drops one.
 */
export function looseLibrary(state: unknown): LibraryDoc {
  const source = isRecord(state) ? state : {};
  const entries: Record<string, LibraryEntry> = {};
  if (isRecord(source.entries)) {
    for (const [id, entry] of Object.entries(source.entries))
      if (isRecord(entry)) entries[id] = entry as unknown as LibraryEntry;
  }
  const deleted: Record<string, number> = {};
  if (isRecord(source.deleted))
    for (const [id, at] of Object.entries(source.deleted))
      if (typeof at === "number") deleted[id] = at;
  return {
    entries,
    order: Array.isArray(source.order)
      ? source.order.filter((id): id is string => typeof id === "string")
      : [],
    deleted,
    openId: typeof source.openId === "string" ? source.openId : null,
  };
}
