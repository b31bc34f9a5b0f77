/**
 * How several tabs share one library without overwriting each other: every entry carries
 * a revision and the tab that made it; a write first merges what is stored (newer entry
 * wins, deletions win over older entries), and a tab that finds its open persona changed
 * by another tab is told so instead of silently writing over it.
 */
import type { Persona } from "../core/persona/schema";

export interface LibraryEntry {
  persona: Persona;
  /** Milliseconds since the epoch of the last edit. */
  updatedAt: number;
  /** Incremented on every saved edit; compares versions across tabs. */
  revision: number;
  /** The tab that made this revision. */
  editedBy: string;
}

export interface LibraryDoc {
  entries: Record<string, LibraryEntry>;
  /** The designer's own order: newest first. */
  order: string[];
  /** Deleted ids and when, so a deletion in one tab is not undone by another's write. */
  deleted: Record<string, number>;
  openId: string | null;
}

export const EMPTY_LIBRARY: LibraryDoc = { entries: {}, order: [], deleted: {}, openId: null };

/** Tombstones older than this are forgotten: no tab stays open that long unsynced. */
const TOMBSTONE_MS = 30 * 24 * 3600 * 1000;

export function newerEntry(a: LibraryEntry | undefined, b: LibraryEntry | undefined): LibraryEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return a.editedBy >= b.editedBy ? a : b;
}

/** The union of two views of the library; `mine` keeps its open persona and order first. */
export function mergeLibraries(mine: LibraryDoc, stored: LibraryDoc, now: number): LibraryDoc {
  const deleted: Record<string, number> = {};
  for (const source of [stored.deleted, mine.deleted]) {
    for (const [id, at] of Object.entries(source)) {
      if (now - at < TOMBSTONE_MS) deleted[id] = Math.max(deleted[id] ?? 0, at);
    }
  }
  const entries: Record<string, LibraryEntry> = {};
  for (const id of new Set([...Object.keys(stored.entries), ...Object.keys(mine.entries)])) {
    const winner = newerEntry(mine.entries[id], stored.entries[id]);
    const deletedAt = deleted[id];
    if (!winner) continue;
    if (deletedAt !== undefined && winner.updatedAt <= deletedAt) continue;
    if (deletedAt !== undefined) delete deleted[id];
    entries[id] = winner;
  }
  const order = [...new Set([...mine.order, ...stored.order])].filter((id) => id in entries);
  for (const id of Object.keys(entries)) if (!order.includes(id)) order.push(id);
  const openId = mine.openId !== null && mine.openId in entries ? mine.openId : (order[0] ?? null);
  return { entries, order, deleted, openId };
}

/**
 * Whether another tab saved a revision of `id` this tab has not seen: `seen` is the
 * revision this tab last read or wrote.
 */
export function changedElsewhere(
  stored: LibraryDoc | null,
  id: string,
  seen: number | undefined,
  tabId: string,
): LibraryEntry | undefined {
  const entry = stored?.entries[id];
  if (!entry || entry.editedBy === tabId) return undefined;
  return seen === undefined || entry.revision > seen ? entry : undefined;
}
