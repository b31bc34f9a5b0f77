/**
 * English address cues. English "you" carries no T/V distinction, so this reading is
 * weak by nature: it only sees how the reader is *named*. A courtesy title with a
 * surname, "sir", "madam" or a "Dear …" salutation reads formal; "hey", "mate",
 * "buddy", "guys" or a first name used as a vocative reads informal. A text that names
 * nobody reads "none", even when it says "you" throughout.
 */
import type { AddressCue } from "./cue";
import { byStart } from "../spans";

const TITLE = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+\p{Lu}[\p{L}'-]+/gu;
const SIR_MADAM = /(?<![\p{L}\p{N}])(?:sir|madam|madame|ma['\u2019]am)(?![\p{L}\p{N}])/giu;
/** "Dear …" opening a line: a letter's salutation, the formal frame even before a first name. */
const DEAR = /(?<=^|\n)\s*(Dear)(?![\p{L}\p{N}])/gu;
const CASUAL =
  /(?<![\p{L}\p{N}])(?:hey|heya|hiya|mate|buddy|pal|dude|guys|folks)(?![\p{L}\p{N}])/giu;
/**
 * A capitalised word right after a greeting or thanks and closed by punctuation, as in
 * "Hi Sam," or "Thanks, Sam!": a first name used to address the reader.
 */
const VOCATIVE_NAME =
  /(?<![\p{L}\p{N}])(?:hi|hello|hey|thanks|thank you|good morning|good afternoon|good evening|welcome back|cheers|bye|sorry),?\s+(\p{Lu}\p{Ll}+)(?=\s*[,!.?:])/giu;
/** Capitalised words after a greeting that are not names ("Hi There!", "Thanks Again"). */
const NOT_NAMES = new Set([
  "there",
  "again",
  "too",
  "very",
  "you",
  "all",
  "everyone",
  "team",
  "so",
  "for",
  "sir",
  "madam",
  "dear",
  "mr",
  "mrs",
  "ms",
  "dr",
]);

const cue = (start: number, end: number, name: string, form: AddressCue["form"]): AddressCue => ({
  start,
  end,
  cue: name,
  form,
  strong: true,
});

/**
 * Cheap tests that must pass for each rule to match, tried before its regex (each regex
 * scan, with its Unicode lookbehind, costs as much as the rest of an English reading).
 * `lower` is text.toLowerCase(); the case-insensitive rules also match "ſ" for "s".
 */
const mayHoldTitle = (text: string) =>
  text.includes("M") || text.includes("Dr") || text.includes("Prof");
const mayHold = (lower: string, words: readonly string[]) =>
  lower.includes("\u017f") || words.some((word) => lower.includes(word));
const SIR_MADAM_WORDS = ["sir", "madam", "ma'am", "ma\u2019am"];
const CASUAL_WORDS = ["hey", "hiya", "mate", "buddy", "pal", "dude", "guys", "folks"];
/** The first words of VOCATIVE_NAME's greetings. */
const GREETING_WORDS = ["hi", "hello", "hey", "thank", "good", "welcome", "cheers", "bye", "sorry"];
const VOCATIVE_AT = new RegExp(VOCATIVE_NAME.source, "iuy");

/**
 * The matches a global VOCATIVE_NAME scan finds, trying the regex only where a greeting word
 * starts ("hi" is in "this" and "which": the lookbehind rejects those at once). Positions in
 * `lower` are positions in `text` when lower-casing kept the length.
 */
function vocativeMatches(text: string, lower: string): RegExpExecArray[] {
  if (lower.length !== text.length || lower.includes("\u017f"))
    return [...text.matchAll(VOCATIVE_NAME)];
  const positions: number[] = [];
  for (const word of GREETING_WORDS)
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1))
      positions.push(at);
  positions.sort((a, b) => a - b);
  const found: RegExpExecArray[] = [];
  let consumed = 0;
  for (const at of positions) {
    if (at < consumed) continue;
    VOCATIVE_AT.lastIndex = at;
    const match = VOCATIVE_AT.exec(text);
    if (match === null) continue;
    found.push(match);
    consumed = at + match[0].length;
  }
  return found;
}

/** Every English address cue in `text`, sorted by position, offsets into `text`. */
export function englishAddressCues(text: string): AddressCue[] {
  const cues: AddressCue[] = [];
  const lower = text.toLowerCase();
  if (mayHoldTitle(text))
    for (const m of text.matchAll(TITLE))
      cues.push(cue(m.index, m.index + m[0].length, "title", "formal"));
  if (mayHold(lower, SIR_MADAM_WORDS))
    for (const m of text.matchAll(SIR_MADAM)) {
      const word = m[0].toLowerCase().startsWith("sir") ? "sir" : "madam";
      cues.push(cue(m.index, m.index + m[0].length, word, "formal"));
    }
  if (text.includes("Dear"))
    for (const m of text.matchAll(DEAR)) {
      const start = m.index + m[0].indexOf("Dear");
      cues.push(cue(start, start + 4, "dear", "formal"));
    }
  if (mayHold(lower, CASUAL_WORDS))
    for (const m of text.matchAll(CASUAL))
      cues.push(cue(m.index, m.index + m[0].length, m[0].toLowerCase(), "informal"));
  for (const m of vocativeMatches(text, lower)) {
    const name = m[1] as string;
    // The regex is case-insensitive for the greeting, which also lets "\p{Lu}" match a
    // lowercase letter: a name must really start with a capital ("thank you too" has none).
    const initial = name.charAt(0);
    if (initial === initial.toLowerCase() || NOT_NAMES.has(name.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(name);
    cues.push(cue(start, start + name.length, "first-name", "informal"));
  }
  return byStart(cues);
}
