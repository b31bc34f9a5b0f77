/** What the file importer needs to recognise a history file, without loading its reader. */
export const HISTORY_FORMAT = "psydesign.persona-history";
/** Years of versions of a typical persona (a few kB each) fit many times over. */
export const MAX_HISTORY_FILE_BYTES = 64_000_000;
