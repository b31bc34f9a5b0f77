// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createStudio } from "./studio";
import { storageStatusStore } from "./storage";
import { makePersona } from "../../tests/helpers/make-persona";
import * as codec from "../core/persona/lazy-codec";
import type { Persona } from "../core/persona/schema";

const presets = [
  makePersona({ id: "guichet", name: "Guichet", language: "fr" }),
  makePersona({ id: "helpdesk", name: "Helpdesk", language: "en", address: "informal" }),
];

let clock = 1_000;
const now = () => ++clock;
/** A studio whose presets come from `load`, as the app's come from their chunk. */
const open = (load: () => Promise<readonly Persona[]>, tabId = "tab-a") =>
  createStudio({ tabId, now, presets: { summaries: [], load }, codec });

beforeEach(() => {
  localStorage.clear();
  storageStatusStore.setState({ problems: [] });
});

describe("presets fetched when needed", () => {
  it("opens a copy of the preset in the UI language once they arrive", async () => {
    const load = vi.fn<() => Promise<readonly Persona[]>>(async () => presets);
    const studio = open(load);
    studio.ensureStarted("en");
    expect(studio.openPersona()).toBeUndefined();
    await vi.waitFor(() => expect(studio.openPersona()?.language).toBe("en"));
    expect(studio.openPersona()?.identity).toEqual(presets[1]!.identity);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not fetch them to reopen a library that has a persona", async () => {
    const first = open(async () => presets);
    first.ensureStarted("fr");
    await vi.waitFor(() => expect(first.openPersona()).toBeDefined());

    const load = vi.fn<() => Promise<readonly Persona[]>>(async () => presets);
    const reloaded = open(load, "tab-b");
    reloaded.ensureStarted("fr");
    expect(reloaded.openPersona()?.id).toBe(first.openPersona()!.id);
    expect(load).not.toHaveBeenCalled();
  });

  it("leaves the library empty, and says why, when they cannot be fetched", async () => {
    const studio = open(() => Promise.reject(new Error("Failed to fetch presets chunk")));
    studio.ensureStarted("fr");
    await vi.waitFor(() => expect(studio.presets.getState().failed).toContain("Failed to fetch"));
    expect(studio.library.getState().order).toEqual([]);
    expect(studio.openPersona()).toBeUndefined();
  });

  it("does not add a second persona when another tab started the library meanwhile", async () => {
    let arrive!: (list: readonly Persona[]) => void;
    const slow = open(() => new Promise((resolve) => (arrive = resolve)), "tab-slow");
    slow.ensureStarted("fr");
    const fast = createStudio({ tabId: "tab-fast", now, presets, codec });
    fast.ensureStarted("fr");
    // What the storage event would bring the slow tab.
    slow.library.getState().syncFromStorage();
    arrive(presets);
    await vi.waitFor(() => expect(slow.presets.getState().list).toBe(presets));
    expect(slow.library.getState().order).toEqual(fast.library.getState().order);
    expect(slow.library.getState().order).toHaveLength(1);
  });

  it("duplicates a preset by id, fetching it first", async () => {
    const load = vi.fn<() => Promise<readonly Persona[]>>(async () => presets);
    const studio = open(load);
    const id = await studio.copyPreset("helpdesk");
    expect(studio.library.getState().openId).toBe(id);
    expect(studio.openPersona()).toMatchObject({ name: "Helpdesk", language: "en" });
    const again = await studio.copyPreset("helpdesk");
    expect(again).not.toBe(id);
    await expect(studio.copyPreset("nowhere")).rejects.toThrow("no preset nowhere");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
