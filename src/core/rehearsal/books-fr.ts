/** The rehearsal's French books in one object, for language-books.ts (kept apart: see there). */
import type { LanguageBooks } from "./books-shape";
import { PHRASES_FR } from "./phrases-fr";
import { SUBJECT_FR } from "./subject-fr";

export const BOOKS_FR: LanguageBooks = { phrases: PHRASES_FR, subject: SUBJECT_FR };
