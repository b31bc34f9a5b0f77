/**
 * English part-of-speech tags (Penn Treebank), for the formality model only: a unigram
 * tagger over wink-lexicon's list of 13,000 common words with their most frequent tags
 * (derived in part from fnTBL; generated/tag-lexicon-en.ts keeps of each word the tags this
 * tagger can pick), a suffix guess for the words it lacks, and four contextual
 * fixes ("to ___" is a verb, "the ___" a noun…). It is wrong on many single words; the
 * model reads shares of tags and tag trigrams over a sentence, which it gets right often
 * enough to add about 0.01 to the cross-validated ρ (docs/formality.md). pos.ts stays the
 * portable guess French shares.
 * One streaming pass with tags as small numbers: the meter reads several MB/s, and building
 * tag strings and trigram keys per word cost a quarter of its time.
 */
import type { Token } from "../../text/tokens";
import type { LexicalTable } from "./lexical";
import { pieces } from "./pos";
import { WordMemo } from "../word-memo";
import { englishData } from "./english-source";

/** The tags whose shares the model reads, in model order. */
export const TAG_NAMES = [
  "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "MD", "NN", "NNS", "NNP", "POS", "PRP", "PRP$",
  "RB", "RBR", "RBS", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
] as const;

/** Punctuation that stands in the tag sequence as itself (the trigrams see "? ?" and ". NN"); "…" reads as ".". */
const PUNCTUATION = ".,!?;:\"()-";
const START = "^";

/** Tag ↔ small number: the TAG_NAMES first (so a share is an index), then punctuation, then the lexicon's others. */
const NAMES: string[] = [...TAG_NAMES, ...PUNCTUATION, START];
const IDS = new Map<string, number>(NAMES.map((name, id) => [name, id]));
const BITS = 6;
function idOf(tag: string): number {
  let id = IDS.get(tag);
  if (id === undefined) {
    id = NAMES.length;
    if (id >= 1 << BITS) throw new Error(`tags-en: more than ${1 << BITS} tags`);
    NAMES.push(tag);
    IDS.set(tag, id);
  }
  return id;
}
const T = Object.fromEntries(["TO", "MD", "DT", "PRP$", "JJ", "PRP", "NN", "NNS", "VB", "VBP", "VBD", "VBN", "CD", "NNP", "."].map((t) => [t, idOf(t)]));
const START_ID = idOf(START);
const PUNCTUATION_IDS = new Map<number, number>([...PUNCTUATION].map((c) => [c.charCodeAt(0), idOf(c)]));
PUNCTUATION_IDS.set("…".charCodeAt(0), T["."] as number);
const FIRST_PUNCTUATION = idOf(PUNCTUATION.charAt(0));

/**
 * The tags after a word's first that fix() can choose. The generated lexicon keeps only these
 * (scripts/fit/tag-lexicon-en.ts): a rule that reads another one must add it here, then
 * `npm run gen:tag-lexicon`.
 */
export const SECOND_TAGS = ["NN", "NNS", "VB", "VBD", "VBP"] as const;

/** Words of the lexicon converted per step of prepareTagLexicon. */
const WORDS_PER_STEP = 2000;

/** Reads the "TAG TAG|word word …" lines into a map, yielding every WORDS_PER_STEP words. */
function* readLexicon(lines: readonly string[], into: Map<string, readonly number[]>): Generator<void, void, void> {
  let count = 0;
  for (const line of lines) {
    const bar = line.indexOf("|");
    const tags = line.slice(0, bar).split(" ").map(idOf);
    for (const word of line.slice(bar + 1).split(" ")) {
      into.set(word, tags);
      if (++count % WORDS_PER_STEP === 0) yield;
    }
  }
}

let words: Map<string, readonly number[]> | undefined;
/** The lexicon as tag numbers, built on first use (French never pays for it). */
function lexiconEn(): Map<string, readonly number[]> {
  if (words) return words;
  const built = new Map<string, readonly number[]>();
  const reading = readLexicon(englishData().tagLexicon, built);
  while (reading.next().done !== true);
  return (words = built);
}

