import { useStore } from "zustand";
import type { CompareState } from "../../stores/compare-store";
import { compareOf } from "../../stores/compare-of";
import { useStudio } from "../studio-context";

/** The studio's comparison store (created on first use, with the coordinator's listVersions). */
export function useCompareStore(options?: Parameters<typeof compareOf>[1]) {
  return compareOf(useStudio(), options);
}

export function useCompare<T>(selector: (state: CompareState) => T): T {
  return useStore(useCompareStore(), selector);
}
