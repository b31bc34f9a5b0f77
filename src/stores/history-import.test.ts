// @vitest-environment jsdom
/**
 * A history file through the importer: the persona and its versions come back with their
 * ids; importing again adds nothing; a hostile file changes nothing; a feedback file naming a
 * kept version is attached to it.
 */
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as codec from "../core/persona/lazy-codec";
import { setVoice } from "../core/persona/edits";
import { createFeedback, serializeFeedback } from "../core/review/feedback";
import { createHistory, serializeHistory } from "../core/versions/history-file";
import { makePersona } from "../../tests/helpers/make-persona";
import { importBytes, importText } from "./file-import";
import { createStudio } from "./studio";
import { createVersionsStore, replaceVersionsStore, type VersionsStore } from "./versions-store";

let versions: VersionsStore;
let clock = 0;
const studio = () => createStudio({ tabId: "t", now: () => ++clock, presets: [], codec });
beforeEach(() => {
  localStorage.clear();
  versions = createVersionsStore({ factory: new IDBFactory(), channel: null });
  replaceVersionsStore(versions);
});
afterEach(() => replaceVersionsStore(undefined));

const persona = makePersona({ id: "guichet", name: "Guichet" });

async function historyText() {
  const source = createVersionsStore({ factory: new IDBFactory(), channel: null });
  const a = await source.getState().save(persona, { name: "A", origin: "manual" });
  const b = await source
    .getState()
    .save(setVoice("warmth", 80)(persona), { name: "B", origin: "share" });
  return { text: serializeHistory(createHistory(setVoice("warmth", 80)(persona), [a, b])), a, b };
}

describe("importing a history file", () => {
  it("restores the persona and its versions, ids kept; again, skips them all", async () => {
    const s = studio();
    const { text, a, b } = await historyText();
    const first = await importBytes(s, new TextEncoder().encode(text), "guichet.history.json");
    expect(first).toMatchObject({
      kind: "imported",
      name: "Guichet",
      history: { added: 2, skipped: 0 },
    });
    expect(s.openPersona()?.id).toBe("guichet");
    expect((await versions.getState().load("guichet")).map((v) => v.id)).toEqual([a.id, b.id]);
    const again = await importText(s, text, null);
    expect(again).toMatchObject({ history: { added: 0, skipped: 2 } });
    expect(Object.keys(s.library.getState().entries)).toEqual(["guichet"]);
  });

  it("keeps the designer's own persona when the file's differs, opening the file's as new", async () => {
    const s = studio();
    s.library.getState().add(setVoice("humor", 99)(persona));
    const mine = s.openPersona();
    const { text } = await historyText();
    await importText(s, text, null);
    expect(s.library.getState().entries.guichet?.persona).toEqual(mine);
    const opened = s.openPersona()!;
    expect(opened.id).not.toBe("guichet");
    expect(opened.voice.warmth).toBe(80);
    // Its versions follow it to its new id; the designer's persona gains none.
    expect((await versions.getState().load(opened.id)).map((v) => v.name)).toEqual(["A", "B"]);
    expect(await versions.getState().load("guichet")).toEqual([]);
  });

  it("changes nothing for a hostile file, and says where", async () => {
    const s = studio();
    const { text } = await historyText();
    const doc = JSON.parse(text);
    doc.versions[1].persona.voice.warmth = 1e9;
    const result = await importText(s, JSON.stringify(doc), "evil.json");
    expect(result).toMatchObject({
      kind: "invalid",
      problems: [{ path: "versions[1].persona.voice.warmth" }],
    });
    expect(s.library.getState().entries).toEqual({});
    expect(await versions.getState().load("guichet")).toEqual([]);
  });

  it("imports the persona even where versions are unavailable, and says so", async () => {
    replaceVersionsStore(createVersionsStore({ factory: undefined, channel: null }));
    const s = studio();
    const { text } = await historyText();
    expect(await importText(s, text, null)).toMatchObject({ history: { unavailable: true } });
    expect(s.openPersona()?.id).toBe("guichet");
  });
});

describe("feedback given on a version", () => {
  it("is attached to the kept version it names; an older file without one is read as before", async () => {
    const s = studio();
    const v = await versions.getState().save(persona, { name: "Sent Monday", origin: "share" });
    const feedback = (versionId?: string) =>
      serializeFeedback(
        createFeedback({
          persona,
          runsOn: { kind: "rehearsal" },
          ratings: [{ reply: "Bonjour", user: "Salut", rating: "up", comment: "" }],
          createdAt: "2025-03-01T10:00:00Z",
          ...(versionId ? { versionId } : {}),
        }),
      );
    await importText(s, feedback(v.id), "f.json");
    expect(s.feedback.getState().shown?.version).toEqual({ id: v.id, name: "Sent Monday" });
    await importText(s, feedback(), "old.json");
    expect(s.feedback.getState().shown?.version).toBeUndefined();
    expect(s.feedback.getState().items).toHaveLength(2);
  });
});
