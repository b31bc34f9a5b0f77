/** What a language gives the rehearsal (books-en.ts, books-fr.ts; language-books.ts hands it out). */
import type { Phrasebook } from "./phrasebook";
import type { SubjectRules } from "./subject";

export interface LanguageBooks {
  phrases: Phrasebook;
  subject: SubjectRules;
}
