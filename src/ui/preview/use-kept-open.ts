import { useState } from "react";
import { useStore } from "zustand";
import { keptOpenOf } from "../../stores/kept-open";
import { usePreview } from "./use-preview";

/**
 * What is open at `key` under a reply, kept by the studio's conversation so that a turn the
 * virtual list draws again shows it still open; without a key (a reply outside the
 * conversation), kept by the component alone.
 */
export function useKeptOpen(
  key: string | undefined,
): [string | null, (value: string | null) => void] {
  const store = keptOpenOf(usePreview().chat);
  const kept = useStore(store, (s) => (key === undefined ? null : (s.open[key] ?? null)));
  const [local, setLocal] = useState<string | null>(null);
  if (key === undefined) return [local, setLocal];
  return [kept, (value) => store.getState().set(key, value)];
}
