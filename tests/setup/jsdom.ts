import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { shownExampleWarnings } from "../../src/stores/example-lint";
import { loadWarnings } from "../../src/stores/compiler";

// jsdom has no ResizeObserver; Radix measures its menus and tooltips with one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// main.tsx loads the warnings before the studio renders; components under test get them the same way.
await loadWarnings();

afterEach(() => {
  cleanup();
  // Module-level: one test's meter reading must not show in the next test's editor.
  shownExampleWarnings.setState({ owner: "", warnings: [] });
});
