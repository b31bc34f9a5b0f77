/**
 * Letter runs: the maximal stretches of \p{L} in a text, read from its words.
 * The French address rules read whole words with \p{L}/\p{N} boundaries; listing the runs once
 * and testing each against word sets replaces a dozen regex passes with lookbehinds (each
 * as slow as the whole scan), which kept the meter under 2 MB/s.
 */

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

/** The letter runs inside one word, as offsets from its start: what the word's spelling says of them. */
export interface WordRuns {
  /** [start, end) of each run, flat. */
  bounds: readonly number[];
  /** toLowerCase() of each run. */
  lower: readonly string[];
}

/** The runs of \p{L} in a word (a word holds digits, marks, apostrophes and hyphens too: "l'homme", "3e"). */
export function wordRuns(raw: string): WordRuns {
  const bounds: number[] = [];
  let start = -1;
  for (let i = 0; i < raw.length;) {
    const code = raw.charCodeAt(i);
    const cls =
      code < 0x80 ? ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 3) : charClass(raw, i);
    if (cls === 1 && start < 0) start = i;
    else if (cls !== 1 && start >= 0) {
      bounds.push(start, i);
      start = -1;
    }
    // An astral code point is one character of two units (charClass read it whole).
    i += code >= 0xd800 && code <= 0xdbff && (raw.codePointAt(i) as number) > 0xffff ? 2 : 1;
  }
  if (start >= 0) bounds.push(start, raw.length);
  const lower: string[] = [];
  for (let k = 0; k < bounds.length; k += 2)
    lower.push(raw.slice(bounds[k], bounds[k + 1]).toLowerCase());
  return { bounds, lower };
}

/**
 * Every maximal run of \p{L} in `text`, in order, from its words: a letter is a word character,
 * and what parts two words is no letter, so the runs are the words' runs end to end. Each word's
 * runs were worked out once for its spelling (tokens.ts), so the text is not scanned again.
 * Typed by the two fields it reads, so this file needs nothing of tokens.ts, which needs it.
 */
export function letterRuns(
  text: string,
  tokens: readonly { start: number; runs: WordRuns }[],
): LetterRuns {
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  for (const token of tokens) {
    const { bounds, lower: words } = token.runs;
    for (let k = 0; k < words.length; k++) {
      starts.push(token.start + (bounds[2 * k] as number));
      ends.push(token.start + (bounds[2 * k + 1] as number));
      lower.push(words[k] as string);
    }
  }
  return {
    starts,
    ends,
    lower,
    key: text.includes("\u017f") ? lower.map((w) => w.replaceAll("\u017f", "s")) : lower,
  };
}

/** The run is a whole word of the regexes it replaces: no digit (\p{N}) glued before or after it. */
export function noDigitAround(text: string, runs: LetterRuns, i: number): boolean {
  return (
    classBefore(text, runs.starts[i] as number) !== 2 &&
    charClass(text, runs.ends[i] as number) !== 2
  );
}
