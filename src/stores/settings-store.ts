/** UI preferences, remembered on this device. */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { safeJsonStorage } from "./storage";

export type UiLanguage = "fr" | "en";

export interface SettingsState {
  /** null: follow the browser's language. */
  uiLanguage: UiLanguage | null;
  setUiLanguage(language: UiLanguage): void;
}

export const SETTINGS_KEY = "psydesign.settings";

export function createSettingsStore(now: () => number) {
  return createStore<SettingsState>()(
    persist(
      (set) => ({
        uiLanguage: null,
        setUiLanguage: (uiLanguage) => set({ uiLanguage }),
      }),
      {
        name: SETTINGS_KEY,
        version: 1,
        storage: safeJsonStorage<Pick<SettingsState, "uiLanguage">>({ now }),
        partialize: (s) => ({ uiLanguage: s.uiLanguage }),
        merge: (persisted, current) => {
          const language = (persisted as { uiLanguage?: unknown } | undefined)?.uiLanguage;
          return { ...current, uiLanguage: language === "fr" || language === "en" ? language : null };
        },
      },
    ),
  );
}

// Every component asks for the UI language on every render: parse each query string once.
let lastSearch: { search: string; lang: string | null } | undefined;
function forcedLanguage(search: string): string | null {
  if (lastSearch?.search !== search) lastSearch = { search, lang: new URLSearchParams(search).get("lang") };
  return lastSearch.lang;
}

/** `?lang=` wins (tests and shared links use it), then the remembered choice, then the browser. */
export function resolveUiLanguage(
  search: string,
  remembered: UiLanguage | null,
  preferred: readonly string[],
): UiLanguage {
  const forced = forcedLanguage(search);
  if (forced === "fr" || forced === "en") return forced;
  if (remembered) return remembered;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (base === "fr" || base === "en") return base;
  }
  return "en";
}
