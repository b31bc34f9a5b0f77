import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from "react";
import { useStore } from "zustand";
import type { Studio } from "../stores/studio";
import type { LibraryState } from "../stores/library-store";
import type { Persona } from "../core/persona/schema";
import { resolveUiLanguage, type UiLanguage } from "../stores/settings-store";
import { UiLanguageProvider } from "./i18n";

const StudioContext = createContext<Studio | null>(null);

/** The studio's stores for every component below, and the language they speak (see useUiLanguageChoice). */
export function StudioProvider({ studio, children }: { studio: Studio; children: ReactNode }) {
  return (
    <StudioContext.Provider value={studio}>
      <StudioLanguage>{children}</StudioLanguage>
    </StudioContext.Provider>
  );
}

function StudioLanguage({ children }: { children: ReactNode }) {
  const [language] = useUiLanguageChoice();
  return <UiLanguageProvider language={language}>{children}</UiLanguageProvider>;
}

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error("useStudio() outside <StudioProvider>");
  return studio;
}

export function useLibrary<T>(selector: (state: LibraryState) => T): T {
  return useStore(useStudio().library, selector);
}

export function useOpenPersona(): Persona | undefined {
  return useLibrary((s) => (s.openId === null ? undefined : s.entries[s.openId]?.persona));
}

export function useHistoryFlags(): { canUndo: boolean; canRedo: boolean } {
  const studio = useStudio();
  const id = useLibrary((s) => s.openId);
  const canUndo = useStore(studio.history, (s) =>
    id === null ? false : (s.byId[id]?.past.length ?? 0) > 0,
  );
  const canRedo = useStore(studio.history, (s) =>
    id === null ? false : (s.byId[id]?.future.length ?? 0) > 0,
  );
  return { canUndo, canRedo };
}

const subscribeToUrl = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

/**
 * The UI language (`?lang=` first, then the remembered choice, then the browser's) and a way
 * to choose it. Components that only read it call i18n's useUiLanguage.
 */
export function useUiLanguageChoice(): [UiLanguage, (language: UiLanguage) => void] {
  const studio = useStudio();
  const remembered = useStore(studio.settings, (s) => s.uiLanguage);
  const search = useSyncExternalStore(subscribeToUrl, () => window.location.search);
  const language = resolveUiLanguage(search, remembered, navigator.languages ?? []);
  const choose = useCallback(
    (next: UiLanguage) => {
      studio.settings.getState().setUiLanguage(next);
      const url = new URL(window.location.href);
      if (url.searchParams.has("lang")) {
        url.searchParams.delete("lang");
        window.history.replaceState(window.history.state, "", url);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }
    },
    [studio],
  );
  return [language, choose];
}
