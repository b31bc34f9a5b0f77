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
import { readRaw, safeJsonStorage, setAside } from "./storage";
import { looseLibrary, readEntry, restoreLibrary, type PersonaCodec } from "./library-restore";
import {
  EMPTY_LIBRARY,
  compareWithStored,
  holdsMore,
  mergeLibraries,
  nextEntry,
  type LibraryDoc,
  type LibraryEntry,
} from "./library-sync";

export type { PersonaCodec } from "./library-restore";

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
  codec: PersonaCodec;
}

const docOf = (s: LibraryDoc): LibraryDoc => ({
  entries: s.entries,
  order: s.order,
  deleted: s.deleted,
  openId: s.openId,
});

/** What is written: the readable library and, untouched, the entries this tab could not read. */
function persisted(s: LibraryState): LibraryDoc {
  const keptIds = Object.keys(s.kept).filter((id) => !(id in s.entries) && !(id in s.deleted));
  if (keptIds.length === 0) return docOf(s);
  const kept = Object.fromEntries(keptIds.map((id) => [id, s.kept[id]])) as Record<
    string,
    LibraryEntry
  >;
  return {
    ...docOf(s),
    entries: { ...kept, ...s.entries },
    order: [...s.order, ...keptIds.filter((id) => !s.order.includes(id))],
  };
}

