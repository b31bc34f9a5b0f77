/**
 * Lexicon reading: which of the persona's avoided words a reply uses, and which preferred
 * terms. Accent- and case-insensitive, whole words, matched on folded text (the same
 * fold() as the compiler's linter) and mapped back to spans of the ORIGINAL text.
 */
import { fold } from "../text/fold";
import type { Token } from "../text/tokens";
import type { LexiconInput, TermHits } from "./types";
import { WordMemo } from "./word-memo";

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

/** Scratch buffers: the origins of the folded units, grown as texts need (no garbage per reply). */
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function reserve(size: number): void {
  if (size <= starts.length) return;
  const length = Math.max(size, starts.length * 2);
  const grown = (old: Int32Array) => {
    const next = new Int32Array(length);
    next.set(old);
    return next;
  };
  starts = grown(starts);
  ends = grown(ends);
}

/**
 * Folds `text` character by character, keeping where each folded unit came from. Runs of
 * printable ASCII and single spaces fold to themselves in lower case, one unit for one: they
 * are copied as slices, lower-cased natively, rather than unit by unit (building the folded
 * string from a unit buffer cost more than the rest of the lexicon reading).
 */
function foldWithOffsets(text: string): FoldedText {
  // Every code unit yields at most one folded unit, except accented letters that fold to several.
  reserve(text.length);
  let out = "";
  let n = 0;
  let run = -1; // start of the pending run that folds to itself, or -1
  let lastSpace = true;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    // Printable ASCII, or a space after a non-space: the folded unit is the unit itself, lower-cased.
    if (
      code < 0x80 &&
      (code > 0x20 ? true : code === 0x20 ? !lastSpace : code < 0x09 || code > 0x0d)
    ) {
      if (run < 0) run = i;
      starts[n] = i;
      ends[n++] = i + 1;
      lastSpace = code === 0x20;
      i++;
      continue;
    }
    if (run >= 0) {
      out += text.slice(run, i).toLowerCase();
      run = -1;
    }
    const point = text.codePointAt(i) as number;
    const width = point > 0xffff ? 2 : 1;
    const folded = code < 0x80 ? null : foldCode(point);
    if (folded === null) {
      // Whitespace: one space for a run of them, none at the start.
      if (!lastSpace) {
        out += " ";
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastSpace = true;
    } else {
      reserve(n + folded.length + text.length - i);
      out += folded;
      for (let k = 0; k < folded.length; k++) {
        starts[n] = i;
        ends[n++] = i + width;
      }
      lastSpace = false;
    }
    i += width;
  }
  if (run >= 0) out += text.slice(run).toLowerCase();
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
    if (startOk && endOk)
      spans.push({ start: folded.starts[at] as number, end: folded.ends[end - 1] as number, cue });
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

/**
 * A lexicon's gate: a lead per folded term (its longest run of ASCII letters and digits)
 * and a memo, per word, of whether the word holds one. A term found in a text covers whole words of
 * it, and each of its runs of ASCII letters and digits lies inside one word, whose folded
 * form holds the run (a folded ASCII letter comes from a letter, and marks fold to nothing):
 * a text none of whose words holds a lead cannot hold a term, and is not folded at all.
 * Most replies hold none of the persona's terms.
 */
type Gate = WordMemo<boolean>;

/** Gates by the lexicon object, then by its terms (the worker gets a new object per message). Null: a term without a lead. */
const GATES_BY_OBJECT = new WeakMap<LexiconInput, Gate | null>();
const GATES_BY_TERMS = new Map<string, Gate | null>();

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
}

/** The longest run of ASCII letters and digits of a folded term ("hesitez" for "n'hesitez pas"). */
function leadOf(needle: string): string {
  let best = "";
  for (let i = 0; i < needle.length;) {
    let end = i;
    while (end < needle.length && isAsciiAlnum(needle.charCodeAt(end))) end++;
    if (end - i > best.length) best = needle.slice(i, end);
    i = end + 1;
  }
  return best;
}

function makeGate(lexicon: LexiconInput): Gate | null {
  const leads: string[] = [];
  for (const term of [...lexicon.avoid, ...lexicon.prefer]) {
    const needle = foldTerm(term);
    if (needle === "") continue; // matches nothing
    const lead = leadOf(needle);
    if (lead === "") return null;
    leads.push(lead);
  }
  return new WordMemo((folded) => leads.some((lead) => folded.includes(lead)));
}

function gateFor(lexicon: LexiconInput): Gate | null {
  let gate = GATES_BY_OBJECT.get(lexicon);
  if (gate !== undefined) return gate;
  const key = `${lexicon.avoid.join("\u0000")}\u0001${lexicon.prefer.join("\u0000")}`;
  gate = GATES_BY_TERMS.get(key);
  if (gate === undefined) {
    if (GATES_BY_TERMS.size >= 64) GATES_BY_TERMS.clear();
    gate = makeGate(lexicon);
    GATES_BY_TERMS.set(key, gate);
  }
  GATES_BY_OBJECT.set(lexicon, gate);
  return gate;
}

/** False when no word of the text holds the lead of one of the lexicon's terms. */
function mayHoldTerm(tokens: readonly Token[], lexicon: LexiconInput): boolean {
  const gate = gateFor(lexicon);
  if (gate === null) return true;
  for (let i = 0; i < tokens.length; i++) if (gate.get(tokens[i] as Token)) return true;
  return false;
}

/**
 * The avoided and preferred terms found in `text` (terms absent from the text are left out).
 * `tokens`, tokenize(text) when the caller has them, let a text that holds no term skip the fold.
 */
export function measureLexicon(
  text: string,
  lexicon: LexiconInput | undefined,
  tokens?: readonly Token[],
): { avoided: TermHits[]; preferred: TermHits[] } {
  if (lexicon === undefined || (lexicon.avoid.length === 0 && lexicon.prefer.length === 0))
    return { avoided: [], preferred: [] };
  if (tokens !== undefined && !mayHoldTerm(tokens, lexicon)) return { avoided: [], preferred: [] };
  const folded = foldWithOffsets(text);
  return {
    avoided: hits(folded, lexicon.avoid, "avoided word"),
    preferred: hits(folded, lexicon.prefer, "preferred term"),
  };
}