/**
 * Builds the lexicon a slice at a time, pausing (yield) between slices, so a page can spread
 * the work over short tasks before the first English reply is read. Reading a text before
 * the last step simply builds the whole lexicon at once, as without preparation.
 */
export function* prepareTagLexicon(): Generator<void, void, void> {
  if (words) return;
  const built = new Map<string, readonly number[]>();
  yield* readLexicon(englishData().tagLexicon, built);
  words ??= built;
}

/** A piece of a word: the lexicon's tags (most frequent first), or none and a guess from its suffix. */
interface TaggedPiece {
  known: readonly number[] | undefined;
  guess: number;
}

function suffixGuess(piece: string): string {
  if (piece.endsWith("ing")) return "VBG";
  if (piece.endsWith("ed")) return "VBD";
  if (piece.endsWith("ly")) return "RB";
  if (piece.endsWith("s")) return "NNS";
  return "NN";
}

function readWord(folded: string): readonly TaggedPiece[] {
  const lex = lexiconEn();
  return pieces(folded, "en").map((piece) => {
    const c = piece.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39) return { known: [T.CD as number], guess: T.CD as number };
    return { known: lex.get(piece), guess: idOf(suffixGuess(piece)) };
  });
}

const MEMO = new WordMemo(readWord);

/** The most frequent tag of a word, corrected by the tag before it where the word allows. */
function fix(before: number, options: readonly number[]): number {
  const tag = options[0] as number;
  if (options.length === 1) return tag;
  if ((before === T.TO || before === T.MD) && options.includes(T.VB as number)) return T.VB as number;
  if ((before === T.DT || before === T["PRP$"] || before === T.JJ) && NAMES[tag]?.startsWith("VB") === true) {
    if (options.includes(T.NN as number)) return T.NN as number;
    if (options.includes(T.NNS as number)) return T.NNS as number;
  }
  if (before === T.PRP && tag === T.NN && options.includes(T.VBP as number)) return T.VBP as number;
  if (before === T.PRP && tag === T.VBN && options.includes(T.VBD as number)) return T.VBD as number;
  return tag;
}

/** Tag numbers by ASCII code for the punctuation that stands in the sequence (NONE for the rest). */
const NONE = 255;
const ASCII_PUNCTUATION = new Uint8Array(128).fill(NONE);
for (const [code, id] of PUNCTUATION_IDS) if (code < 128) ASCII_PUNCTUATION[code] = id;
const ELLIPSIS = "…".charCodeAt(0);

/** The tag numbers of the last text walked; grown as needed, reused so a reading allocates nothing per word. */
let sequence = new Uint8Array(256);

function push(length: number, tag: number): number {
  if (length === sequence.length) {
    const grown = new Uint8Array(length * 2);
    grown.set(sequence);
    sequence = grown;
  }
  sequence[length] = tag;
  return length + 1;
}

function pushPunctuation(text: string, from: number, to: number, length: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const id = c < 128 ? (ASCII_PUNCTUATION[c] as number) : c === ELLIPSIS ? (T["."] as number) : NONE;
    if (id !== NONE) length = push(length, id);
  }
  return length;
}

/**
 * Tags a text into `sequence` (word pieces and punctuation marks, in order): how many tags, and
 * the share of lower-case word pieces the lexicon lacks (misspellings, slang, rare words).
 */
function walk(text: string, tokens: readonly Token[]): { length: number; unknownShare: number } {
  let length = 0;
  let lower = 0;
  let unknown = 0;
  let at = 0;
  for (const token of tokens) {
    length = pushPunctuation(text, at, token.start, length);
    at = token.end;
    for (const piece of MEMO.get(token)) {
      let tag: number;
      if (piece.known !== undefined) tag = fix(length === 0 ? START_ID : (sequence[length - 1] as number), piece.known);
      // A capitalised word the lexicon lacks is a name, unless it only opens its sentence.
      else tag = token.capital && !token.first ? (T.NNP as number) : piece.guess;
      if (!token.capital && piece.guess !== T.CD) {
        lower++;
        if (piece.known === undefined) unknown++;
      }
      length = push(length, tag);
    }
  }
  length = pushPunctuation(text, at, text.length, length);
  return { length, unknownShare: lower === 0 ? 0 : unknown / lower };
}

