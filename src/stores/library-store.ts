/**
 * The designer's own personas, autosaved to localStorage on every change. Presets are
 * not stored here: they are read-only and come from personas/ at build time.
 */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import type { Language, Persona } from "../core/persona/schema";
import { uniqueId } from "../core/persona/ids";
import { blankPersona } from "../core/persona/blank";
import { stringifyJson } from "./json-text";
import { looseLibrary, readEntry, restoreLibrary, type PersonaDoor } from "./library-restore";
import { readRaw, safeJsonStorage, setAside } from "./storage";
import {
  EMPTY_LIBRARY,
  changedElsewhere,
  mergeLibraries,
  type LibraryDoc,
  type LibraryEntry,
} from "./library-sync";

export type { PersonaDoor } from "./library-restore";

export const LIBRARY_KEY = "psydesign.library";
export const LIBRARY_VERSION = 1;

export type LibraryNotice =
  | { kind: "changed-elsewhere"; id: string }
  | { kind: "saved-as-copy"; id: string; copyId: string }
  | { kind: "set-aside"; ids: string[] };

export interface LibraryState extends LibraryDoc {
  notice: LibraryNotice | null;
  /** The last deleted persona, for "Undo delete". */
  trash: { entry: LibraryEntry; index: number } | null;
  /** Revision of each persona this tab last read or wrote (not persisted). */
  seen: Record<string, number>;
  /** Stored entries this tab cannot read, exactly as stored: written back, never dropped. */
  kept: Record<string, unknown>;
  open(id: string): void;
  /** Adds a copy of `persona` (a preset, an import, a duplicate) and opens it. */
  add(persona: Persona, name?: string): string;
  create(language: Language, name: string): string;
  duplicate(id: string, name: string): string;
  rename(id: string, name: string): void;
  remove(id: string): void;
  undoRemove(): void;
  /** Replaces the open persona with an edited version. */
  save(persona: Persona): void;
  /** Merges what another tab wrote; returns the open persona as it was if that tab changed it. */
  syncFromStorage(): Persona | undefined;
  dismissNotice(): void;
}

export interface LibraryOptions {
  tabId: string;
  now: () => number;
  door: PersonaDoor;
}

const docOf = (s: LibraryDoc): LibraryDoc => ({ entries: s.entries, order: s.order, deleted: s.deleted, openId: s.openId });

/** What is written: the readable library and, untouched, the entries this tab could not read. */
function persisted(s: LibraryState): LibraryDoc {
  const keptIds = Object.keys(s.kept).filter((id) => !(id in s.entries) && !(id in s.deleted));
  if (keptIds.length === 0) return docOf(s);
  const kept = Object.fromEntries(keptIds.map((id) => [id, s.kept[id]])) as Record<string, LibraryEntry>;
  return { ...docOf(s), entries: { ...kept, ...s.entries }, order: [...s.order, ...keptIds.filter((id) => !s.order.includes(id))] };
}

