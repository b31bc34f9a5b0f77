/**
 * How several tabs share one library without losing an edit. Every entry carries, besides
 * its revision, its lineage: the latest revision of each tab whose edits it contains. Two
 * versions of a persona are then comparable: one contains the other (it was made from it), or
 * neither does (two tabs saved in the same millisecond, before hearing of each other).
 *
 * localStorage gives no compare-and-set: each tab writes its own copy, and the browser tells
 * the others afterwards. So the rule is checked at both ends. A tab saves only over a version
 * it has seen (else its edit becomes a copy at once); and a tab that later finds the stored
 * version lacking its own latest edit, and carrying another tab's, knows its save was written
 * over: it saves its version again, as a copy, and says so. The overwritten tab always hears
 * of the write that overwrote it, so exactly one copy is made, by the tab whose edit it is.
 */
import type { Persona } from "../core/persona/schema";

export interface LibraryEntry {
  persona: Persona;
  /** Milliseconds since the epoch of the last edit. */
  updatedAt: number;
  /** Incremented on every saved edit. */
  revision: number;
  /** The tab that made this revision. */
  editedBy: string;
  /** Tab id → the latest of its revisions this version contains (absent before lineages: see lineageOf). */
  lineage?: Record<string, number>;
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

/**
 * Tabs a lineage remembers, the most recent kept. Forgetting an old tab can only make a
 * later comparison see a conflict that was none: one copy too many, never an edit lost.
 */
const LINEAGE_TABS = 8;

export function lineageOf(entry: LibraryEntry): Record<string, number> {
  const lineage = entry.lineage;
  if (lineage && typeof lineage === "object") return lineage;
  return { [String(entry.editedBy)]: Number(entry.revision) || 0 };
}

/** The entry for a new revision of `base` (or a first one) by `tabId`. */
export function nextEntry(
  persona: Persona,
  base: LibraryEntry | undefined,
  tabId: string,
  now: number,
): LibraryEntry {
  const revision = (base?.revision ?? 0) + 1;
  const lineage = Object.entries({ ...(base ? lineageOf(base) : {}), [tabId]: revision })
    .toSorted((x, y) => y[1] - x[1])
    .slice(0, LINEAGE_TABS);
  return {
    persona,
    updatedAt: now,
    revision,
    editedBy: tabId,
    lineage: Object.fromEntries(lineage),
  };
}

/** Whether `a` holds an edit `b` does not: from `tab` only, or from any tab. */
export function hasEditsMissingFrom(a: LibraryEntry, b: LibraryEntry, tab?: string): boolean {
  const mine = lineageOf(a);
  const theirs = lineageOf(b);
  if (tab !== undefined) return (mine[tab] ?? 0) > (theirs[tab] ?? 0);
  return Object.entries(mine).some(([id, revision]) => revision > (theirs[id] ?? 0));
}

/** Two versions of one persona, each holding an edit the other lacks. */
export function concurrent(a: LibraryEntry, b: LibraryEntry): boolean {
  return hasEditsMissingFrom(a, b) && hasEditsMissingFrom(b, a);
}

/** Same persona, same edits: nothing to choose. */
function sameVersion(a: LibraryEntry, b: LibraryEntry): boolean {
  return !hasEditsMissingFrom(a, b) && !hasEditsMissingFrom(b, a);
}

/** A fixed order for versions neither of which contains the other, the same in every tab. */
export function newerEntry(
  a: LibraryEntry | undefined,
  b: LibraryEntry | undefined,
): LibraryEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.revision !== b.revision) return a.revision > b.revision ? a : b;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return a.editedBy >= b.editedBy ? a : b;
}

/**
 * The version of one persona to keep when this tab (`tabId`) writes: the one that contains
 * the other; when they are concurrent, this tab's own (the other tab will hear of this write
 * and keep its version as a copy); otherwise the fixed order.
 */
function choose(
  mine: LibraryEntry | undefined,
  stored: LibraryEntry | undefined,
  tabId: string,
): LibraryEntry | undefined {
  if (!mine || !stored) return mine ?? stored;
  if (sameVersion(mine, stored)) return newerEntry(mine, stored);
  if (!hasEditsMissingFrom(mine, stored)) return stored;
  if (!hasEditsMissingFrom(stored, mine)) return mine;
  return hasEditsMissingFrom(mine, stored, tabId) ? mine : newerEntry(mine, stored);
}

/** The union of two views of the library, written by `tabId`; `mine` keeps its open persona and order first. */
export function mergeLibraries(
  mine: LibraryDoc,
  stored: LibraryDoc,
  now: number,
  tabId: string,
): LibraryDoc {
  const deleted: Record<string, number> = {};
  for (const source of [stored.deleted, mine.deleted]) {
    for (const [id, at] of Object.entries(source)) {
      if (typeof at === "number" && now - at < TOMBSTONE_MS)
        deleted[id] = Math.max(deleted[id] ?? 0, at);
    }
  }
  const entries: Record<string, LibraryEntry> = {};
  for (const id of new Set([...Object.keys(stored.entries), ...Object.keys(mine.entries)])) {
    const winner = choose(mine.entries[id], stored.entries[id], tabId);
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
 * What this tab learns about one persona from the stored version: "theirs" when another tab
 * built on it (show theirs), "overwritten" when this tab's latest edit was written over by a
 * concurrent one (keep theirs, save ours as a copy), "ours" when the stored version has
 * nothing this tab lacks.
 */
export function compareWithStored(
  mine: LibraryEntry,
  stored: LibraryEntry | undefined,
  tabId: string,
): "ours" | "theirs" | "overwritten" {
  if (!stored || !hasEditsMissingFrom(stored, mine)) return "ours";
  return hasEditsMissingFrom(mine, stored, tabId) ? "overwritten" : "theirs";
}

/**
 * Whether `mine` holds anything `stored` lacks: an entry, another version of one, or a
 * deletion. The open persona and the order are each tab's own view and do not count: a tab
 * that wrote only those after hearing of another's write would make that tab answer in turn,
 * back and forth without end.
 */
export function holdsMore(mine: LibraryDoc, stored: LibraryDoc): boolean {
  for (const [id, entry] of Object.entries(mine.entries)) {
    const other = stored.entries[id];
    if (!other || other.revision !== entry.revision || other.editedBy !== entry.editedBy)
      return true;
  }
  return Object.entries(mine.deleted).some(([id, at]) => (stored.deleted[id] ?? -1) < at);
}
