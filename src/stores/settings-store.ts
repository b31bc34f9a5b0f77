/** UI preferences, remembered on this device. */
import { createStore } from "zustand/vanilla";
import { persist } from "zustand/middleware";
import { safeJsonStorage } from "./storage";

export type UiLanguage = "fr" | "en";

export interface SettingsState {
  /** null: follow the browser's language. */
  uiLanguage: UiLanguage | null;
  /**
   * Where the studio is published (an http(s) address ending in "/"), the base of review
   * links; null: this page's own address.
   */
  publicAddress: string | null;
  setUiLanguage(language: UiLanguage): void;
  /** Sets the public address from what the designer typed ("" clears it); false, and nothing changes, if it is not an http(s) address. */
  setPublicAddress(typed: string): boolean;
}

export const SETTINGS_KEY = "psydesign.settings";

type Persisted = Pick<SettingsState, "uiLanguage" | "publicAddress">;

export function createSettingsStore(now: () => number) {
  return createStore<SettingsState>()(
    persist(
      (set) => ({
        uiLanguage: null,
        publicAddress: null,
        setUiLanguage: (uiLanguage) => set({ uiLanguage }),
        setPublicAddress: (typed) => {
          const address = typed.trim() === "" ? null : publicAddressOf(typed);
          if (address === undefined) return false;
          set({ publicAddress: address });
          return true;
        },
      }),
      {
        name: SETTINGS_KEY,
        version: 1,
        storage: safeJsonStorage<Persisted>({ now }),
        partialize: (s) => ({ uiLanguage: s.uiLanguage, publicAddress: s.publicAddress }),
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as { uiLanguage?: unknown; publicAddress?: unknown };
          const language = saved.uiLanguage;
          const address =
            typeof saved.publicAddress === "string"
              ? (publicAddressOf(saved.publicAddress) ?? null)
              : null;
          return {
            ...current,
            uiLanguage: language === "fr" || language === "en" ? language : null,
            publicAddress: address,
          };
        },
      },
    ),
  );
}

/**
 * A typed address as the base of review links: an http(s) URL without credentials, query or
 * fragment, its path ending in "/" ("…/index.html" becomes "…/"); undefined if it is not one.
 */
export function publicAddressOf(typed: string): string | undefined {
  const text = typed.trim();
  if (!/^https?:\/\/[^/]/i.test(text) || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  // A password in a link is read by everyone the link is sent to.
  if (url.username !== "" || url.password !== "") return undefined;
  url.search = "";
  url.hash = "";
  url.pathname = url.pathname.replace(/\/[^/]*\.html?$/i, "/").replace(/\/?$/, "/");
  return url.href;
}

const LOOPBACK = /^(localhost|[^.]+\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * Where a link on `address` points when only this computer can open it (the host, as in
 * "localhost:5173" or "127.0.0.1", or the file's path for a page opened from disk), or
 * undefined when other computers may reach it too.
 */
export function localOnlyHost(address: string): string | undefined {
  if (!URL.canParse(address)) return undefined;
  const url = new URL(address);
  if (url.protocol === "file:") return `file://${url.pathname}`;
  return LOOPBACK.test(url.hostname) ? url.host : undefined;
}

// Every component asks for the UI language on every render: parse each query string once.
let lastSearch: { search: string; lang: string | null } | undefined;
function forcedLanguage(search: string): string | null {
  if (lastSearch?.search !== search)
    lastSearch = { search, lang: new URLSearchParams(search).get("lang") };
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
