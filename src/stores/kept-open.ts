/**
 * What a designer opened under each reply ("Show before", the meter's Details, the chip whose
 * evidence shows), by turn id and part. A long conversation is drawn virtually: a turn scrolled
 * out of view and back is drawn anew, and must come back as the designer left it.
 */
import { createStore, type StoreApi } from "zustand/vanilla";

export interface KeptOpenState {
  /** "turn-12:details" → what is open there (a chip's key, or "open"). */
  open: Readonly<Record<string, string>>;
  set(key: string, value: string | null): void;
}

const stores = new WeakMap<object, StoreApi<KeptOpenState>>();

/** One store per conversation owner (the studio's chat store), made on first use. */
export function keptOpenOf(owner: object): StoreApi<KeptOpenState> {
  let store = stores.get(owner);
  if (!store) {
    store = createStore<KeptOpenState>((set) => ({
      open: {},
      set: (key, value) =>
        set(({ open }) => {
          const { [key]: _, ...rest } = open;
          return { open: value === null ? rest : { ...rest, [key]: value } };
        }),
    }));
    stores.set(owner, store);
  }
  return store;
}
