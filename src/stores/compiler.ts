/**
 * The compiler, loaded beside the first paint rather than in the entry: the editor's warnings
 * and the prompt need it, the sliders do not. main.tsx starts the load with the validator and
 * the presets, so the studio usually renders with it already here; until then a control shows
 * no warning rather than waiting.
 */
import { createStore } from "zustand/vanilla";
import type { compiledOf } from "./compiled";

export interface CompilerState {
  compiledOf: typeof compiledOf | null;
}

export const compilerStore = createStore<CompilerState>(() => ({ compiledOf: null }));

let loading: Promise<typeof compiledOf> | undefined;

/** Loads the compiler once; every later call gets the same promise. */
export function loadCompiler(): Promise<typeof compiledOf> {
  loading ??= import("./compiled").then((module) => {
    compilerStore.setState({ compiledOf: module.compiledOf });
    return module.compiledOf;
  });
  return loading;
}
