import { useStore } from "zustand";
import { useStudio } from "../studio-context";
import { testsOf, type TestsState, type TestsStore } from "../../stores/tests-store";

/** The studio's Tests store (created on first use, kept when the view unmounts). */
export function useTestsStore(): TestsStore {
  return testsOf(useStudio());
}

export function useTests<T>(selector: (state: TestsState) => T): T {
  return useStore(useTestsStore(), selector);
}
