import type { ReactElement } from "react";
import { render, type RenderResult } from "@testing-library/react";
import { createStudio, type Studio } from "../../src/stores/studio";
import { StudioProvider } from "../../src/ui/studio-context";
import type { PresetSource } from "../../src/stores/presets-store";
import type { UiLanguage } from "../../src/ui/i18n";
import { PRESETS } from "../../src/stores/presets";
import { storageStatusStore } from "../../src/stores/storage";
import * as codec from "../../src/core/persona/lazy-codec";

/**
 * Renders UI inside a fresh studio (empty localStorage, real presets, first launch done)
 * with the UI language forced through the URL, as the browser tests do.
 */
export function renderStudio(
  ui: ReactElement,
  options: { lang?: UiLanguage; presets?: PresetSource; start?: boolean } = {},
): RenderResult & { studio: Studio } {
  localStorage.clear();
  storageStatusStore.setState({ problems: [] });
  window.history.replaceState(null, "", `/?lang=${options.lang ?? "en"}`);
  let clock = 1_000;
  const studio = createStudio({
    tabId: "test-tab",
    now: () => ++clock,
    presets: options.presets ?? PRESETS,
    codec,
  });
  if (options.start !== false) studio.ensureStarted(options.lang ?? "en");
  const result = render(<StudioProvider studio={studio}>{ui}</StudioProvider>);
  return { ...result, studio };
}
