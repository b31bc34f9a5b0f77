/**
 * Adherence: how far a measured reply sits from the persona it was meant to speak as.
 * Slider dimensions are compared band to band (five bands, see persona/bands.ts) with a
 * tolerance of one band, because a single reply is a small sample and the meter's
 * readings are heuristics. Humor and emoji up to Occasional are permissions, not duties.
 * Address and avoided words are hard rules: one slip is a drift.
 */
import type { BandIndex } from "../persona/bands";
import { bandIndex } from "../persona/bands";
import { DIMENSION_IDS, type DimensionId } from "../persona/constants";
import type { Persona } from "../persona/schema";
import type { Adherence, DimensionAdherence, Measurement } from "./types";

/** Bands a measured reading may sit from its target and still count as on target. */
export const BAND_TOLERANCE = 1;

/** Each slider dimension and the measured band that answers it. */
const MEASURED_BAND: Readonly<Record<DimensionId, (m: Measurement) => BandIndex>> = {
  register: (m) => m.formality.band,
  warmth: (m) => m.warmth.band,
  enthusiasm: (m) => m.enthusiasm.band,
  humor: (m) => m.humor.band,
  institutional: (m) => m.institutional.band,
  verbosity: (m) => m.length.band,
  emoji: (m) => m.emoji.band,
};

function sliderAdherence(
  dimension: DimensionId,
  target: BandIndex,
  measured: BandIndex,
): DimensionAdherence {
  // Humor is permission, not obligation: a persona allowed to joke need not joke in every
  // reply, so only humor *above* the target (plus tolerance) is a drift.
  // Emoji up to Occasional come "now and then" (the catalog): a reply without any keeps the band;
  // from Regular ("in most replies") up, a reply without any is still a drift.
  const emojiRest = dimension === "emoji" && measured === 0 && target <= 2;
  const ok =
    dimension === "humor"
      ? measured <= target + BAND_TOLERANCE
      : emojiRest || Math.abs(measured - target) <= BAND_TOLERANCE;
  return { dimension, target: String(target), measured: String(measured), ok, hard: false };
}

/**
 * The address rule. A reply that addresses nobody ("none") keeps the rule; the other form
 * or "mixed" breaks it. In English the reading only sees titles versus first names
 * (address/cues-en.ts), so that is all this checks there.
 */
function addressAdherence(measurement: Measurement, persona: Persona): DimensionAdherence {
  const measured = measurement.address.form;
  return {
    dimension: "address",
    target: persona.address,
    measured,
    ok: measured === "none" || measured === persona.address,
    hard: true,
  };
}

function lexiconAdherence(measurement: Measurement): DimensionAdherence {
  const found = measurement.lexicon.avoided
    .filter((hit) => hit.spans.length > 0)
    .map((hit) => hit.term);
  return {
    dimension: "lexicon",
    target: "no avoided words",
    measured: found.length === 0 ? "no avoided words" : `avoided: ${found.join(", ")}`,
    ok: found.length === 0,
    hard: true,
  };
}

/**
 * Compares a measurement with the persona's voice, address and lexicon. The score is the
 * share of dimensions on target, 0..100 (rounded), hard rules weighing double.
 */
export function adherence(measurement: Measurement, persona: Persona): Adherence {
  const dimensions: DimensionAdherence[] = DIMENSION_IDS.map((id) =>
    sliderAdherence(id, bandIndex(persona.voice[id]), MEASURED_BAND[id](measurement)),
  );
  dimensions.push(addressAdherence(measurement, persona), lexiconAdherence(measurement));
  let weight = 0;
  let kept = 0;
  for (const dimension of dimensions) {
    const w = dimension.hard ? 2 : 1;
    weight += w;
    if (dimension.ok) kept += w;
  }
  return { dimensions, score: Math.round((100 * kept) / weight) };
}
