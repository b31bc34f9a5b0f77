/**
 * The only module that touches localStorage. Every failure (storage disabled, quota
 * exceeded, corrupted data) is caught and reported to the storage-status store; the
 * in-memory work is never dropped, and corrupted data is set aside under its own key
 * so the designer can still download it.
 */
import { createStore } from "zustand/vanilla";
import type { PersistStorage, StorageValue } from "zustand/middleware";

export type StorageProblemKind = "unavailable" | "quota" | "corrupted";

export interface StorageProblem {
  kind: StorageProblemKind;
  /** The key concerned, e.g. "psydesign.library". */
  key: string;
  /** Where corrupted data was moved, so it can be exported. */
  setAsideKey?: string;
  detail: string;
}

export interface StorageStatus {
  problems: StorageProblem[];
}

export const storageStatusStore = createStore<StorageStatus>(() => ({ problems: [] }));

function report(problem: StorageProblem): void {
  const others = storageStatusStore.getState().problems.filter(
    (p) => !(p.key === problem.key && p.kind === problem.kind),
  );
  storageStatusStore.setState({ problems: [...others, problem] }, false);
}

function resolve(key: string, kind: StorageProblemKind): void {
  const { problems } = storageStatusStore.getState();
  if (problems.some((p) => p.key === key && p.kind === kind)) {
    storageStatusStore.setState({ problems: problems.filter((p) => !(p.key === key && p.kind === kind)) });
  }
}

export function dismissStorageProblem(problem: StorageProblem): void {
  storageStatusStore.setState({ problems: storageStatusStore.getState().problems.filter((p) => p !== problem) });
}

function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Some browsers throw on the mere access when storage is disabled.
    return undefined;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
}

export function readRaw(key: string): string | null {
  const storage = local();
  if (!storage) {
    report({ kind: "unavailable", key, detail: "localStorage is not available" });
    return null;
  }
  try {
    return storage.getItem(key);
  } catch (error) {
    report({ kind: "unavailable", key, detail: String(error) });
    return null;
  }
}

export function writeRaw(key: string, value: string): boolean {
  const storage = local();
  if (!storage) {
    report({ kind: "unavailable", key, detail: "localStorage is not available" });
    return false;
  }
  try {
    storage.setItem(key, value);
    resolve(key, "quota");
    resolve(key, "unavailable");
    return true;
  } catch (error) {
    report({ kind: isQuotaError(error) ? "quota" : "unavailable", key, detail: String(error) });
    return false;
  }
}

export function removeRaw(key: string): void {
  try {
    local()?.removeItem(key);
  } catch {
    // Nothing to keep: a failed removal leaves the old value, which is harmless.
  }
}

/** Moves an unreadable value aside (never deletes it) and says where it went. */
export function setAside(key: string, raw: string, detail: string, now: number): void {
  const setAsideKey = `${key}.corrupted.${now}`;
  const moved = writeRaw(setAsideKey, raw);
  report({ kind: "corrupted", key, detail, ...(moved ? { setAsideKey } : {}) });
}

/** Keys of data set aside earlier, newest first. */
export function setAsideKeys(key: string): string[] {
  const storage = local();
  if (!storage) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(`${key}.corrupted.`)) keys.push(k);
    }
  } catch {
    return [];
  }
  return keys.toSorted().toReversed();
}

/** A PersistStorage whose reads are synchronous, as localStorage is. */
export interface SyncPersistStorage<S> extends PersistStorage<S> {
  getItem: (name: string) => StorageValue<S> | null;
}

/**
 * A zustand PersistStorage over localStorage that survives every failure. `prepareWrite`
 * lets a store merge what other tabs wrote before it writes its own state.
 */
export function safeJsonStorage<S>(options: {
  now: () => number;
  /**
   * Merges what is stored into what this tab is about to write. `unchanged` is true when
   * the stored text is exactly what this tab last read or wrote: nobody else wrote since.
   */
  prepareWrite?: (key: string, mine: StorageValue<S>, stored: StorageValue<S> | null, unchanged: boolean) => StorageValue<S>;
}): SyncPersistStorage<S> {
  // The last text read or written, and its parse: a slider step then costs one string
  // comparison instead of parsing the whole library again.
  let last: { raw: string; value: StorageValue<S> } | undefined;
  const parse = (key: string, raw: string | null): StorageValue<S> | null => {
    if (raw === null) return null;
    if (last?.raw === raw) return last.value;
    try {
      const value = JSON.parse(raw) as StorageValue<S>;
      if (value === null || typeof value !== "object" || !("state" in value)) throw new Error("no state");
      last = { raw, value };
      return value;
    } catch (error) {
      setAside(key, raw, `unreadable saved data (${String(error)})`, options.now());
      removeRaw(key);
      return null;
    }
  };
  return {
    getItem: (key) => parse(key, readRaw(key)),
    setItem: (key, value) => {
      let next = value;
      if (options.prepareWrite) {
        const raw = readRaw(key);
        const unchanged = raw !== null && raw === last?.raw;
        let stored: StorageValue<S> | null = null;
        try {
          stored = unchanged ? last!.value : raw === null ? null : (JSON.parse(raw) as StorageValue<S>);
        } catch {
          stored = null;
        }
        next = options.prepareWrite(key, value, stored, unchanged);
      }
      const raw = JSON.stringify(next);
      if (writeRaw(key, raw)) last = { raw, value: next };
    },
    removeItem: (key) => removeRaw(key),
  };
}
