// @vitest-environment jsdom
/**
 * One hostile file, or stored data this tab cannot read, never costs the designer the rest
 * of the library: what cannot be read is set aside (a copy to download), announced, and left
 * in place; the write path never replaces stored entries it could not read.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as codec from "../core/persona/lazy-codec";
import { setVoice } from "../core/persona/edits";
import { makePersona } from "../../tests/helpers/make-persona";
import { importText } from "./file-import";
import { LIBRARY_KEY, type PersonaCodec } from "./library-store";
import { storageStatusStore } from "./storage";
import { createStudio } from "./studio";

const presets = [makePersona({ id: "guichet", name: "Guichet" })];
let clock = 1_000;
const now = () => ++clock;
const open = (tab = "tab-a", using: PersonaCodec = codec) =>
  createStudio({ tabId: tab, now, presets, codec: using });

/** A list `levels` deep, as text (JSON.stringify itself overflows on the deepest). */
const deepList = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;

/** The stored text of one entry's persona, as it is in the library's JSON. */
function personaText(raw: string, id: string): string {
  const start = raw.indexOf(`"${id}":{"persona":`);
  return raw.slice(start, raw.indexOf(',"updatedAt"', start));
}

const storedIds = () =>
  Object.keys(JSON.parse(localStorage.getItem(LIBRARY_KEY)!).state.entries).toSorted();
const setAsideKeys = () =>
  Object.keys(localStorage)
    .filter((k) => k.includes(".corrupted."))
    .toSorted();

/** A library of three personas, the third with its extensions replaced by `extensions` (JSON text). */
function libraryWithThird(extensions: string): string {
  const studio = open();
  studio.ensureStarted("fr");
  studio.library.getState().add(makePersona({ id: "deux", name: "Deux" }));
  studio.library.getState().add(makePersona({ id: "trois", name: "Trois" }));
  const raw = localStorage.getItem(LIBRARY_KEY)!;
  const at = raw.indexOf('"extensions":{}', raw.indexOf('"trois":'));
  const hostile = `${raw.slice(0, at)}"extensions":${extensions}${raw.slice(at + '"extensions":{}'.length)}`;
  localStorage.setItem(LIBRARY_KEY, hostile);
  return hostile;
}

beforeEach(() => {
  localStorage.clear();
  storageStatusStore.setState({ problems: [] });
});

describe("a stored persona nested deeper than the door reads", () => {
  it.each([2_000, 100_000])(
    "at %i levels keeps every other persona, sets it aside and announces it",
    (levels) => {
      const stored = libraryWithThird(`{"x":${deepList(levels)}}`);
      const reloaded = open("tab-b");
      reloaded.ensureStarted("fr");
      expect(Object.keys(reloaded.library.getState().entries).toSorted()).toEqual([
        "deux",
        "guichet",
      ]);
      expect(reloaded.library.getState().notice).toEqual({ kind: "set-aside", ids: ["trois"] });
      const copy = setAsideKeys().find((k) => k.startsWith(`${LIBRARY_KEY}.trois.corrupted.`));
      expect(copy && JSON.parse(localStorage.getItem(copy)!).persona.id).toBe("trois");
      // The next write keeps the entry it could not read, exactly as stored.
      reloaded.edit(setVoice("warmth", 90));
      expect(storedIds()).toEqual(["deux", "guichet", "trois"]);
      expect(personaText(localStorage.getItem(LIBRARY_KEY)!, "trois")).toBe(
        personaText(stored, "trois"),
      );
    },
  );

  it("is set aside once, not again at every start", () => {
    libraryWithThird(`{"x":${deepList(2_000)}}`);
    for (const tab of ["tab-b", "tab-c", "tab-d"]) open(tab).ensureStarted("fr");
    expect(setAsideKeys()).toHaveLength(1);
  });
});

