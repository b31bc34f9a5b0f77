/**
 * Lexicon reading: which of the persona's avoided words a reply uses, and which preferred
 * terms. Accent- and case-insensitive, whole words, matched on folded text (the same
 * fold() as the compiler's linter) and mapped back to spans of the ORIGINAL text.
 */
import { fold } from "../compiler/lint-text";
import type { LexiconInput, TermHits } from "./types";

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** A folded text and, per folded code unit, the [start, end) of the original character it came from. */
interface FoldedText {
  text: string;
  starts: number[];
  ends: number[];
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

/** Folds `text` character by character, keeping where each folded unit came from. */
export function foldWithOffsets(text: string): FoldedText {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (!lastSpace) pushUnit(units, starts, ends, 0x20, i, i + 1);
        lastSpace = true;
      } else {
        // ASCII: lower-case by arithmetic.
        pushUnit(units, starts, ends, code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
        lastSpace = false;
      }
    } else {
      const folded = foldCode(code);
      if (folded === null) {
        if (!lastSpace) pushUnit(units, starts, ends, 0x20, i, i + width);
        lastSpace = true;
      } else {
        for (let k = 0; k < folded.length; k++) pushUnit(units, starts, ends, folded.charCodeAt(k), i, i + width);
        lastSpace = false;
      }
    }
    i += width;
  }
  let out = "";
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return { text: out, starts, ends };
}

function pushUnit(units: number[], starts: number[], ends: number[], unit: number, start: number, end: number): void {
  units.push(unit);
  starts.push(start);
  ends.push(end);
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
