/**
 * The designer's own personas, autosaved to localStorage on every change. Presets are
 * not stored here: they are read-only and come from personas/ at build time.
 */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import type { Language, Persona } from "../core/persona/schema";
import { uniqueId } from "../core/persona/ids";
import { blankPersona } from "../core/persona/blank";
import { safeJsonStorage, setAside } from "./storage";
import {
  EMPTY_LIBRARY,
  changedElsewhere,
  mergeLibraries,
  type LibraryDoc,
  type LibraryEntry,
} from "./library-sync";

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

/** The zod-backed persona functions, loaded as their own chunk (see core/persona/door.ts). */
export type PersonaDoor = typeof import("../core/persona/door");

export interface LibraryOptions {
  tabId: string;
  now: () => number;
  door: PersonaDoor;
}

type Persisted = LibraryDoc;

/** Validates every stored persona through the one door; invalid ones are set aside, not lost. */
function restoreDoc(door: PersonaDoor, raw: unknown, now: number): { doc: LibraryDoc; rejected: string[] } {
  const source = (raw ?? {}) as Partial<LibraryDoc>;
  const entries: Record<string, LibraryEntry> = {};
  const rejected: string[] = [];
  for (const [id, entry] of Object.entries(source.entries ?? {})) {
    const result = door.restorePersona(entry?.persona);
    if (result.ok && result.persona.id === id) {
      entries[id] = {
        persona: result.persona,
        updatedAt: Number(entry.updatedAt) || 0,
        revision: Number(entry.revision) || 0,
        editedBy: String(entry.editedBy ?? ""),
      };
    } else {
      rejected.push(id);
      setAside(`${LIBRARY_KEY}.${id}`, JSON.stringify(entry), "this saved persona no longer validates", now);
    }
  }
  const order = Array.isArray(source.order) ? source.order.filter((id): id is string => typeof id === "string" && id in entries) : [];
  for (const id of Object.keys(entries)) if (!order.includes(id)) order.push(id);
  const deleted = source.deleted && typeof source.deleted === "object" ? source.deleted : {};
  const openId = typeof source.openId === "string" && source.openId in entries ? source.openId : (order[0] ?? null);
  return { doc: { entries, order, deleted, openId }, rejected };
}

/** The stored library's shape without validating personas: for merging on write only. */
function looseDoc(raw: unknown): LibraryDoc {
  const source = (raw ?? {}) as Partial<LibraryDoc>;
  const entries: Record<string, LibraryEntry> = {};
  for (const [id, entry] of Object.entries(source.entries ?? {})) {
    if (entry && typeof entry === "object" && entry.persona && typeof entry.revision === "number") entries[id] = entry;
  }
  return {
    entries,
    order: Array.isArray(source.order) ? source.order.filter((id) => typeof id === "string") : [],
    deleted: source.deleted && typeof source.deleted === "object" ? source.deleted : {},
    openId: typeof source.openId === "string" ? source.openId : null,
  };
}

const docOf = (s: LibraryDoc): LibraryDoc => ({ entries: s.entries, order: s.order, deleted: s.deleted, openId: s.openId });

export function createLibraryStore({ tabId, now, door }: LibraryOptions) {
  const storage = safeJsonStorage<Persisted>({
    now,
    prepareWrite: (_key, mine, stored, unchanged) => {
      if (!stored || unchanged) return mine;
      // Another tab wrote since: merge its entries in. They are validated when a tab loads
      // them (hydration, sync), so this hot path only carries them over.
      const merged = mergeLibraries(mine.state, looseDoc(stored.state), now());
      return { state: merged, version: LIBRARY_VERSION };
    },
  });

  const entryFor = (persona: Persona, revision: number): LibraryEntry => ({
    persona,
    updatedAt: now(),
    revision,
    editedBy: tabId,
  });

  return createStore<LibraryState>()(
    persist(
      (set, get) => {
        const takenIds = () => new Set(Object.keys(get().entries));
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
            const theirs = changedElsewhere(stored?.state ?? null, id, s.seen[id], tabId);
            if (theirs) {
              const copyId = uniqueId(`${persona.name}-copy`, new Set([...takenIds(), ...Object.keys(stored?.state.entries ?? {})]));
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
            const incoming = restoreDoc(door, stored.state, now()).doc;
            const openId = s.openId;
            const previous = openId === null ? undefined : s.entries[openId]?.persona;
            const theirs = openId === null ? undefined : changedElsewhere(incoming, openId, s.seen[openId], tabId);
            // Entries this tab has not changed since it last looked take the stored version as is.
            const mine: LibraryDoc = { ...docOf(s), entries: { ...s.entries } };
            if (theirs && openId !== null) mine.entries[openId] = theirs;
            const merged = mergeLibraries(mine, incoming, now());
            const seen = { ...s.seen };
            for (const [id, entry] of Object.entries(merged.entries)) seen[id] = Math.max(seen[id] ?? 0, entry.revision);
            set({ ...merged, seen, ...(theirs && openId !== null ? { notice: { kind: "changed-elsewhere", id: openId } } : {}) });
            return theirs ? previous : undefined;
          },
          dismissNotice: () => set({ notice: null }),
        };
      },
      {
        name: LIBRARY_KEY,
        version: LIBRARY_VERSION,
        storage,
        partialize: (s) => docOf(s),
        // Version 1 is the first; a later shape adds its step here, then restoreDoc validates.
        migrate: (persisted) => persisted as Persisted,
        merge: (persisted, current) => {
          const { doc, rejected } = restoreDoc(door, persisted, now());
          const seen: Record<string, number> = {};
          for (const [id, entry] of Object.entries(doc.entries)) seen[id] = entry.revision;
          return {
            ...current,
            ...doc,
            seen,
            notice: rejected.length > 0 ? { kind: "set-aside", ids: rejected } : current.notice,
          };
        },
      },
    ),
  );
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;