describe("any exception while restoring", () => {
  it("keeps the personas the door read, and every stored entry, when the door throws on one", () => {
    libraryWithThird("{}");
    const throwing: PersonaCodec = {
      ...codec,
      restorePersona: (input) => {
        if ((input as { id?: string }).id === "deux")
          throw new RangeError("Maximum call stack size exceeded");
        return codec.restorePersona(input);
      },
    };
    const reloaded = open("tab-b", throwing);
    reloaded.ensureStarted("fr");
    expect(Object.keys(reloaded.library.getState().entries).toSorted()).toEqual([
      "guichet",
      "trois",
    ]);
    reloaded.edit(setVoice("humor", 1));
    expect(storedIds()).toEqual(["deux", "guichet", "trois"]);
  });

  it("replaces nothing stored when the door throws on every persona", () => {
    libraryWithThird("{}");
    const broken: PersonaCodec = {
      ...codec,
      restorePersona: () => {
        throw new Error("door broken");
      },
    };
    const reloaded = open("tab-b", broken);
    reloaded.ensureStarted("fr");
    reloaded.edit(setVoice("humor", 1));
    // The preset it started from takes a free id: "guichet" is still stored, unread.
    expect(storedIds()).toEqual(["deux", "guichet", "guichet-2", "trois"]);
    const notice = reloaded.library.getState().notice;
    expect(notice?.kind === "set-aside" && notice.ids.toSorted()).toEqual([
      "deux",
      "guichet",
      "trois",
    ]);
  });
});

describe("a stored value that is not a library at all", () => {
  it("is set aside whole and announced before anything is written over it", () => {
    const raw = JSON.stringify({ state: { entries: ["not", "an", "object"] }, version: 1 });
    localStorage.setItem(LIBRARY_KEY, raw);
    const studio = open();
    studio.ensureStarted("fr");
    const problem = storageStatusStore
      .getState()
      .problems.find((p) => p.key === LIBRARY_KEY && p.kind === "corrupted");
    expect(problem?.setAsideKey && localStorage.getItem(problem.setAsideKey)).toBe(raw);
  });

  it("is never written over while it cannot be set aside, and set aside once it can", () => {
    localStorage.setItem(LIBRARY_KEY, "{not json");
    // Storage is full: the copy cannot be made.
    const setItem = vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    const studio = open();
    studio.ensureStarted("fr");
    studio.edit(setVoice("warmth", 5));
    setItem.mockRestore();
    expect(localStorage.getItem(LIBRARY_KEY)).toBe("{not json");
    expect(studio.openPersona()?.voice.warmth).toBe(5);
    const problem = storageStatusStore
      .getState()
      .problems.find((p) => p.key === LIBRARY_KEY && p.kind === "corrupted");
    expect(problem).toBeDefined();
    expect(problem?.setAsideKey).toBeUndefined();

    // Room again: the next save first copies it aside, then saves the work.
    studio.edit(setVoice("warmth", 6));
    expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual(["{not json"]);
    expect(
      JSON.parse(localStorage.getItem(LIBRARY_KEY)!).state.entries.guichet.persona.voice.warmth,
    ).toBe(6);
  });
});

describe("importing a persona nested too deep", () => {
  it.each([2_000, 3_300, 100_000])(
    "at %i levels is refused with the path and the limit, and changes nothing",
    async (levels) => {
      const studio = open();
      studio.ensureStarted("fr");
      const before = localStorage.getItem(LIBRARY_KEY);
      const text = JSON.stringify(makePersona({ id: "deep" })).replace(
        '"extensions":{}',
        `"extensions":{"x":${deepList(levels)}}`,
      );
      const result = await importText(studio, text, "deep.persona.json");
      expect(result.kind).toBe("invalid");
      const problem = result.kind === "invalid" ? result.problems[0] : undefined;
      expect(problem?.path).toBe(`extensions.x${"[0]".repeat(63)}`);
      expect(problem?.message).toMatch(/^nested deeper than 64 levels/);
      expect(localStorage.getItem(LIBRARY_KEY)).toBe(before);
    },
  );
});
