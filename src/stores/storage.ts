/**
 * The only module that touches localStorage. Every failure (storage disabled, quota
 * exceeded, corrupted data) is caught and reported to the storage-status store; the
 * in-memory work is never dropped, and corrupted data is set aside under its own key
 * so the designer can still download it.
 */
import { createStore } from "zustand/vanilla";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { stringifyJson } from "./json-text";

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
  const others = storageStatusStore
    .getState()
    .problems.filter((p) => !(p.key === problem.key && p.kind === problem.kind));
  storageStatusStore.setState({ problems: [...others, problem] }, false);
}

function resolve(key: string, kind: StorageProblemKind): void {
  const { problems } = storageStatusStore.getState();
  if (problems.some((p) => p.key === key && p.kind === kind)) {
    storageStatusStore.setState({
      problems: problems.filter((p) => !(p.key === key && p.kind === kind)),
    });
  }
}

export function dismissStorageProblem(problem: StorageProblem): void {
  storageStatusStore.setState({
    problems: storageStatusStore.getState().problems.filter((p) => p !== problem),
  });
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
  return (
    error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22)
  );
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

/**
 * Copies an unreadable value aside (never deletes it) and says where it went. The same value
 * found again (an entry a tab keeps but cannot read, at every start) reuses its first copy.
 * Returns false when it could not be copied: the caller must then leave the original alone.
 */
export function setAside(key: string, raw: string, detail: string, now: number): boolean {
  const earlier = setAsideKeys(key).find((k) => readRaw(k) === raw);
  const setAsideKey = earlier ?? `${key}.corrupted.${now}`;
  const moved = earlier !== undefined || writeRaw(setAsideKey, raw);
  report({ kind: "corrupted", key, detail, ...(moved ? { setAsideKey } : {}) });
  return moved;
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
  /**
   * Stops this tab writing `key`: for stored data it could not read nor set aside. The work
   * stays in the tab (the notice says to export it); the stored data stays as it was.
   */
  protect: (key: string) => void;
}

/**
 * A zustand PersistStorage over localStorage that survives every failure. `prepareWrite`
 * lets a store merge what other tabs wrote before it writes its own state.
 */
export function safeJsonStorage<S>(options: {
  now: () => number;
  /**
   * Merges what is stored into what this tab is about to write, or returns null when there is
   * nothing worth writing. `unchanged` is true when the stored text is exactly what this tab
   * last read or wrote: nobody else wrote since.
   */
  prepareWrite?: (
    key: string,
    mine: StorageValue<S>,
    stored: StorageValue<S> | null,
    unchanged: boolean,
  ) => StorageValue<S> | null;
}): SyncPersistStorage<S> {
  // The last text read or written, and its parse: a slider step then costs one string
  // comparison instead of parsing the whole library again.
  let last: { raw: string; value: StorageValue<S> } | undefined;
  const protectedKeys = new Set<string>();
  const parse = (key: string, raw: string | null): StorageValue<S> | null => {
    if (raw === null) return null;
    if (last?.raw === raw) return last.value;
    try {
      const value = JSON.parse(raw) as StorageValue<S>;
      if (value === null || typeof value !== "object" || !("state" in value))
        throw new Error("no state");
      last = { raw, value };
      return value;
    } catch (error) {
      // Removed only once a copy is safe; otherwise left in place and never written over.
      if (setAside(key, raw, `unreadable saved data (${String(error)})`, options.now())) {
        removeRaw(key);
        protectedKeys.delete(key);
      } else {
        protectedKeys.add(key);
      }
      return null;
    }
  };
  const write = (key: string, value: StorageValue<S>) => {
    // Try again to set aside what could not be copied before (the storage may have room now).
    if (protectedKeys.has(key)) parse(key, readRaw(key));
    if (protectedKeys.has(key)) return;
    let next = value;
    if (options.prepareWrite) {
      const raw = readRaw(key);
      const unchanged = raw !== null && raw === last?.raw;
      let stored: StorageValue<S> | null = null;
      if (raw !== null) {
        // Data that cannot be parsed is set aside before anything is written over it.
        stored = parse(key, raw);
        if (protectedKeys.has(key)) return;
      }
      const prepared = options.prepareWrite(key, value, stored, unchanged);
      if (prepared === null) return;
      next = prepared;
    }
    // Entries this tab could not read are written back as they were, however deep.
    const raw = stringifyJson(next);
    if (writeRaw(key, raw)) last = { raw, value: next };
  };
  return {
    getItem: (key) => parse(key, readRaw(key)),
    setItem: (key, value) => {
      try {
        write(key, value);
      } catch (error) {
        // Nothing is written when the merge fails: the stored data stays as it was.
        report({ kind: "unavailable", key, detail: `not saved (${String(error)})` });
      }
    },
    removeItem: (key) => removeRaw(key),
    protect: (key) => {
      protectedKeys.add(key);
    },
  };
}
