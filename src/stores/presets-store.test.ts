import { describe, expect, it, vi } from "vitest";
import { createPresetsStore } from "./presets-store";
import { makePersona } from "../../tests/helpers/make-persona";

const PRESETS = [makePersona({ id: "guichet", name: "Guichet", language: "fr" })];

/** A loader the test settles by hand, counting its calls. */
function deferredLoader() {
  const calls: { resolve(list: typeof PRESETS): void; reject(error: Error): void }[] = [];
  const loader = vi.fn<() => Promise<typeof PRESETS>>(
    () =>
      new Promise<typeof PRESETS>((resolve, reject) => {
        calls.push({ resolve, reject });
      }),
  );
  return { loader, calls };
}

describe("the presets store", () => {
  it("has presets given as a list at once, and never loads", async () => {
    const store = createPresetsStore(PRESETS);
    expect(store.getState()).toMatchObject({ list: PRESETS, loading: false, failed: undefined });
    expect(store.getState().summaries).toEqual([
      { id: "guichet", name: "Guichet", language: "fr", description: PRESETS[0]!.description },
    ]);
    await expect(store.getState().load()).resolves.toBe(PRESETS);
  });

  it("fetches them once, however many ask at the same time", async () => {
    const { loader, calls } = deferredLoader();
    const store = createPresetsStore({ summaries: [], load: loader });
    expect(store.getState().list).toBeUndefined();
    expect(loader).not.toHaveBeenCalled();

    const first = store.getState().load();
    const second = store.getState().load();
    expect(store.getState().loading).toBe(true);
    calls[0]!.resolve(PRESETS);
    await expect(first).resolves.toBe(PRESETS);
    await expect(second).resolves.toBe(PRESETS);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({ list: PRESETS, loading: false });

    await store.getState().load();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("says why a fetch failed, and tries again on the next ask", async () => {
    const { loader, calls } = deferredLoader();
    const store = createPresetsStore({ summaries: [], load: loader });
    const failing = store.getState().load();
    calls[0]!.reject(new Error("Failed to fetch dynamically imported module"));
    await expect(failing).rejects.toThrow("Failed to fetch");
    expect(store.getState()).toMatchObject({ list: undefined, loading: false });
    expect(store.getState().failed).toContain("Failed to fetch");

    const again = store.getState().load();
    expect(store.getState()).toMatchObject({ loading: true, failed: undefined });
    calls[1]!.resolve(PRESETS);
    await expect(again).resolves.toBe(PRESETS);
    expect(loader).toHaveBeenCalledTimes(2);
  });
});
