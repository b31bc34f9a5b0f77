/**
 * Words and sentences of a reply, with their offsets in the original text, so every cue the
 * meter finds can be shown as a span. One hand-written scan (no regex): the meter must read
 * several MB/s.
 */
import { fold } from "./fold";
import { charClass, wordRuns, type WordRuns } from "./letter-runs";
import { SpellingTable, type Spelled } from "./spellings";

/** A word of the analysed text: [start, end) in UTF-16 code units, and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, no accents, straight apostrophe (fold() of fold.ts). */
  folded: string;
  /** True when the first letter is upper case. */
  capital: boolean;
  /** True when every letter is upper case and there are at least two. */
  allCaps: boolean;
  /** Index of the sentence the word belongs to (0-based). */
  sentence: number;
  /** True for the first word of its sentence. */
  first: boolean;
  /**
   * The id of the word's spelling (spellings.ts), the same for every token spelt alike while the
   * tokenizer remembers the spelling, never reused: the readers' word memos key on it (meter/word-memo.ts).
   */
  spelling: number;
  /** The letter runs inside the word (letter-runs.ts), of its spelling. */
  runs: WordRuns;
}

/** What a word's spelling alone says. */
interface WordShape extends Spelled {
  folded: string;
  capital: boolean;
  allCaps: boolean;
  runs: WordRuns;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

function readShape(raw: string, hash: number, spelling: number): WordShape {
  const ascii = isAscii(raw);
  const c0 = raw.charCodeAt(0);
  const capital = ascii ? c0 >= 0x41 && c0 <= 0x5a : UPPER.test(raw.charAt(0));
  let allCaps = false;
  if (capital && raw.length >= 2)
    allCaps = ascii ? !/[a-z]/.test(raw) && /[A-Z].*[A-Z]/.test(raw) : !LOWER.test(raw);
  return {
    raw,
    hash,
    spelling,
    folded: ascii ? raw.toLowerCase() : fold(raw),
    capital,
    allCaps,
    runs: wordRuns(raw),
  };
}

const SHAPES = new SpellingTable(readShape);

/** ASCII letters and digits, the word characters of most text, by table. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] =
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
      ? 1
      : 0;
}

/** \p{L}, \p{M} or \p{N}: a word character. */
function isWordChar(text: string, index: number): boolean {
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code < 0x80 ? ASCII_WORD[code] === 1 : charClass(text, index) !== 3;
}

/** The end of the run of word characters from `index` (ASCII by table, inline: the scan's hot loop). */
function wordCharsEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (ASCII_WORD[code] === 0) break;
      i++;
    } else if (charClass(text, i) !== 3) i += width(text, i);
    else break;
  }
  return i;
}

/** Code units of the code point at `index` (2 for a surrogate pair, 1 for a lone surrogate). */
function width(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Apostrophes and the hyphen join two runs into one word ("don't", "l'homme", "peut-être"). */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** JavaScript's \s. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** . ! ? … */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** " ” » ) after a stop. */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0xbb || code === 0x29;
}

/**
 * Where the sentence break starting at `index` ends, or -1 when none starts there. A sentence
 * ends at . ! ? … (repeated or not, closing quotes after) followed by a space, or at a line
 * break and the spaces after it.
 */
function breakEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 0x0a) {
    let end = index + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    return end;
  }
  if (!isStop(code)) return -1;
  let end = index + 1;
  while (end < text.length && isStop(text.charCodeAt(end))) end++;
  while (end < text.length && isCloser(text.charCodeAt(end))) end++;
  return end < text.length && isSpace(text.charCodeAt(end)) ? end : -1;
}

/**
 * The words of `text`, in order, each tagged with its sentence. A word is a run of letters,
 * marks and digits, with inner apostrophes and hyphens.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sentence = 0;
  let lastSentence = -1;
  for (let i = 0; i < text.length;) {
    if (!isWordChar(text, i)) {
      const end = breakEnd(text, i);
      if (end >= 0) {
        sentence++;
        i = end;
      } else {
        i += width(text, i);
      }
      continue;
    }
    const start = i;
    for (;;) {
      i = wordCharsEnd(text, i);
      if (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1)) i++;
      else break;
    }
    const shape = SHAPES.at(text, start, i);
    out.push({
      start,
      end: i,
      folded: shape.folded,
      capital: shape.capital,
      allCaps: shape.allCaps,
      sentence,
      first: sentence !== lastSentence,
      spelling: shape.spelling,
      runs: shape.runs,
    });
    lastSentence = sentence;
  }
  return out;
}
