import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from "react";
import { useStore } from "zustand";
import type { Studio } from "../stores/studio";
import type { LibraryState } from "../stores/library-store";
import type { Persona } from "../core/persona/schema";
import type { CompileResult } from "../core/compiler/types";
import { compiledOf } from "../stores/compiled";
import { resolveUiLanguage, type UiLanguage } from "../stores/settings-store";

const StudioContext = createContext<Studio | null>(null);

export function StudioProvider({ studio, children }: { studio: Studio; children: ReactNode }) {
  return <StudioContext.Provider value={studio}>{children}</StudioContext.Provider>;
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

/** The open persona's compiled prompt, derived (and cached per persona snapshot). */
export function useCompiled(): CompileResult | undefined {
  const persona = useOpenPersona();
  return persona && compiledOf(persona);
}

export function useHistoryFlags(): { canUndo: boolean; canRedo: boolean } {
  const studio = useStudio();
  const id = useLibrary((s) => s.openId);
  const canUndo = useStore(studio.history, (s) => (id === null ? false : (s.byId[id]?.past.length ?? 0) > 0));
  const canRedo = useStore(studio.history, (s) => (id === null ? false : (s.byId[id]?.future.length ?? 0) > 0));
  return { canUndo, canRedo };
}

const subscribeToUrl = (onChange: () => void) => {
  window.addEventListener("popstate", onChange);
  return () => window.removeEventListener("popstate", onChange);
};

/** The UI language: `?lang=` first, then the remembered choice, then the browser's. */
export function useUiLanguage(): [UiLanguage, (language: UiLanguage) => void] {
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
