/**
 * The read-only presets, which the studio fetches as their own chunk only when something
 * needs them: a first launch (an empty library opens a copy of one) or the library's list.
 * A designer coming back to a saved persona on a laptop, where the library starts folded,
 * never fetches them.
 */
import { createStore } from "zustand/vanilla";
import type { Language, Persona } from "../core/persona/schema";

/** What the library lists about a preset before the preset itself is fetched. */
export interface PresetSummary {
  id: string;
  name: string;
  language: Language;
  description: string | undefined;
}

export interface PresetsState {
  summaries: readonly PresetSummary[];
  /** undefined until fetched. */
  list: readonly Persona[] | undefined;
  /** Whether a fetch is under way. */
  loading: boolean;
  /** Why the last fetch failed; cleared by the next attempt. */
  failed: string | undefined;
  /** Fetches the presets once (again after a failure); resolves to the list. */
  load(): Promise<readonly Persona[]>;
}

/** Presets given as a list (tests) are there at once; else their summaries, and a loader. */
export type PresetSource =
  readonly Persona[] | { summaries: readonly PresetSummary[]; load(): Promise<readonly Persona[]> };

const summaryOf = ({ id, name, language, description }: Persona): PresetSummary => ({
  id,
  name,
  language,
  description,
});

export function createPresetsStore(source: PresetSource) {
  let pending: Promise<readonly Persona[]> | undefined;
  const given = "load" in source ? undefined : source;
  return createStore<PresetsState>()((set, get) => ({
    summaries: "load" in source ? source.summaries : source.map(summaryOf),
    list: given,
    loading: false,
    failed: undefined,
    load() {
      const { list } = get();
      if (list) return Promise.resolve(list);
      if (!("load" in source)) return Promise.resolve(source);
      if (pending) return pending;
      set({ loading: true, failed: undefined });
      pending = source.load().then(
        (fetched) => {
          set({ list: fetched, loading: false });
          return fetched;
        },
        (error: unknown) => {
          pending = undefined;
          set({ loading: false, failed: String(error) });
          throw error;
        },
      );
      return pending;
    },
  }));
}

export type PresetsStore = ReturnType<typeof createPresetsStore>;