export function createLibraryStore({ tabId, now, codec }: LibraryOptions) {
  /**
   * Set when reading the stored library failed in a way this tab could not account for: its
   * writes then always merge with what is stored, so nothing stored is replaced by a library
   * this tab never read.
   */
  let readFailed = false;
  /** Set while this tab takes in another tab's write: it then writes only what that write lacks. */
  let syncing = false;
  const storage = safeJsonStorage<LibraryDoc>({
    now,
    prepareWrite: (_key, mine, stored, unchanged) => {
      if (syncing && stored && !holdsMore(mine.state, looseLibrary(stored.state))) return null;
      if (!stored || (unchanged && !readFailed)) return mine;
      // Another tab wrote since (or this tab could not read it): merge its entries in. They
      // are validated when a tab loads them (hydration, sync), so this hot path only carries them over.
      const merged = mergeLibraries(mine.state, looseLibrary(stored.state), now(), tabId);
      return { state: merged, version: LIBRARY_VERSION };
    },
  });

  /** A copy of each entry this tab cannot read, to download; the entries themselves stay stored. */
  const setAsideUnreadable = (kept: Record<string, unknown>): void => {
    for (const [id, raw] of Object.entries(kept)) {
      setAside(
        `${LIBRARY_KEY}.${id}`,
        stringifyJson(raw),
        "this saved persona could not be read",
        now(),
      );
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

  return createStore<LibraryState>()(
    persist(
      (set, get) => {
        const takenIds = (also: Iterable<string> = []) =>
          new Set([...Object.keys(get().entries), ...Object.keys(get().kept), ...also]);
        const insert = (persona: Persona) => {
          set(
            (s) => ({
              entries: { ...s.entries, [persona.id]: nextEntry(persona, undefined, tabId, now()) },
              order: [persona.id, ...s.order],
              openId: persona.id,
            }),
            false,
          );
          return persona.id;
        };
        /** `persona` under a new id, as this tab's own first revision, placed first and open. */
        const copyOf = (persona: Persona, taken: Iterable<string>) => {
          const copyId = uniqueId(`${persona.name}-copy`, takenIds(taken));
          return { copyId, entry: nextEntry({ ...persona, id: copyId }, undefined, tabId, now()) };
        };
        return {
          ...EMPTY_LIBRARY,
          notice: null,
          trash: null,
          kept: {},
          open: (id) => {
            if (id in get().entries) set({ openId: id });
          },
          add: (persona, name) => {
            const id = uniqueId(name ?? persona.id, takenIds());
            return insert({ ...persona, id, name: name ?? persona.name });
          },
          create: (language, name) =>
            insert({ ...blankPersona(language, uniqueId(name, takenIds())), name }),
          duplicate: (id, name) => {
            const source = get().entries[id];
            if (!source) throw new Error(`no persona "${id}" in the library`);
            return get().add(source.persona, name);
          },
          rename: (id, name) => {
            const entry = get().entries[id];
            if (!entry || name.trim() === "") return;
            set((s) => ({
              entries: {
                ...s.entries,
                [id]: nextEntry({ ...entry.persona, name }, entry, tabId, now()),
              },
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
            const { [id]: _tombstone, ...rest } = deleted;
            const nextOrder = [...order];
            nextOrder.splice(Math.min(trash.index, order.length), 0, id);
            set({
              entries: {
                ...entries,
                [id]: nextEntry(trash.entry.persona, trash.entry, tabId, now()),
              },
              order: nextOrder,
              deleted: rest,
              openId: id,
              trash: null,
            });
          },
          save: (persona) => {
            const s = get();
            const id = s.openId;
            const entry = id === null ? undefined : s.entries[id];
            if (!entry || id === null) return;
            // Compare-and-set on the entry: this tab saves only over the version it last saw.
            const stored = storage.getItem(LIBRARY_KEY)?.state;
            const storedIds = Object.keys(looseLibrary(stored).entries);
            const theirs = readEntry(codec, id, looseLibrary(stored).entries[id]);
            if (theirs && compareWithStored(entry, theirs, tabId) !== "ours") {
              // Another tab saved this persona since: keep theirs, keep ours as a copy.
              const { copyId, entry: copy } = copyOf({ ...persona, id }, storedIds);
              set((st) => ({
                entries: { ...st.entries, [id]: theirs, [copyId]: copy },
                order: [copyId, ...st.order],
                openId: copyId,
                notice: { kind: "saved-as-copy", id, copyId },
              }));
              return;
            }
            set((st) => ({
              entries: { ...st.entries, [id]: nextEntry({ ...persona, id }, entry, tabId, now()) },
            }));
          },
          syncFromStorage: () => {
            const stored = storage.getItem(LIBRARY_KEY);
            if (!stored) return undefined;
            const incoming = restoreLibrary(codec, stored.state);
            // Not a library: this tab's next write merges with it loosely, dropping nothing.
            if (incoming.unreadable) return undefined;
            const s = get();
            const entries = { ...s.entries };
            let { order, openId, notice } = s;
            let previous: Persona | undefined;
            for (const [id, mine] of Object.entries(s.entries)) {
              const theirs = incoming.doc.entries[id];
              const verdict = theirs ? compareWithStored(mine, theirs, tabId) : "ours";
              if (!theirs || verdict === "ours") continue;
              entries[id] = theirs;
              if (verdict === "theirs") {
                if (id === s.openId) {
                  previous = mine.persona;
                  notice = { kind: "changed-elsewhere", id };
                }
                continue;
              }
              // This tab's save was written over by one made at the same time: ours becomes a copy.
              const { copyId, entry: copy } = copyOf(mine.persona, [
                ...Object.keys(entries),
                ...Object.keys(incoming.doc.entries),
              ]);
              entries[copyId] = copy;
              order = [copyId, ...order];
              if (openId === id) openId = copyId;
              notice = { kind: "saved-as-copy", id, copyId };
            }
            const merged = mergeLibraries(
              { ...docOf(s), entries, order, openId },
              incoming.doc,
              now(),
              tabId,
            );
            const kept = { ...s.kept, ...incoming.kept };
            for (const id of Object.keys(merged.entries)) delete kept[id];
            syncing = true;
            try {
              set({ ...merged, kept, notice });
            } finally {
              syncing = false;
            }
            return previous;
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
          const { doc, kept, unreadable } = restoreLibrary(codec, state);
          if (unreadable) setAsideWhole(unreadable);
          setAsideUnreadable(kept);
          const rejected = Object.keys(kept);
          return {
            ...current,
            ...doc,
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
