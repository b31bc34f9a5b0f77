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

/** Folds `text` character by character, keeping where each folded unit came from. */
export function foldWithOffsets(text: string): FoldedText {
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    let folded: string;
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && SPACE.test(String.fromCodePoint(code)))) {
      folded = lastSpace ? "" : " ";
      lastSpace = true;
    } else {
      // ASCII: lower-case by arithmetic; the rest through the linter's fold().
      folded = code < 0x80 ? String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 32 : code) : fold(text.slice(i, i + width));
      lastSpace = false;
    }
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out += folded;
    i += width;
  }
  return { text: out, starts, ends };
}

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index));
}

/** Every whole-word occurrence of `term` in the folded text, as original spans. */
function findTerm(folded: FoldedText, term: string, cue: string): TermHits {
  const needle = fold(term);
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

/** The avoided and preferred terms found in `text` (terms absent from the text are left out). */
export function measureLexicon(text: string, lexicon: LexiconInput | undefined): { avoided: TermHits[]; preferred: TermHits[] } {
  if (lexicon === undefined || (lexicon.avoid.length === 0 && lexicon.prefer.length === 0)) return { avoided: [], preferred: [] };
  const folded = foldWithOffsets(text);
  const hits = (terms: readonly string[], cue: string) => terms.map((t) => findTerm(folded, t, cue)).filter((h) => h.spans.length > 0);
  return { avoided: hits(lexicon.avoid, "avoided word"), preferred: hits(lexicon.prefer, "preferred term") };
}
