/**
 * Emoji as a reader sees them: one per grapheme cluster, so a ZWJ sequence (👩‍💻), a
 * skin-tone sequence (👍🏽), a keycap (1️⃣) or a flag (🇫🇷) counts once. Intl.Segmenter is
 * slow next to a regex, so it runs only on the stretches of text that may hold an emoji.
 */
import { charClass } from "../text/letter-runs";
import { isSpace } from "../text/tokens";
import type { Span } from "./types";

// ©, ® and ™ are Extended_Pictographic but read as plain text marks.
const PICTOGRAPH =
  /(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}]|\u20e3/u;
/** Every emoji has a code unit in these ranges; French and English prose has none. */
const MAYBE = /[\u203c\u2049\u2139\u2190-\u2bff\u3030\u303d\u3297\u3299\ud800-\udbff]|\u20e3/;
// A run of characters that may belong to one emoji sequence (no spaces or letters between).
const RUN = /[^\s\p{L}\p{N}.,;:!?'"()«»]+/gu;

let segmenter: Intl.Segmenter | undefined;
/**
 * Emoji of a run, as [offset, length] pairs, by run: chat repeats the same few runs ("😂",
 * "👍🏽"), and segmenting one costs more than the rest of the meter. Cleared when full.
 */
const RUN_EMOJI = new Map<string, readonly number[]>();
const RUN_CACHE_SIZE = 1024;

function runEmoji(run: string): readonly number[] {
  let found = RUN_EMOJI.get(run);
  if (found === undefined) {
    segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
    const pairs: number[] = [];
    for (const { segment, index } of segmenter.segment(run))
      if (PICTOGRAPH.test(segment)) pairs.push(index, segment.length);
    if (RUN_EMOJI.size >= RUN_CACHE_SIZE) RUN_EMOJI.clear();
    RUN_EMOJI.set(run, pairs);
    found = pairs;
  }
  return found;
}

const MAYBE_ALL = new RegExp(MAYBE.source, "g");
const PUNCTUATION = new Set([
  0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x27, 0x22, 0x28, 0x29, 0xab, 0xbb,
]);

/** A code point RUN takes: not a space, letter, number, nor the punctuation RUN stops at. */
function inRun(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const cls = charClass(text, index);
  return (cls === 3 || cls === 4) && !isSpace(code) && !PUNCTUATION.has(code);
}

/** Where the RUN match holding the code point at `index` starts: back over the code points RUN takes. */
function runStart(text: string, index: number): number {
  let start = index;
  for (;;) {
    const low = text.charCodeAt(start - 1);
    const high = text.charCodeAt(start - 2);
    const before =
      low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? start - 2 : start - 1;
    if (before < 0 || !inRun(text, before)) return start;
    start = before;
  }
}

/**
 * Each emoji of `text` as a span (cue "emoji"), in order. RUN is read only around the
 * characters that may belong to an emoji, not over the whole text: the RUN matches that
 * hold none of them were skipped anyway.
 */
export function findEmoji(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  const spans: Span[] = [];
  MAYBE_ALL.lastIndex = 0;
  for (let maybe = MAYBE_ALL.exec(text); maybe !== null; maybe = MAYBE_ALL.exec(text)) {
    if (!inRun(text, maybe.index)) continue;
    RUN.lastIndex = runStart(text, maybe.index);
    const m = RUN.exec(text) as RegExpExecArray;
    const pairs = runEmoji(m[0]);
    for (let k = 0; k < pairs.length; k += 2) {
      const start = m.index + (pairs[k] as number);
      spans.push({ start, end: start + (pairs[k + 1] as number), cue: "emoji" });
    }
    MAYBE_ALL.lastIndex = m.index + m[0].length;
  }
  return spans;
}

// Text emoticons and chat laughter marks read as emoji by the formality cues.
const EMOTICON =
  /(?<![\p{L}\p{N}])(?:[:;=8][-'^o]?[)(\][dpo/\\|*3]+|<3|\^\^|x-?d)(?![\p{L}\p{N}])/giu;

/** Text emoticons (":)", ";-)", "<3", "^^", "xD"), each a span with cue "emoticon". */
export function findEmoticons(text: string): Span[] {
  if (!/[:;=8<^x]/i.test(text)) return [];
  const spans: Span[] = [];
  EMOTICON.lastIndex = 0;
  for (let m = EMOTICON.exec(text); m !== null; m = EMOTICON.exec(text)) {
    // "8" and "x" start too many ordinary tokens ("8/10", "x2"): keep them only with a mouth.
    if (/^[8x]/i.test(m[0]) && m[0].length < 2) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, cue: "emoticon" });
  }
  return spans;
}
