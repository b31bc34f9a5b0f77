/**
 * A card has no sliders: its voice is estimated from how the character actually speaks,
 * the assistant side of its example dialogue and its first message, read by the style
 * meter one reply at a time (the meter is calibrated on replies, not on whole scripts).
 * Estimates are honest guesses, and the importer says which settings it guessed and
 * from how many words, so the studio can show it.
 */
import { DIMENSION_IDS, type Address, type DimensionId, type Language } from "../persona/constants";
import type { Voice } from "../persona/schema";
import { analyze } from "../meter/analyze";
import type { Measurement } from "../meter/types";

/** Below this many spoken words the meter's readings are noise: sliders stay at 50. */
export const MIN_ESTIMATE_WORDS = 20;
export interface VoiceEstimate {
  voice: Voice;
  address: Address;
  /** "voice.warmth"…, "address" when read, not defaulted. */
  settings: string[];
  words: number;
}

/** Emoji per reply → slider level, after the catalog's bands (none, rare, occasional, regular, frequent). */
function emojiLevel(perReply: number): number {
  if (perReply === 0) return 5;
  if (perReply < 0.4) return 30;
  if (perReply < 0.9) return 50;
  if (perReply < 2) return 70;
  return 90;
}

function neutralVoice(): Voice {
  return {
    warmth: 50,
    humor: 50,
    enthusiasm: 50,
    register: 50,
    institutional: 50,
    verbosity: 50,
    emoji: 50,
  };
}

/** The address the replies use most; "formal" when they tie or say nothing. */
function readAddress(
  readings: readonly Measurement[],
  language: Language,
): { address: Address; read: boolean } {
  let formal = 0;
  let informal = 0;
  for (const m of readings) {
    if (m.address.form === "formal" || m.address.form === "mixed") formal++;
    if (m.address.form === "informal" || m.address.form === "mixed") informal++;
  }
  // English has no tu/vous: a reply reads informal only by first names or "hey", so a card
  // that never does either is given the formal default, and that is not an estimate.
  if (formal + informal === 0) return { address: "formal", read: false };
  if (language === "en" && informal === 0) return { address: "formal", read: true };
  return { address: informal > formal ? "informal" : "formal", read: true };
}

/**
 * Estimates the voice and address from the character's spoken replies (narration already
 * removed), each measured alone. Slider readings are averaged weighted by words, so a
 * one-word "Yes." does not count as much as a paragraph.
 */
export function estimateVoice(replies: readonly string[], language: Language): VoiceEstimate {
  const readings = replies.filter((r) => r.trim() !== "").map((r) => analyze(r, language));
  const words = readings.reduce((sum, m) => sum + m.length.words, 0);
  const { address, read } = readAddress(readings, language);
  const settings = read ? ["address"] : [];
  if (words < MIN_ESTIMATE_WORDS) return { voice: neutralVoice(), address, settings, words };

  const mean = (score: (m: Measurement) => number) =>
    Math.round(readings.reduce((sum, m) => sum + score(m) * m.length.words, 0) / words);
  const sentencesPerReply =
    readings.reduce((sum, m) => sum + m.length.sentences, 0) / readings.length;
  const emojiPerReply = readings.reduce((sum, m) => sum + m.emoji.count, 0) / readings.length;
  const voice: Voice = {
    warmth: mean((m) => m.warmth.score),
    humor: mean((m) => m.humor.score),
    enthusiasm: mean((m) => m.enthusiasm.score),
    register: mean((m) => m.formality.score),
    institutional: mean((m) => m.institutional.score),
    verbosity: lengthLevel(sentencesPerReply),
    emoji: emojiLevel(emojiPerReply),
  };
  const voiceSettings = DIMENSION_IDS.map((id: DimensionId) => `voice.${id}`);
  return { voice, address, settings: [...voiceSettings, ...settings], words };
}

/**
 * Sentences per reply → the middle level of the verbosity band whose range holds it
 * (VERBOSITY_SENTENCES: 1, 1-2, 2-3, 4-6, 7-10); all we know is the band.
 */
function lengthLevel(sentences: number): number {
  if (sentences <= 1) return 10;
  if (sentences <= 2) return 30;
  if (sentences <= 3.5) return 50;
  if (sentences <= 6.5) return 70;
  return 90;
}
