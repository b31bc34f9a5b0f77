// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStudio, type Studio } from "./studio";
import { LIBRARY_KEY } from "./library-store";
import { storageStatusStore } from "./storage";
import { setVoice, setIdentity } from "../core/persona/edits";
import { serializePersona } from "../core/persona/serialize";
import { makePersona } from "../../tests/helpers/make-persona";
import * as codec from "../core/persona/lazy-codec";

const presets = [
  makePersona({ id: "guichet", name: "Guichet", language: "fr" }),
  makePersona({ id: "helpdesk", name: "Helpdesk", language: "en", address: "informal" }),
];

let clock = 1_000;
const now = () => ++clock;
const open = (tabId = "tab-a") => createStudio({ tabId, now, presets, codec });

beforeEach(() => {
  localStorage.clear();
  storageStatusStore.setState({ problems: [] });
});
afterEach(() => vi.restoreAllMocks());

describe("first launch", () => {
  it("opens straight into an editable copy of a preset in the UI language", () => {
    const studio = open();
    studio.ensureStarted("en");
    const persona = studio.openPersona();
    expect(persona?.language).toBe("en");
    expect(persona?.identity).toEqual(presets[1]!.identity);
    expect(Object.keys(studio.library.getState().entries)).toEqual([persona!.id]);
  });
});

describe("autosave", () => {
  it("finds every edit again after a reload", () => {
    const first = open();
    first.ensureStarted("fr");
    first.edit(setVoice("warmth", 95));
    first.edit(setIdentity("assistantName", "Élise"));
    const reloaded = open();
    reloaded.ensureStarted("fr");
    expect(reloaded.openPersona()?.voice.warmth).toBe(95);
    expect(reloaded.openPersona()?.identity.assistantName).toBe("Élise");
  });
});

describe("undo and redo", () => {
  let studio: Studio;
  beforeEach(() => {
    studio = open();
    studio.ensureStarted("fr");
  });

  it("undoes and redoes each edit in order", () => {
    studio.edit(setVoice("humor", 80));
    studio.edit(setVoice("emoji", 60));
    studio.undo();
    expect(studio.openPersona()?.voice).toMatchObject({ humor: 80, emoji: 0 });
    studio.undo();
    expect(studio.openPersona()?.voice.humor).toBe(10);
    studio.redo();
    studio.redo();
    expect(studio.openPersona()?.voice).toMatchObject({ humor: 80, emoji: 60 });
  });

  it("makes one step of a whole slider drag", () => {
    for (const level of [20, 35, 50, 70, 90]) studio.edit(setVoice("register", level), "drag-1");
    studio.endGesture();
    studio.edit(setVoice("register", 10), "drag-2");
    studio.undo();
    expect(studio.openPersona()?.voice.register).toBe(90);
    studio.undo();
    expect(studio.openPersona()?.voice.register).toBe(60);
  });

  it("keeps a separate history for each persona", () => {
    const firstId = studio.openPersona()!.id;
    studio.edit(setVoice("warmth", 1));
    studio.duplicatePreset(presets[1]!, "Second");
    studio.edit(setVoice("warmth", 99));
    studio.library.getState().open(firstId);
    studio.undo();
    expect(studio.openPersona()?.voice.warmth).toBe(50);
    expect(studio.library.getState().entries.second?.persona.voice.warmth).toBe(99);
  });

  it("records nothing for an edit that changes nothing", () => {
    studio.edit(setVoice("warmth", 50));
    expect(studio.history.getState().byId[studio.openPersona()!.id]?.past ?? []).toHaveLength(0);
  });
});

describe("library", () => {
  it("duplicates, renames, deletes and brings back a persona", () => {
    const studio = open();
    studio.ensureStarted("fr");
    const original = studio.openPersona()!.id;
    const copy = studio.library.getState().duplicate(original, "Guichet bis");
    expect(copy).toBe("guichet-bis");
    studio.library.getState().rename(copy, "Guichet du soir");
    expect(studio.openPersona()?.name).toBe("Guichet du soir");
    studio.library.getState().remove(copy);
    expect(studio.library.getState().entries[copy]).toBeUndefined();
    expect(studio.library.getState().openId).toBe(original);
    studio.library.getState().undoRemove();
    expect(studio.library.getState().order).toEqual([copy, original]);
    expect(open().library.getState().entries[copy]?.persona.name).toBe("Guichet du soir");
  });

  it("never reuses an id: adding the same preset twice gives two personas", () => {
    const studio = open();
    const a = studio.duplicatePreset(presets[0]!, "Guichet");
    const b = studio.duplicatePreset(presets[0]!, "Guichet");
    expect([a, b]).toEqual(["guichet", "guichet-2"]);
  });
});