export function createLibraryStore({ tabId, now, door }: LibraryOptions) {
  /**
   * Set when reading the stored library failed in a way this tab could not account for: its
   * writes then always merge with what is stored, so nothing stored is replaced by a library
   * this tab never read.
   */
  let readFailed = false;
  const storage = safeJsonStorage<LibraryDoc>({
    now,
    prepareWrite: (_key, mine, stored, unchanged) => {
      if (!stored || (unchanged && !readFailed)) return mine;
      // Another tab wrote since (or this tab could not read it): merge its entries in. They
      // are validated when a tab loads them (hydration, sync), so this hot path only carries them over.
      const merged = mergeLibraries(mine.state, looseLibrary(stored.state), now());
      return { state: merged, version: LIBRARY_VERSION };
    },
  });

  /** A copy of each entry this tab cannot read, to download; the entries themselves stay stored. */
  const setAsideUnreadable = (kept: Record<string, unknown>): void => {
    for (const [id, raw] of Object.entries(kept)) {
      setAside(`${LIBRARY_KEY}.${id}`, stringifyJson(raw), "this saved persona could not be read", now());
    }
  };

  /** The whole stored value, when it is not a library this tab can read. */
  const setAsideWhole = (detail: string): void => {
    const raw = readRaw(LIBRARY_KEY);
    if (raw === null) return;
    readFailed = true;
    // Safe under its own key: this tab may start afresh. Not safe: it must never write here.
    if (!setAside(LIBRARY_KEY, raw, detail, now())) storage.protect(LIBRARY_KEY);
  };

  const entryFor = (persona: Persona, revision: number): LibraryEntry => ({
    persona,
    updatedAt: now(),
    revision,
    editedBy: tabId,
  });

  return createStore<LibraryState>()(
    persist(
      (set, get) => {
        const takenIds = () => new Set([...Object.keys(get().entries), ...Object.keys(get().kept)]);
        const insert = (persona: Persona) => {
          const entry = entryFor(persona, 1);
          set(
            (s) => ({
              entries: { ...s.entries, [persona.id]: entry },
              order: [persona.id, ...s.order],
              openId: persona.id,
              seen: { ...s.seen, [persona.id]: 1 },
            }),
            false,
          );
          return persona.id;
        };
        return {
          ...EMPTY_LIBRARY,
          notice: null,
          trash: null,
          seen: {},
          kept: {},
          open: (id) => {
            if (id in get().entries) set({ openId: id });
          },
          add: (persona, name) => {
            const id = uniqueId(name ?? persona.id, takenIds());
            return insert({ ...persona, id, name: name ?? persona.name });
          },
          create: (language, name) => insert({ ...blankPersona(language, uniqueId(name, takenIds())), name }),
          duplicate: (id, name) => {
            const source = get().entries[id];
            if (!source) throw new Error(`no persona "${id}" in the library`);
            return get().add(source.persona, name);
          },
          rename: (id, name) => {
            const entry = get().entries[id];
            if (!entry || name.trim() === "") return;
            const revision = entry.revision + 1;
            set((s) => ({
              entries: { ...s.entries, [id]: entryFor({ ...entry.persona, name }, revision) },
              seen: { ...s.seen, [id]: revision },
            }));
          },
          remove: (id) => {
            const s = get();
            const entry = s.entries[id];
            if (!entry) return;
            const { [id]: _gone, ...entries } = s.entries;
            const order = s.order.filter((o) => o !== id);
            set({
              entries,
              order,
              deleted: { ...s.deleted, [id]: now() },
              openId: s.openId === id ? (order[0] ?? null) : s.openId,
              trash: { entry, index: s.order.indexOf(id) },
            });
          },
          undoRemove: () => {
            const { trash, order, entries, deleted } = get();
            if (!trash) return;
            const id = trash.entry.persona.id;
            const restored = entryFor(trash.entry.persona, trash.entry.revision + 1);
            const { [id]: _tombstone, ...rest } = deleted;
            const nextOrder = [...order];
            nextOrder.splice(Math.min(trash.index, order.length), 0, id);
            set((s) => ({
              entries: { ...entries, [id]: restored },
              order: nextOrder,
              deleted: rest,
              openId: id,
              trash: null,
              seen: { ...s.seen, [id]: restored.revision },
            }));
          },
          save: (persona) => {
            const s = get();
            const id = s.openId;
            const entry = id === null ? undefined : s.entries[id];
            if (!entry || id === null) return;
            // Another tab saved this persona after we last looked: keep theirs, keep ours as a copy.
            const stored = storage.getItem(LIBRARY_KEY);
            const storedEntry = readEntry(door, id, looseLibrary(stored?.state).entries[id]);
            const theirs = storedEntry && changedElsewhere({ ...EMPTY_LIBRARY, entries: { [id]: storedEntry } }, id, s.seen[id], tabId);
            if (theirs) {
              const copyId = uniqueId(`${persona.name}-copy`, new Set([...takenIds(), ...Object.keys(looseLibrary(stored?.state).entries)]));
              const copy = entryFor({ ...persona, id: copyId }, 1);
              set((st) => ({
                entries: { ...st.entries, [id]: theirs, [copyId]: copy },
                order: [copyId, ...st.order],
                openId: copyId,
                seen: { ...st.seen, [id]: theirs.revision, [copyId]: 1 },
                notice: { kind: "saved-as-copy", id, copyId },
              }));
              return;
            }
            const revision = entry.revision + 1;
            set((st) => ({
              entries: { ...st.entries, [id]: entryFor({ ...persona, id }, revision) },
              seen: { ...st.seen, [id]: revision },
            }));
          },
          syncFromStorage: () => {
            const stored = storage.getItem(LIBRARY_KEY);
            if (!stored) return undefined;
            const s = get();
            const restored = restoreLibrary(door, stored.state);
            // Not a library: this tab's next write merges with it loosely, dropping nothing.
            if (restored.unreadable) return undefined;
            const incoming = restored.doc;
            const openId = s.openId;
            const previous = openId === null ? undefined : s.entries[openId]?.persona;
            const theirs = openId === null ? undefined : changedElsewhere(incoming, openId, s.seen[openId], tabId);
            // Entries this tab has not changed since it last looked take the stored version as is.
            const mine: LibraryDoc = { ...docOf(s), entries: { ...s.entries } };
            if (theirs && openId !== null) mine.entries[openId] = theirs;
            const merged = mergeLibraries(mine, incoming, now());
            const seen = { ...s.seen };
            for (const [id, entry] of Object.entries(merged.entries)) seen[id] = Math.max(seen[id] ?? 0, entry.revision);
            const kept = { ...s.kept, ...restored.kept };
            for (const id of Object.keys(merged.entries)) delete kept[id];
            set({ ...merged, seen, kept, ...(theirs && openId !== null ? { notice: { kind: "changed-elsewhere", id: openId } } : {}) });
            return theirs ? previous : undefined;
          },
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: LIBRARY_KEY,
        version: LIBRARY_VERSION,
        storage,
        partialize: persisted,
        // Version 1 is the first; a later shape adds its step here, then restoreLibrary validates.
        migrate: (state) => state as LibraryDoc,
        merge: (state, current) => {
          const { doc, kept, unreadable } = restoreLibrary(door, state);
          if (unreadable) setAsideWhole(unreadable);
          setAsideUnreadable(kept);
          const rejected = Object.keys(kept);
          const seen: Record<string, number> = {};
          for (const [id, entry] of Object.entries(doc.entries)) seen[id] = entry.revision;
          return {
            ...current,
            ...doc,
            seen,
            kept,
            notice: rejected.length > 0 ? { kind: "set-aside", ids: rejected } : current.notice,
          };
        },
        // Anything that still throws while loading: what is stored was not read, so it is set
        // aside and every later write merges with it instead of replacing it.
        onRehydrateStorage: () => (_state, error) => {
          if (error) setAsideWhole(`the saved library could not be loaded (${String(error)})`);
        },
      },
    ),
  );
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;
