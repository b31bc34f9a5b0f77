/**
 * The style meter: measures a reply on the dimensions of the persona's sliders, each
 * reading with the spans of text that support it. Pure and deterministic: same text,
 * same measurement. The address reading comes from address/.
 * An English reading needs the English formality data (formality/english-source.ts):
 * import analyze.ts, which provides it, unless you load it yourself as the worker does.
 */
import { bandIndex, type BandIndex } from "../persona/bands";
import { VERBOSITY_SENTENCES } from "../persona/catalog-length";
import type { Language } from "../persona/constants";
import { countSentences } from "../text/counts";
import { tokenize } from "../text/tokens";
import { detectAddress } from "./address";
import { findEmoji } from "./emoji";
import { measureFormality } from "./formality/measure-formality";
import { measureLexicon } from "./lexicon";
import { readability } from "./readability";
import { measureTone } from "./tone";
import type { LexiconInput, Measurement } from "./types";

/**
 * The verbosity band of a reply `sentences` long: the lowest band whose range reaches it.
 * Adjacent ranges share a count (2 is "brief" and "moderate"), and the lower reading is
 * the one a reply of that length certainly satisfies.
 */
export function lengthBand(sentences: number): BandIndex {
  for (const band of [0, 1, 2, 3] as const)
    if (sentences <= VERBOSITY_SENTENCES[band][1]) return band;
  return 4;
}

/**
 * The emoji band of a count, after the catalog's bands: none, rare (one now and then, so
 * a single emoji reads as the "occasional" middle: one reply cannot tell the two apart),
 * regular (one or two), frequent (several).
 */
export function emojiBand(count: number): BandIndex {
  return bandIndex(count === 0 ? 0 : count === 1 ? 40 : count === 2 ? 70 : 90);
}

/**
 * The same text as one flat string. A reply built by concatenation (streamed chunks, filled
 * templates) is a rope in V8, and each charCodeAt on a rope pays an indirection: the meter's
 * character scans run about twice as fast on a flat string, which normalize() returns. A
 * text that normalisation would change is read as it is (offsets must stay the text's own).
 */
function flat(text: string): string {
  const normalized = text.normalize();
  return normalized === text ? normalized : text;
}

/** Measures `text`, written in `language`; `lexicon` adds the avoided/preferred term hits. */
export function analyze(original: string, language: Language, lexicon?: LexiconInput): Measurement {
  const text = flat(original);
  const tokens = tokenize(text);
  const sentences = countSentences(text);
  const emoji = findEmoji(text);
  const tone = measureTone(text, tokens, language, sentences, emoji);
  return {
    language,
    formality: measureFormality(text, tokens, language, emoji.length),
    address: detectAddress(text, language, tokens),
    warmth: tone.warmth,
    enthusiasm: tone.enthusiasm,
    humor: tone.humor,
    institutional: tone.institutional,
    length: { sentences, words: tokens.length, band: lengthBand(sentences) },
    emoji: { count: emoji.length, band: emojiBand(emoji.length), evidence: emoji },
    readability: readability(tokens, sentences, language),
    lexicon: measureLexicon(text, lexicon, tokens),
  };
}