describe("import and export", () => {
  it("opens a valid file as a new persona and never overwrites one", () => {
    const studio = open();
    studio.ensureStarted("fr");
    const before = studio.openPersona()!;
    const outcome = studio.importText(serializePersona({ ...before, name: "Imported" }));
    expect(outcome).toEqual({ ok: true, id: `${before.id}-2` });
    expect(studio.openPersona()?.name).toBe("Imported");
    expect(studio.library.getState().entries[before.id]?.persona).toEqual(before);
  });

  it("changes nothing when the file is invalid, and lists every problem", () => {
    const studio = open();
    studio.ensureStarted("fr");
    const snapshot = JSON.stringify(studio.library.getState().entries);
    const outcome = studio.importText(
      '{"format":"psydesign.persona","schemaVersion":1,"voice":{"warmth":"x"}}',
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["id", "voice.warmth"]),
    );
    expect(JSON.stringify(studio.library.getState().entries)).toBe(snapshot);
  });

  it("exports the open persona as a file that imports back identically", () => {
    const studio = open();
    studio.ensureStarted("fr");
    const file = studio.exportOpen()!;
    expect(file.filename).toBe("guichet.persona.json");
    const again = studio.importText(file.text);
    expect(again.ok && studio.library.getState().entries[again.id]?.persona).toEqual({
      ...studio.library.getState().entries.guichet!.persona,
      id: "guichet-2",
    });
  });
});

describe("storage failures", () => {
  it("sets corrupted data aside instead of deleting it", () => {
    localStorage.setItem(LIBRARY_KEY, "{not json");
    const studio = open();
    studio.ensureStarted("fr");
    const problem = storageStatusStore.getState().problems.find((p) => p.kind === "corrupted");
    expect(problem?.setAsideKey).toMatch(/^psydesign\.library\.corrupted\./);
    expect(localStorage.getItem(problem!.setAsideKey!)).toBe("{not json");
    expect(studio.openPersona()).toBeDefined();
  });

  it("keeps the valid personas when one stored persona no longer validates", () => {
    const studio = open();
    studio.ensureStarted("fr");
    const stored = JSON.parse(localStorage.getItem(LIBRARY_KEY)!);
    stored.state.entries.broken = {
      ...stored.state.entries.guichet,
      persona: { id: "broken", voice: "loud" },
    };
    localStorage.setItem(LIBRARY_KEY, JSON.stringify(stored));
    const reloaded = open();
    expect(Object.keys(reloaded.library.getState().entries)).toEqual(["guichet"]);
    expect(reloaded.library.getState().notice).toEqual({ kind: "set-aside", ids: ["broken"] });
    expect(
      storageStatusStore.getState().problems.some((p) => p.key === `${LIBRARY_KEY}.broken`),
    ).toBe(true);
  });

  it("keeps the work in memory and says so when the quota is exceeded", () => {
    const studio = open();
    studio.ensureStarted("fr");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    studio.edit(setVoice("warmth", 3));
    expect(studio.openPersona()?.voice.warmth).toBe(3);
    expect(storageStatusStore.getState().problems.map((p) => p.kind)).toContain("quota");
  });
});

describe("two tabs", () => {
  it("merges personas created in each tab instead of overwriting", () => {
    const a = open("tab-a");
    a.ensureStarted("fr");
    const b = open("tab-b");
    b.ensureStarted("fr");
    a.duplicatePreset(presets[1]!, "From A");
    b.duplicatePreset(presets[1]!, "From B");
    const stored = Object.keys(
      JSON.parse(localStorage.getItem(LIBRARY_KEY)!).state.entries,
    ).toSorted();
    expect(stored).toEqual(["from-a", "from-b", "guichet"]);
  });

  it("shows the other tab's change to the open persona and keeps ours one undo away", () => {
    const a = open("tab-a");
    a.ensureStarted("fr");
    const b = open("tab-b");
    b.ensureStarted("fr");
    a.edit(setVoice("humor", 77));
    expect(b.openPersona()?.voice.humor).toBe(10);
    // The browser tells b through a storage event: simulate one.
    const target = new EventTarget();
    const stop = b.connectTabs(target as unknown as Window);
    target.dispatchEvent(Object.assign(new Event("storage"), { key: LIBRARY_KEY }));
    stop();
    expect(b.openPersona()?.voice.humor).toBe(77);
    expect(b.library.getState().notice).toEqual({ kind: "changed-elsewhere", id: "guichet" });
    // b builds on a's version, so its next save overwrites nothing of a's.
    b.edit(setVoice("warmth", 11));
    expect(
      JSON.parse(localStorage.getItem(LIBRARY_KEY)!).state.entries.guichet.persona.voice,
    ).toMatchObject({ humor: 77, warmth: 11 });
    b.undo();
    b.undo();
    expect(b.openPersona()?.voice).toMatchObject({ humor: 10, warmth: 50 });
  });

  it("saves ours as a copy when another tab saved the same persona first", () => {
    const a = open("tab-a");
    a.ensureStarted("fr");
    const b = open("tab-b");
    b.ensureStarted("fr");
    a.edit(setVoice("humor", 77));
    b.edit(setVoice("warmth", 11)); // b has not heard of a's save yet
    const entries = JSON.parse(localStorage.getItem(LIBRARY_KEY)!).state.entries;
    expect(entries.guichet.persona.voice.humor).toBe(77);
    const notice = b.library.getState().notice;
    expect(notice?.kind).toBe("saved-as-copy");
    const copyId = notice?.kind === "saved-as-copy" ? notice.copyId : "";
    expect(entries[copyId].persona.voice.warmth).toBe(11);
    expect(b.openPersona()?.id).toBe(copyId);
  });
});
