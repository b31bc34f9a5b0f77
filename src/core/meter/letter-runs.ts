/**
 * Letter runs: the maximal stretches of \p{L} in a text, found by one scan of char codes.
 * The French address rules read whole words with \p{L}/\p{N} boundaries; scanning once and
 * testing each run against word sets replaces a dozen regex passes with lookbehinds (each
 * as slow as the whole scan), which kept the meter under 2 MB/s.
 */

import { SpellingTable, type Spelled } from "./spellings";

const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const MARK = /\p{M}/u;
/** Per BMP code unit: 0 not yet classified, 1 letter, 2 number, 3 neither, 4 mark. Filled on demand. */
const CLASS = new Uint8Array(0x10000);
/** The same for astral code points (rare: math letters, emoji, CJK extensions). */
const ASTRAL_CLASS = new Map<number, number>();

function classifyCode(code: number): number {
  const char = String.fromCodePoint(code);
  return LETTER.test(char) ? 1 : NUMBER.test(char) ? 2 : MARK.test(char) ? 4 : 3;
}

function astralClass(code: number): number {
  let cls = ASTRAL_CLASS.get(code);
  if (cls === undefined) {
    cls = classifyCode(code);
    if (ASTRAL_CLASS.size >= 4096) ASTRAL_CLASS.clear();
    ASTRAL_CLASS.set(code, cls);
  }
  return cls;
}

/**
 * 1 letter (\p{L}), 2 number (\p{N}), 4 mark (\p{M}), 3 none of them, for the code point
 * starting at `index` (a lone surrogate is none).
 */
export function charClass(text: string, index: number): number {
  if (index >= text.length) return 3;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return 1;
    return code >= 0x30 && code <= 0x39 ? 2 : 3;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    const full = text.codePointAt(index) as number;
    return full > 0xffff ? astralClass(full) : 3;
  }
  let cls = CLASS[code] as number;
  if (cls === 0) {
    cls = classifyCode(code);
    CLASS[code] = cls;
  }
  return cls;
}

/**
 * The class of the code point ending just before `index` (a lookbehind reads one code point:
 * a low surrogate there belongs to the pair before it). 3 at the start of the text.
 */
export function classBefore(text: string, index: number): number {
  if (index <= 0) return 3;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return charClass(text, index - 2);
  }
  return charClass(text, index - 1);
}

/** Letter runs of a text: parallel arrays of [start, end) and the lower-cased word. */
export interface LetterRuns {
  starts: number[];
  ends: number[];
  /** toLowerCase() of the run. */
  lower: string[];
  /** The run as a case-insensitive regex compares it: `lower` with "ſ" as "s" (the same array when no "ſ"). */
  key: string[];
}

/** Every maximal run of \p{L} in `text`, in order. */
export function letterRuns(text: string): LetterRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  let start = -1;
  const longS = text.includes("\u017f");
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // ASCII inline: most characters of a reply, and a call per character showed in profiles.
    const letter = code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : charClass(text, i) === 1;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      pushRun(text, start, i, starts, ends, lower);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) pushRun(text, start, text.length, starts, ends, lower);
  return { starts, ends, lower, key: longS ? lower.map((w) => w.replaceAll("\u017f", "s")) : lower };
}

/** A run's lower case, looked up where it stands: the same few hundred words recur in every reply. */
const LOWER = new SpellingTable<Spelled & { lower: string }>((raw, hash, spelling) => ({ raw, hash, spelling, lower: raw.toLowerCase() }));

function pushRun(text: string, start: number, end: number, starts: number[], ends: number[], lower: string[]): void {
  starts.push(start);
  ends.push(end);
  lower.push(LOWER.at(text, start, end).lower);
}

/** The run is a whole word of the regexes it replaces: no digit (\p{N}) glued before or after it. */
export function noDigitAround(text: string, runs: LetterRuns, i: number): boolean {
  return classBefore(text, runs.starts[i] as number) !== 2 && charClass(text, runs.ends[i] as number) !== 2;
}
