// @vitest-environment jsdom
/**
 * Two tabs saving the same persona before either hears of the other's save: the README
 * promises neither edit is lost (one keeps the persona, the other becomes a copy, said in a
 * notice). Measured over rounds, with a storage that behaves like Chromium's.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { setVoice } from "../core/persona/edits";
import type { Persona } from "../core/persona/schema";
import { makePersona } from "../../tests/helpers/make-persona";
import { SharedStorage, type Tab } from "../../tests/helpers/tabs-over-one-storage";
import { LIBRARY_KEY } from "./library-store";
import { storageStatusStore } from "./storage";

const presets = [makePersona({ id: "guichet", name: "Guichet", language: "fr" })];

function storedPersonas(browser: SharedStorage): Persona[] {
  const raw = browser.stored.get(LIBRARY_KEY);
  if (!raw) return [];
  const entries = (JSON.parse(raw) as { state: { entries: Record<string, { persona: Persona }> } })
    .state.entries;
  return Object.values(entries).map((entry) => entry.persona);
}

beforeEach(() => storageStatusStore.setState({ problems: [] }));

const noticeOf = (tab: Tab) => tab.studio.library.getState().notice?.kind ?? "none";
const ids = (tab: Tab) => Object.keys(tab.studio.library.getState().entries).toSorted();

interface Round {
  lost: number;
  copies: number;
  notices: string[];
}

/** One round: both tabs edit the open persona in the same millisecond, then hear of each other. */
function round(index: number, order: "a-lands-first" | "b-lands-first"): Round {
  const moment = 1_000_000 + index;
  const browser = new SharedStorage({ now: () => moment, presets });
  const a = browser.open("tab-a");
  a.act((studio) => studio.ensureStarted("fr"));
  browser.settle();
  const b = browser.open("tab-b");
  b.act((studio) => studio.ensureStarted("fr"));

  const warmth = 1 + (index % 90);
  const humor = 99 - (index % 90);
  a.act((studio) => studio.edit(setVoice("warmth", warmth)));
  b.act((studio) => studio.edit(setVoice("humor", humor)));
  if (order === "b-lands-first") browser.queue.reverse();
  browser.settle();

  const personas = storedPersonas(browser);
  const kept = (check: (p: Persona) => boolean) => personas.some(check);
  const lost =
    Number(!kept((p) => p.voice.warmth === warmth)) + Number(!kept((p) => p.voice.humor === humor));
  return { lost, copies: personas.length - 1, notices: [noticeOf(a), noticeOf(b)] };
}

describe("two tabs saving the same persona in the same millisecond", () => {
  it.each(["a-lands-first", "b-lands-first"] as const)(
    "lose no edit in 10 of 10 rounds (%s)",
    (order) => {
      const rounds = Array.from({ length: 10 }, (_, i) => round(i, order));
      expect(rounds.map((r) => r.lost)).toEqual(Array.from({ length: 10 }, () => 0));
      // Exactly one copy each round, and the tab whose edit became the copy says so.
      for (const r of rounds) {
        expect(r.copies).toBe(1);
        expect(r.notices.filter((kind) => kind === "saved-as-copy")).toHaveLength(1);
      }
    },
  );

  it("both tabs end with the same library as the browser holds", () => {
    const browser = new SharedStorage({ now: () => 5, presets });
    const a = browser.open("tab-a");
    a.act((studio) => studio.ensureStarted("fr"));
    browser.settle();
    const b = browser.open("tab-b");
    b.act((studio) => studio.ensureStarted("fr"));
    a.act((studio) => studio.edit(setVoice("warmth", 3)));
    b.act((studio) => studio.edit(setVoice("humor", 97)));
    browser.settle();
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual(
      storedPersonas(browser)
        .map((p) => p.id)
        .toSorted(),
    );
  });

  it("stop writing once each has heard the other, when they have different personas open", () => {
    const browser = new SharedStorage({ now: () => 9, presets });
    const a = browser.open("tab-a");
    a.act((studio) => {
      studio.ensureStarted("fr");
      studio.duplicatePreset(presets[0]!, "Autre");
    });
    browser.settle();
    const b = browser.open("tab-b");
    b.act((studio) => studio.library.getState().open("guichet"));
    a.act((studio) => studio.edit(setVoice("warmth", 12)));
    // Each tab's open persona is its own: neither writes it back to the other, endlessly.
    expect(() => browser.settle()).not.toThrow();
    expect(b.studio.library.getState().entries.autre?.persona.voice.warmth).toBe(12);
    expect(b.studio.library.getState().openId).toBe("guichet");
  });
});
