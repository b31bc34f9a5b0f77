/**
 * Lexicon reading: which of the persona's avoided words a reply uses, and which preferred
 * terms. Accent- and case-insensitive, whole words, matched on folded text (the same
 * fold() as the compiler's linter) and mapped back to spans of the ORIGINAL text.
 */
import { fold } from "../compiler/lint-text";
import type { LexiconInput, TermHits } from "./types";

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * A folded text and, per folded code unit, the [start, end) of the original character it came
 * from. The offsets live in scratch buffers shared by every call: read them before the next
 * foldWithOffsets().
 */
interface FoldedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** Per non-ASCII code point: its fold() (null for whitespace); the same few accents recur. */
const CHAR_FOLD = new Map<number, string | null>();

function foldCode(code: number): string | null {
  let folded = CHAR_FOLD.get(code);
  if (folded === undefined) {
    const char = String.fromCodePoint(code);
    folded = SPACE.test(char) ? null : fold(char);
    CHAR_FOLD.set(code, folded);
  }
  return folded;
}

/** Scratch buffers: folded code units and their origins, grown as texts need (no garbage per reply). */
let units = new Uint16Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function reserve(size: number): void {
  if (size <= units.length) return;
  const length = Math.max(size, units.length * 2);
  const grown = (old: Int32Array) => {
    const next = new Int32Array(length);
    next.set(old);
    return next;
  };
  const nextUnits = new Uint16Array(length);
  nextUnits.set(units);
  units = nextUnits;
  starts = grown(starts);
  ends = grown(ends);
}

/** Folds `text` character by character, keeping where each folded unit came from. */
function foldWithOffsets(text: string): FoldedText {
  // Every code unit yields at most one folded unit, except accented letters that fold to several.
  reserve(text.length);
  let n = 0;
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const ascii = code < 0x80;
    const folded = ascii ? (code === 0x20 || (code >= 0x09 && code <= 0x0d) ? null : undefined) : foldCode(code);
    if (folded === null) {
      // Whitespace: one space for a run of them, none at the start.
      if (!lastSpace) {
        units[n] = 0x20;
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastSpace = true;
    } else if (folded === undefined) {
      // ASCII: lower-case by arithmetic.
      units[n] = code >= 0x41 && code <= 0x5a ? code + 32 : code;
      starts[n] = i;
      ends[n++] = i + 1;
      lastSpace = false;
    } else {
      reserve(n + folded.length + text.length - i);
      for (let k = 0; k < folded.length; k++) {
        units[n] = folded.charCodeAt(k);
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastSpace = false;
    }
    i += width;
  }
  let out = "";
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return { text: out, starts, ends };
}

/** fold() of the persona's terms, which are the same on every reply. Cleared when full. */
const FOLDED_TERMS = new Map<string, string>();

function foldTerm(term: string): string {
  let folded = FOLDED_TERMS.get(term);
  if (folded === undefined) {
    if (FOLDED_TERMS.size >= 1024) FOLDED_TERMS.clear();
    folded = fold(term);
    FOLDED_TERMS.set(term, folded);
  }
  return folded;
}

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index));
}

/** Every whole-word occurrence of `term` in the folded text, as original spans. */
function findTerm(folded: FoldedText, term: string, cue: string): TermHits {
  const needle = foldTerm(term);
  const spans: TermHits["spans"] = [];
  if (needle === "") return { term, spans };
  for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    // A term that starts or ends on punctuation ("svp.") is its own boundary there.
    const startOk = !isWordChar(needle, 0) || !isWordChar(folded.text, at - 1);
    const endOk = !isWordChar(needle, needle.length - 1) || !isWordChar(folded.text, end);
    if (startOk && endOk) spans.push({ start: folded.starts[at] as number, end: folded.ends[end - 1] as number, cue });
  }
  return { term, spans };
}

function hits(folded: FoldedText, terms: readonly string[], cue: string): TermHits[] {
  const out: TermHits[] = [];
  for (const term of terms) {
    const found = findTerm(folded, term, cue);
    if (found.spans.length > 0) out.push(found);
  }
  return out;
}

/** The avoided and preferred terms found in `text` (terms absent from the text are left out). */
export function measureLexicon(text: string, lexicon: LexiconInput | undefined): { avoided: TermHits[]; preferred: TermHits[] } {
  if (lexicon === undefined || (lexicon.avoid.length === 0 && lexicon.prefer.length === 0)) return { avoided: [], preferred: [] };
  const folded = foldWithOffsets(text);
  return { avoided: hits(folded, lexicon.avoid, "avoided word"), preferred: hits(folded, lexicon.prefer, "preferred term") };
}
