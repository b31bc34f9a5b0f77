/**
 * The offline rehearsal engine (engine.ts) with both languages' books provided at once: for the
 * CLI, the tests and every other synchronous caller. The studio's offline provider imports the
 * engine and loads the persona's language only (language-books.ts).
 */
import { BOOKS_EN } from "./books-en";
import { BOOKS_FR } from "./books-fr";
import { provideLanguageBooks } from "./language-books";

provideLanguageBooks("en", BOOKS_EN);
provideLanguageBooks("fr", BOOKS_FR);

export * from "./engine";
