import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { shownExampleWarnings } from "../../src/stores/example-lint";

// jsdom has no ResizeObserver; Radix sliders measure their thumbs with one.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

afterEach(() => {
  cleanup();
  // Module-level: one test's meter reading must not show in the next test's editor.
  shownExampleWarnings.setState({ owner: "", warnings: [] });
});
