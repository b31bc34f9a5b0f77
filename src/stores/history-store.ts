/**
 * Undo and redo, kept per persona in memory: a history of persona snapshots. Consecutive
 * edits that share a gesture key (one slider drag, one burst of typing in a field) are
 * coalesced into one step. A gesture can also end by itself: key steps on one slider have
 * no release to close them, so they share a step while each comes within `burstMs` of the
 * last one.
 */
import { createStore } from "zustand/vanilla";
import type { Persona } from "../core/persona/schema";

/** Enough for a long session; older steps fall off the bottom. */
export const HISTORY_LIMIT = 200;

/** Key steps on one slider closer together than this make one undo step. */
export const KEY_BURST_MS = 1000;

export interface PersonaHistory {
  past: Persona[];
  future: Persona[];
  /** The gesture the last step belongs to, while it is still going on. */
  gesture: string | null;
  /** When that gesture last added to the step (for gestures that end after a pause). */
  gestureAt?: number;
}

export interface HistoryState {
  byId: Record<string, PersonaHistory>;
  /**
   * Records `before` as an undo step, unless it continues the same gesture (and, with
   * `burstMs`, the gesture's last edit was at most that long ago).
   */
  record(id: string, before: Persona, gesture?: string, burstMs?: number): void;
  endGesture(id: string): void;
  /** Returns the persona to go back to, moving `current` to the redo list. */
  undo(id: string, current: Persona): Persona | undefined;
  redo(id: string, current: Persona): Persona | undefined;
  forget(id: string): void;
}

const EMPTY: PersonaHistory = { past: [], future: [], gesture: null };

export function createHistoryStore(now: () => number = () => Date.now()) {
  return createStore<HistoryState>()((set, get) => {
    const of = (id: string) => get().byId[id] ?? EMPTY;
    const put = (id: string, h: PersonaHistory) => set((s) => ({ byId: { ...s.byId, [id]: h } }));
    return {
      byId: {},
      record: (id, before, gesture, burstMs) => {
        const h = of(id);
        const at = now();
        if (gesture !== undefined && h.gesture === gesture) {
          if (burstMs === undefined) return;
          if (h.gestureAt !== undefined && at - h.gestureAt <= burstMs)
            return put(id, { ...h, gestureAt: at });
        }
        put(id, {
          past: [...h.past, before].slice(-HISTORY_LIMIT),
          future: [],
          gesture: gesture ?? null,
          gestureAt: at,
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
