/**
 * Undo and redo, kept per persona in memory: a history of persona snapshots. Consecutive
 * edits that share a gesture key (one slider drag, one burst of typing in a field) are
 * coalesced into one step.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";

/** Enough for a long session; older steps fall off the bottom. */
export const HISTORY_LIMIT = 200;

export interface PersonaHistory {
  past: Persona[];
  future: Persona[];
  /** The gesture the last step belongs to, while it is still going on. */
  gesture: string | null;
}

export interface HistoryState {
  byId: Record<string, PersonaHistory>;
  /** Records `before` as an undo step, unless it continues the same gesture. */
  record(id: string, before: Persona, gesture?: string): void;
  endGesture(id: string): void;
  /** Returns the persona to go back to, moving `current` to the redo list. */
  undo(id: string, current: Persona): Persona | undefined;
  redo(id: string, current: Persona): Persona | undefined;
  forget(id: string): void;
}

const EMPTY: PersonaHistory = { past: [], future: [], gesture: null };

export function createHistoryStore() {
  return createStore<HistoryState>()((set, get) => {
    const of = (id: string) => get().byId[id] ?? EMPTY;
    const put = (id: string, h: PersonaHistory) => set((s) => ({ byId: { ...s.byId, [id]: h } }));
    return {
      byId: {},
      record: (id, before, gesture) => {
        const h = of(id);
        if (gesture !== undefined && h.gesture === gesture) return;
        put(id, {
          past: [...h.past, before].slice(-HISTORY_LIMIT),
          future: [],
          gesture: gesture ?? null,
        });
      },
      endGesture: (id) => {
        const h = of(id);
        if (h.gesture !== null) put(id, { ...h, gesture: null });
      },
      undo: (id, current) => {
        const h = of(id);
        const previous = h.past.at(-1);
        if (!previous) return undefined;
        put(id, { past: h.past.slice(0, -1), future: [current, ...h.future], gesture: null });
        return previous;
      },
      redo: (id, current) => {
        const h = of(id);
        const next = h.future[0];
        if (!next) return undefined;
        put(id, { past: [...h.past, current], future: h.future.slice(1), gesture: null });
        return next;
      },
      forget: (id) => {
        const { [id]: _gone, ...byId } = get().byId;
        set({ byId });
      },
    };
  });
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
