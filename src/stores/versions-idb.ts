/**
 * The only module that touches IndexedDB: one database per studio, one object store of
 * versions keyed by id, with an index on the persona's id. Records are returned as stored,
 * unchecked (versions-store passes them through the version door). Every write is one
 * readwrite transaction, which IndexedDB runs one at a time across tabs: two tabs saving at
 * once both land, and a check made inside the transaction (is this a repeat?) still holds
 * when the write happens.
 */
export const VERSIONS_STORE = "versions";
const BY_PERSONA = "byPersona";
const DB_VERSION = 1;
/** A database another tab holds open on an older version may block opening for ever. */
const OPEN_TIMEOUT_MS = 5_000;

export type Decision = { record: { id: string } } | { repeated: unknown };

export interface VersionsDb {
  /** Every record stored for a persona, as stored. */
  list(personaId: string): Promise<unknown[]>;
  /**
   * Asks `decide`, given the persona's stored records, for a record to add or a stored one it
   * would only repeat, and adds the record, all in one transaction. Returns the decision.
   */
  add<D extends Decision>(personaId: string, decide: (stored: unknown[]) => D): Promise<D>;
  /** Adds the records whose id is not stored yet; returns how many were added. */
  addMissing(records: readonly { id: string }[]): Promise<number>;
  close(): void;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.addEventListener("success", () => resolve(request.result));
    request.addEventListener("error", () =>
      reject(request.error ?? new Error("IndexedDB request failed")),
    );
  });

const finished = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.addEventListener("complete", () => resolve());
    tx.addEventListener("error", () =>
      reject(tx.error ?? new Error("IndexedDB transaction failed")),
    );
    tx.addEventListener("abort", () =>
      reject(tx.error ?? new Error("IndexedDB transaction aborted")),
    );
  });

export function openVersionsDb(name: string, factory: IDBFactory | undefined): Promise<VersionsDb> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    if (!factory) return reject(new Error("IndexedDB is not available"));
    const timer = setTimeout(() => reject(new Error("IndexedDB did not open")), OPEN_TIMEOUT_MS);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      clearTimeout(timer);
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    request.addEventListener("upgradeneeded", () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(VERSIONS_STORE))
        db.createObjectStore(VERSIONS_STORE, { keyPath: "id" }).createIndex(
          BY_PERSONA,
          "personaId",
        );
    });
    request.addEventListener("success", () => {
      clearTimeout(timer);
      const db = request.result;
      // A newer studio in another tab upgrades the database: this tab lets it.
      db.addEventListener("versionchange", () => db.close());
      resolve(db);
    });
    request.addEventListener("error", () => {
      clearTimeout(timer);
      reject(request.error ?? new Error("IndexedDB did not open"));
    });
  }).then((db) => ({
    list: (personaId) =>
      done(
        db
          .transaction(VERSIONS_STORE, "readonly")
          .objectStore(VERSIONS_STORE)
          .index(BY_PERSONA)
          .getAll(personaId),
      ),
    add: async (personaId, decide) => {
      const tx = db.transaction(VERSIONS_STORE, "readwrite");
      const store = tx.objectStore(VERSIONS_STORE);
      const ended = finished(tx);
      const stored = await done(store.index(BY_PERSONA).getAll(personaId));
      const decision = decide(stored);
      // Issued from the read's success: the same transaction, nobody wrote in between.
      if ("record" in decision) store.add(decision.record);
      await ended;
      return decision;
    },
    addMissing: async (records) => {
      if (records.length === 0) return 0;
      const tx = db.transaction(VERSIONS_STORE, "readwrite");
      const store = tx.objectStore(VERSIONS_STORE);
      const ended = finished(tx);
      const keys = new Set((await done(store.getAllKeys())).map(String));
      let added = 0;
      for (const record of records) {
        if (keys.has(record.id)) continue;
        keys.add(record.id);
        store.add(record);
        added++;
      }
      await ended;
      return added;
    },
    close: () => db.close(),
  }));
}
