/**
 * Emoji as a reader sees them: one per grapheme cluster, so a ZWJ sequence (👩‍💻), a
 * skin-tone sequence (👍🏽), a keycap (1️⃣) or a flag (🇫🇷) counts once. Intl.Segmenter is
 * slow next to a regex, so it runs only on the stretches of text that may hold an emoji.
 */
import type { Span } from "./types";

// ©, ® and ™ are Extended_Pictographic but read as plain text marks.
const PICTOGRAPH = /(?![\u00a9\u00ae\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}]|\u20e3/u;
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
    for (const { segment, index } of segmenter.segment(run)) if (PICTOGRAPH.test(segment)) pairs.push(index, segment.length);
    if (RUN_EMOJI.size >= RUN_CACHE_SIZE) RUN_EMOJI.clear();
    RUN_EMOJI.set(run, pairs);
    found = pairs;
  }
  return found;
}

/** Each emoji of `text` as a span (cue "emoji"), in order. */
export function findEmoji(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  const spans: Span[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    if (!MAYBE.test(m[0])) continue;
    const pairs = runEmoji(m[0]);
    for (let k = 0; k < pairs.length; k += 2) {
      const start = m.index + (pairs[k] as number);
      spans.push({ start, end: start + (pairs[k + 1] as number), cue: "emoji" });
    }
  }
  return spans;
}

// Text emoticons and chat laughter marks read as emoji by the formality cues.
const EMOTICON = /(?<![\p{L}\p{N}])(?:[:;=8][-'^o]?[)(\][dpo/\\|*3]+|<3|\^\^|x-?d)(?![\p{L}\p{N}])/giu;

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
