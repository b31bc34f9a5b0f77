import { createContext, useContext, type ReactNode } from "react";
import type { UiLanguage } from "./define-messages";

const UiLanguageContext = createContext<UiLanguage | null>(null);

/**
 * The language the page is read in, for every component below. The studio decides it from
 * the URL, the remembered choice and the browser (studio-context.tsx); the review page from
 * the link and the persona (review-context.tsx).
 */
export function UiLanguageProvider({
  language,
  children,
}: {
  language: UiLanguage;
  children: ReactNode;
}) {
  return <UiLanguageContext.Provider value={language}>{children}</UiLanguageContext.Provider>;
}

export function useUiLanguage(): UiLanguage {
  const language = useContext(UiLanguageContext);
  if (language === null) throw new Error("useUiLanguage() outside <UiLanguageProvider>");
  return language;
}
