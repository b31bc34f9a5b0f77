/**
 * English address cues. English "you" carries no T/V distinction, so this reading is
 * weak by nature: it only sees how the reader is *named*. A courtesy title with a
 * surname, "sir", "madam" or a "Dear …" salutation reads formal; "hey", "mate",
 * "buddy", "guys" or a first name used as a vocative reads informal. A text that names
 * nobody reads "none", even when it says "you" throughout.
 */
import type { AddressCue } from "./address-cue";

const TITLE = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+\p{Lu}[\p{L}'-]+/gu;
const SIR_MADAM = /(?<![\p{L}\p{N}])(?:sir|madam|madame|ma['\u2019]am)(?![\p{L}\p{N}])/giu;
/** "Dear …" opening a line: a letter's salutation, the formal frame even before a first name. */
const DEAR = /(?<=^|\n)\s*(Dear)(?![\p{L}\p{N}])/gu;
const CASUAL = /(?<![\p{L}\p{N}])(?:hey|heya|hiya|mate|buddy|pal|dude|guys|folks)(?![\p{L}\p{N}])/giu;
/**
 * A capitalised word right after a greeting or thanks and closed by punctuation, as in
 * "Hi Sam," or "Thanks, Sam!": a first name used to address the reader.
 */
const VOCATIVE_NAME =
  /(?<![\p{L}\p{N}])(?:hi|hello|hey|thanks|thank you|good morning|good afternoon|good evening|welcome back|cheers|bye|sorry),?\s+(\p{Lu}\p{Ll}+)(?=\s*[,!.?:])/giu;
/** Capitalised words after a greeting that are not names ("Hi There!", "Thanks Again"). */
const NOT_NAMES = new Set(["there", "again", "too", "very", "you", "all", "everyone", "team", "so", "for", "sir", "madam", "dear", "mr", "mrs", "ms", "dr"]);

const cue = (start: number, end: number, name: string, form: AddressCue["form"]): AddressCue => ({
  start,
  end,
  cue: name,
  form,
  strong: true,
});

/** Every English address cue in `text`, sorted by position, offsets into `text`. */
export function englishAddressCues(text: string): AddressCue[] {
  const cues: AddressCue[] = [];
  for (const m of text.matchAll(TITLE)) cues.push(cue(m.index, m.index + m[0].length, "title", "formal"));
  for (const m of text.matchAll(SIR_MADAM)) {
    const word = m[0].toLowerCase().startsWith("sir") ? "sir" : "madam";
    cues.push(cue(m.index, m.index + m[0].length, word, "formal"));
  }
  for (const m of text.matchAll(DEAR)) {
    const start = m.index + m[0].indexOf("Dear");
    cues.push(cue(start, start + 4, "dear", "formal"));
  }
  for (const m of text.matchAll(CASUAL)) cues.push(cue(m.index, m.index + m[0].length, m[0].toLowerCase(), "informal"));
  for (const m of text.matchAll(VOCATIVE_NAME)) {
    const name = m[1] as string;
    // The regex is case-insensitive for the greeting, which also lets "\p{Lu}" match a
    // lowercase letter: a name must really start with a capital ("thank you too" has none).
    const initial = name.charAt(0);
    if (initial === initial.toLowerCase() || NOT_NAMES.has(name.toLowerCase())) continue;
    const start = m.index + m[0].lastIndexOf(name);
    cues.push(cue(start, start + name.length, "first-name", "informal"));
  }
  return cues.toSorted((a, b) => a.start - b.start);
}
