/** The rehearsal's English books in one object, for language-books.ts (kept apart: see there). */
import type { LanguageBooks } from "./books-shape";
import { PHRASES_EN } from "./phrases-en";
import { SUBJECT_EN } from "./subject-en";

export const BOOKS_EN: LanguageBooks = { phrases: PHRASES_EN, subject: SUBJECT_EN };
