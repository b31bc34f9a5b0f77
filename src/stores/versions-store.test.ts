/**
 * The versions store over a real IndexedDB implementation (fake-indexeddb, in memory):
 * immutability, no repeats from automatic saves, two tabs saving at once, hostile records,
 * and a browser without IndexedDB.
 */
import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { setVoice } from "../core/persona/edits";
import { makePersona } from "../../tests/helpers/make-persona";
import { VERSIONS_STORE } from "./versions-idb";
import { createVersionsStore, VersionsUnavailable } from "./versions-store";

let tick = 0;
const clock = () => 1_700_000_000_000 + tick++ * 1000;
let n = 0;
const ids = () => `v-${++n}`;

const persona = makePersona({ id: "guichet", name: "Guichet" });

function tab(factory: IDBFactory, channel: BroadcastChannel | null = null) {
  return createVersionsStore({ factory, now: clock, newId: ids, channel, dbName: "test" });
}

describe("versions store", () => {
  it("saves, lists oldest first, and freezes each version", async () => {
    const store = tab(new IDBFactory());
    const first = await store.getState().save(persona, { name: "First", origin: "manual" });
    const warmer = setVoice("warmth", 90)(persona);
    await store
      .getState()
      .save(warmer, { name: "Warmer", note: "for the client", origin: "manual" });
    const list = await store.getState().load("guichet");
    expect(list.map((v) => v.name)).toEqual(["First", "Warmer"]);
    expect(list[1]?.note).toBe("for the client");
    expect(list[1]?.persona.voice.warmth).toBe(90);
    expect(Object.isFrozen(first.persona.voice)).toBe(true);
    expect(() => {
      (first.persona.voice as { warmth: number }).warmth = 1;
    }).toThrow(TypeError);
    expect(store.getState().status).toBe("ready");
  });

  it("lists versions in the order saved, within one millisecond and after the clock goes back", async () => {
    // Ids that sort against the saving order, as random ids do half of the time.
    const backwards = ["v-c", "v-b", "v-a"];
    const times = [5_000, 5_000, 4_000];
    const store = createVersionsStore({
      factory: new IDBFactory(),
      now: () => times.shift()!,
      newId: () => backwards.shift()!,
      channel: null,
    });
    for (const [name, warmth] of [
      ["One", 10],
      ["Two", 20],
      ["Three", 30],
    ] as const)
      await store.getState().save(setVoice("warmth", warmth)(persona), { name, origin: "manual" });
    const list = await store.getState().load("guichet");
    expect(list.map((v) => v.name)).toEqual(["One", "Two", "Three"]);
    expect(list.map((v) => Date.parse(v.createdAt))).toEqual([5_000, 5_001, 5_002]);
  });

  it("does not repeat the same persona saved twice by export, share or review", async () => {
    const store = tab(new IDBFactory());
    const a = await store.getState().save(persona, { name: "a.json", origin: "export" });
    const b = await store.getState().save(persona, { name: "link", origin: "share" });
    const c = await store.getState().save(persona, { name: "page", origin: "review" });
    expect(b.id).toBe(a.id);
    expect(c.id).toBe(a.id);
    // A manual save is always one, and a changed persona is a new version.
    await store.getState().save(persona, { name: "Mine", origin: "manual" });
    await store.getState().save(setVoice("humor", 80)(persona), { name: "x", origin: "export" });
    expect((await store.getState().load("guichet")).length).toBe(3);
  });

  it("keeps both versions when two tabs save at the same moment, and tells the other tab", async () => {
    const factory = new IDBFactory();
    const one = new BroadcastChannel("versions-test");
    const two = new BroadcastChannel("versions-test");
    const a = tab(factory, one);
    const b = tab(factory, two);
    await b.getState().load("guichet");
    await Promise.all([
      a.getState().save(persona, { name: "From A", origin: "manual" }),
      b.getState().save(setVoice("warmth", 10)(persona), { name: "From B", origin: "manual" }),
      a
        .getState()
        .save(setVoice("warmth", 20)(persona), { name: "From A again", origin: "export" }),
    ]);
    await expect.poll(() => b.getState().byPersona.guichet?.length).toBe(3);
    expect((await a.getState().load("guichet")).map((v) => v.name).toSorted()).toEqual([
      "From A",
      "From A again",
      "From B",
    ]);
    one.close();
    two.close();
  });

  it("skips hostile records without deleting them", async () => {
    const factory = new IDBFactory();
    const store = tab(factory);
    await store.getState().save(persona, { name: "Good", origin: "manual" });
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open("test", 1);
      r.onsuccess = () => resolve(r.result);
    });
    const hostile = [
      { id: "h1", personaId: "guichet", __proto__: { polluted: true } },
      {
        id: "h2",
        personaId: "guichet",
        createdAt: "yesterday",
        name: "x",
        origin: "manual",
        persona,
      },
      {
        id: "h3",
        personaId: "guichet",
        createdAt: "2025-01-01T00:00:00Z",
        name: "x",
        origin: "hack",
        persona,
      },
      {
        id: "h4",
        personaId: "guichet",
        createdAt: "2025-01-01T00:00:00Z",
        name: "x",
        origin: "manual",
        persona: { ...persona, voice: { warmth: 900 } },
      },
    ];
    await new Promise<void>((resolve) => {
      const tx = db.transaction(VERSIONS_STORE, "readwrite");
      for (const record of hostile) tx.objectStore(VERSIONS_STORE).put(record);
      tx.oncomplete = () => resolve();
    });
    const list = await store.getState().load("guichet");
    expect(list.map((v) => v.name)).toEqual(["Good"]);
    expect(store.getState().unreadable.guichet).toBe(4);
    const count = await new Promise<number>((resolve) => {
      const r = db.transaction(VERSIONS_STORE).objectStore(VERSIONS_STORE).count();
      r.onsuccess = () => resolve(r.result);
    });
    expect(count).toBe(5);
    db.close();
  });

  it("says unavailable without IndexedDB, lists nothing and refuses to save", async () => {
    const store = createVersionsStore({ factory: undefined, channel: null });
    expect(await store.getState().load("guichet")).toEqual([]);
    expect(store.getState().status).toBe("unavailable");
    await expect(
      store.getState().save(persona, { name: "x", origin: "manual" }),
    ).rejects.toBeInstanceOf(VersionsUnavailable);
  });

  it("says unavailable when opening throws (private mode)", async () => {
    const factory = {
      open: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as unknown as IDBFactory;
    const store = createVersionsStore({ factory, channel: null });
    await store.getState().load("guichet");
    expect(store.getState().status).toBe("unavailable");
    expect(store.getState().detail).toContain("denied");
  });

  it("imports versions keeping their ids and skipping those already stored", async () => {
    const store = tab(new IDBFactory());
    const saved = await store.getState().save(persona, { name: "Here", origin: "manual" });
    const other = { ...saved, id: "from-file", name: "From file" };
    expect(await store.getState().importVersions([saved, other])).toEqual({ added: 1, skipped: 1 });
    expect((await store.getState().load("guichet")).map((v) => v.id).toSorted()).toEqual(
      [saved.id, "from-file"].toSorted(),
    );
  });
});