/** The tags of a text as names, and the unknown-word share (for fitting and tests; the meter uses readTagsInto). */
export function tagText(text: string, tokens: readonly Token[]): { tags: string[]; unknownShare: number } {
  const { length, unknownShare } = walk(text, tokens);
  const tags: string[] = [];
  for (let i = 0; i < length; i++) tags.push(NAMES[sequence[i] as number] as string);
  return { tags, unknownShare };
}

/** Each TAG_NAMES tag's share of the word tags (punctuation left out). */
export function tagShares(tags: readonly string[]): number[] {
  const counts: number[] = TAG_NAMES.map(() => 0);
  let wordTags = 0;
  for (const tag of tags) {
    const id = idOf(tag);
    if (id >= FIRST_PUNCTUATION && id < FIRST_PUNCTUATION + PUNCTUATION.length) continue;
    wordTags++;
    if (id < TAG_NAMES.length) counts[id] = (counts[id] as number) + 1;
  }
  return wordTags === 0 ? counts : counts.map((c) => c / wordTags);
}

/** The tag trigrams of a sequence, one per tag, padded with "^" at the start ("^_^_PRP", "^_PRP_VBP"…). */
export function tagTrigrams(tags: readonly string[]): string[] {
  const out: string[] = [];
  let a = START;
  let b = START;
  for (const tag of tags) {
    out.push(`${a}_${b}_${tag}`);
    a = b;
    b = tag;
  }
  return out;
}

const trigramNumber = (a: number, b: number, c: number) => (((a << BITS) | b) << BITS) | c;

/** A trigram table keyed by tag numbers, made once per table. */
const NUMBERED = new WeakMap<LexicalTable, Map<number, number>>();
function numbered(table: LexicalTable): Map<number, number> {
  let out = NUMBERED.get(table);
  if (out === undefined) {
    out = new Map();
    for (const [key, rating] of table.ratings) {
      const [a, b, c] = key.split("_").map(idOf) as [number, number, number];
      out.set(trigramNumber(a, b, c), rating);
    }
    NUMBERED.set(table, out);
  }
  return out;
}

/** How many values readTagsInto writes: the tag shares, the unknown-word share, the trigram mean and lean. */
export const TAG_VALUES = TAG_NAMES.length + 3;

/**
 * What the model reads of a text's tags in one pass, written into `out` from `at` (the meter
 * reuses one array, so a reading allocates nothing): tagShares, the unknown-word share, and
 * readKeys(tagTrigrams(tags), trigrams) as mean and lean, the leans added in text order so the
 * sums are the same to the bit.
 */
export function readTagsInto(text: string, tokens: readonly Token[], trigrams: LexicalTable, out: number[], at: number): void {
  const table = numbered(trigrams);
  const { length, unknownShare } = walk(text, tokens);
  for (let k = 0; k < TAG_NAMES.length; k++) out[at + k] = 0;
  let wordTags = 0;
  let a = START_ID;
  let b = START_ID;
  let sum = 0;
  let known = 0;
  for (let i = 0; i < length; i++) {
    const tag = sequence[i] as number;
    const rating = table.get(trigramNumber(a, b, tag));
    if (rating !== undefined) {
      sum += rating - trigrams.mean;
      known++;
    }
    a = b;
    b = tag;
    if (tag >= FIRST_PUNCTUATION && tag < FIRST_PUNCTUATION + PUNCTUATION.length) continue;
    wordTags++;
    if (tag < TAG_NAMES.length) out[at + tag] = (out[at + tag] as number) + 1;
  }
  if (wordTags > 0) for (let k = 0; k < TAG_NAMES.length; k++) out[at + k] = (out[at + k] as number) / wordTags;
  out[at + TAG_NAMES.length] = unknownShare;
  out[at + TAG_NAMES.length + 1] = known === 0 ? trigrams.mean : trigrams.mean + sum / known;
  out[at + TAG_NAMES.length + 2] = sum / Math.sqrt(Math.max(1, length));
}
