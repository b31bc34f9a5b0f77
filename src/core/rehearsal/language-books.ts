/**
 * Where the rehearsal finds a language's phrasebook and subject rules (books-en.ts, books-fr.ts,
 * about 7 and 9 KiB gzip): a French persona never needs the English ones, so the studio's offline
 * provider loads the persona's language only. rehearse.ts provides both at once, for the CLI,
 * the tests and every other synchronous caller.
 */
import type { Language } from "../persona/constants";
import type { LanguageBooks } from "./books-shape";

export type { LanguageBooks };

const provided: Partial<Record<Language, LanguageBooks>> = {};

export function provideLanguageBooks(language: Language, books: LanguageBooks): void {
  provided[language] ??= books;
}

export function hasLanguageBooks(language: Language): boolean {
  return provided[language] !== undefined;
}

/** The language's books, or an error naming the fix: rehearsing before they load is a bug. */
export function languageBooks(language: Language): LanguageBooks {
  const books = provided[language];
  if (!books)
    throw new Error(
      `the rehearsal's ${language} phrasebook is not loaded: import rehearsal/rehearse or await loadLanguageBooks("${language}") first`,
    );
  return books;
}

const loading: Partial<Record<Language, Promise<void>>> = {};

// One import() per function: in one expression, the bundler's preload list would name both chunks.
const fetchFrench = () => import("./books-fr").then((module) => module.BOOKS_FR);
const fetchEnglish = () => import("./books-en").then((module) => module.BOOKS_EN);

/** Fetches the language's books as a chunk of their own, once; a failed fetch may be retried. */
export function loadLanguageBooks(language: Language): Promise<void> {
  if (provided[language]) return Promise.resolve();
  loading[language] ??= (language === "fr" ? fetchFrench() : fetchEnglish()).then(
    (books) => provideLanguageBooks(language, books),
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  );
  return loading[language];
}
