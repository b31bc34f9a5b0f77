/**
 * Versions of the designer's personas, kept in IndexedDB (years of them fit; the current
 * persona stays in the localStorage library). Everything read from the database goes through
 * the version door; what fails it is left stored and counted, never deleted. When IndexedDB is
 * missing or broken (private mode, quota) the store says "unavailable" and the studio goes on:
 * versions are an addition to the library, never a condition of it.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";
import type { PersonaVersion, VersionOrigin } from "../core/versions/types";
import { byAge, makeVersion, repeatedVersion } from "../core/versions/version-model";
import { restoreVersion } from "../core/versions/version-restore";
import { openVersionsDb, type VersionsDb } from "./versions-idb";

export const VERSIONS_DB = "psydesign.versions";

export type VersionsStatus = "loading" | "ready" | "unavailable";

export interface SaveInput {
  name: string;
  note?: string;
  origin: VersionOrigin;
}

export interface VersionsState {
  status: VersionsStatus;
  /** Why versions are unavailable, for the curious (the UI words the fact itself). */
  detail: string | null;
  /** The versions read so far, by persona id, oldest first. */
  byPersona: Record<string, readonly PersonaVersion[]>;
  /** How many stored records of a persona could not be read (left as they are). */
  unreadable: Record<string, number>;
  load(personaId: string): Promise<PersonaVersion[]>;
  save(persona: Persona, input: SaveInput): Promise<PersonaVersion>;
  /** Versions from a history file: ids kept, those already stored skipped. */
  importVersions(versions: readonly PersonaVersion[]): Promise<{ added: number; skipped: number }>;
}

export interface VersionsOptions {
  dbName?: string;
  factory?: IDBFactory | undefined;
  now?: () => number;
  newId?: () => string;
  /** Tells other tabs a version was saved; absent where BroadcastChannel is. */
  channel?: Pick<BroadcastChannel, "postMessage" | "addEventListener"> | null;
}

export class VersionsUnavailable extends Error {}

const randomId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;

function defaultChannel(name: string) {
  try {
    return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(name);
  } catch {
    return null;
  }
}

export function createVersionsStore(options: VersionsOptions = {}) {
  const dbName = options.dbName ?? VERSIONS_DB;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  const channel = options.channel === undefined ? defaultChannel(dbName) : options.channel;
  const factory = "factory" in options ? options.factory : safeFactory();

  const tell = (personaId: string) => {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
    channel?.postMessage({ personaId });
  };

  const store = createStore<VersionsState>()((set, get) => {
    const opened: Promise<VersionsDb | null> = openVersionsDb(dbName, factory).then(
      (db) => {
        set({ status: "ready" });
        return db;
      },
      (error: unknown) => {
        set({ status: "unavailable", detail: String(error) });
        return null;
      },
    );
    const need = async () => {
      const db = await opened;
      if (!db) throw new VersionsUnavailable(get().detail ?? "versions are unavailable");
      return db;
    };
    const load = async (personaId: string) => {
      const db = await opened;
      if (!db) return [];
      let records: unknown[];
      try {
        records = await db.list(personaId);
      } catch (error) {
        set({ status: "unavailable", detail: String(error) });
        return [];
      }
      const { versions, failed } = readable(records);
      set((s) => ({
        byPersona: { ...s.byPersona, [personaId]: versions },
        unreadable: { ...s.unreadable, [personaId]: failed },
      }));
      return versions;
    };
    return {
      status: "loading",
      detail: null,
      byPersona: {},
      unreadable: {},
      load,
      save: async (persona, input) => {
        const db = await need();
        const decision = await db.add(
          persona.id,
          (stored): { record: PersonaVersion } | { repeated: PersonaVersion } => {
            const latest = readable(stored).versions.at(-1);
            const repeated = repeatedVersion(latest, persona, input.origin);
            if (repeated) return { repeated };
            return { record: makeVersion(persona, input, newId(), datedAfter(latest, now())) };
          },
        );
        await load(persona.id);
        if ("repeated" in decision) return decision.repeated;
        tell(persona.id);
        return decision.record;
      },
      importVersions: async (versions) => {
        const db = await need();
        const added = await db.addMissing(versions);
        for (const personaId of new Set(versions.map((v) => v.personaId))) {
          await load(personaId);
          tell(personaId);
        }
        return { added, skipped: versions.length - added };
      },
    };
  });

  // Another tab saved a version: read that persona's versions again, if this tab shows them.
  channel?.addEventListener("message", (event: Event) => {
    const personaId = (event as MessageEvent<unknown>).data;
    const id =
      personaId && typeof personaId === "object"
        ? (personaId as { personaId?: unknown }).personaId
        : undefined;
    if (typeof id === "string" && id in store.getState().byPersona) void store.getState().load(id);
  });
  return store;
}

/**
 * A new version's date: now, or just after the latest version when that is not earlier (two
 * saves in one millisecond, or a clock set back). Versions list by date, and the one saved
 * second must list second: ids are random and cannot order them.
 */
function datedAfter(latest: PersonaVersion | undefined, now: number): string {
  const after = latest ? Date.parse(latest.createdAt) + 1 : Number.NEGATIVE_INFINITY;
  return new Date(Math.max(now, after)).toISOString();
}

/** The records that pass the version door, oldest first, and how many did not. */
function readable(records: unknown[]) {
  const versions: PersonaVersion[] = [];
  let failed = 0;
  for (const record of records) {
    const restored = restoreVersion(record);
    if (restored.ok) versions.push(restored.version);
    else failed++;
  }
  return { versions: versions.toSorted(byAge), failed };
}

function safeFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

export type VersionsStore = ReturnType<typeof createVersionsStore>;

let shared: VersionsStore | undefined;

/** Puts another store in the shared one's place (tests, a studio with its own database). */
export function replaceVersionsStore(store: VersionsStore | undefined): void {
  shared = store;
}

/** The studio's versions, opened on first use. */
export function versionsStore(): VersionsStore {
  return (shared ??= createVersionsStore());
}

/** A persona's versions, oldest first ([] when versions are unavailable). */
export function listVersions(personaId: string): Promise<PersonaVersion[]> {
  return versionsStore().getState().load(personaId);
}

/** Saves a version of `persona` (or returns the latest when an automatic save would repeat it). */
export function saveVersion(persona: Persona, input: SaveInput): Promise<PersonaVersion> {
  return versionsStore().getState().save(persona, input);
}

/** The version `versionId` of a persona, when this browser keeps it. */
export async function findVersion(
  personaId: string,
  versionId: string,
): Promise<PersonaVersion | undefined> {
  return (await listVersions(personaId)).find((v) => v.id === versionId);
}
