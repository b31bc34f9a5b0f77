/**
 * Example replies held to the persona's own settings: an example teaches the model the
 * voice more than any instruction does, so one that contradicts the settings (a "tu" in
 * a vouvoiement persona, an official paragraph for a personal voice, an emoji with emoji
 * off) undoes the prompt. Given the style meter's measurement of a reply, adherence()
 * says which dimensions drift, and each drift the meter can vouch for becomes one warning
 * naming the example and the control to adjust, in the persona's language.
 *
 * This module does not run analyze() (about 225 kB gzip of word lists, word scores and weights): the CLI
 * measures with it directly (lint-examples.ts), the studio in the meter's worker
 * (stores/example-lint.ts). Some warnings repeat lint()'s word checks; mergeWarnings
 * (example-warnings.ts) drops those.
 *
 * A warning must be able to say what in the reply contradicts the setting, so a drift is
 * reported only where the meter has seen it:
 * - address, avoided words, register and length: whenever adherence() reports a drift;
 * - warmth, humour, enthusiasm, emoji: only when the reply reads ABOVE the target. These
 *   readings count cues, and a short example without a "thank you" or an emoji is not a
 *   cold or bare reply (meter/tone/: absence of cues is weak evidence);
 * - institutional language: above the target, or below an institutional target (bands 3
 *   and 4 speak as "we") when the reply speaks as "I": bands 0 to 2 allow "I" (catalog).
 */
import { adherence } from "../meter/adherence";
import type { DimensionAdherence, Measurement, Span } from "../meter/types";
import { bandIndex, type BandIndex } from "../persona/bands";
import { CATALOG, VERBOSITY_SENTENCES } from "../persona/catalog";
import { DIMENSION_IDS, type DimensionId } from "../persona/constants";
import type { Persona } from "../persona/schema";
import type { CompileWarning } from "./types";

/**
 * What the meter can find off target in an example reply, in the order warnings are listed:
 * the address form, the avoided words, then the voice dimensions in the studio's order.
 */
export const EXAMPLE_DRIFT_DIMENSIONS = ["address", "lexicon", ...DIMENSION_IDS] as const;
export type ExampleDriftDimension = (typeof EXAMPLE_DRIFT_DIMENSIONS)[number];

/** The stable code of a meter warning, e.g. "example-drifts-from-register" (example-warnings.ts names three of them). */
export function exampleDriftCode(
  dimension: ExampleDriftDimension,
): `example-drifts-from-${ExampleDriftDimension}` {
  return `example-drifts-from-${dimension}`;
}

export const EXAMPLE_DRIFT_CODES = EXAMPLE_DRIFT_DIMENSIONS.map(exampleDriftCode);

/** Readings kept per measurement: one per example number, address form and band setting. */
const MAX_SETTINGS = 64;
/** Quotes per warning: enough to show why, short enough to read at a glance. */
const MAX_QUOTES = 3;
const MAX_QUOTE_LENGTH = 40;
/** The tone reading's cue for "I"/"je" (meter/tone/cues.ts): the personal voice institutional language replaces. */
const PERSONAL_VOICE = "personal voice";

type Say = (fr: string, en: string) => string;

const DIMENSION_NAME: Readonly<Record<DimensionId, { fr: string; en: string }>> = {
  warmth: { fr: "la chaleur", en: "warmth" },
  humor: { fr: "l'humour", en: "humour" },
  enthusiasm: { fr: "l'enthousiasme", en: "enthusiasm" },
  register: { fr: "le registre", en: "register" },
  institutional: { fr: "le langage institutionnel", en: "institutional language" },
  verbosity: { fr: "la longueur", en: "length" },
  emoji: { fr: "les émojis", en: "emoji" },
};

/** The cue-counting readings: only a reading above the target rests on cues seen in the reply. */
const ONLY_ABOVE: ReadonlySet<DimensionId> = new Set(["warmth", "humor", "enthusiasm", "emoji"]);

/** Warnings per measurement (measurements are memoised by whoever made them), then per setting. */
const drifts = new WeakMap<Measurement, Map<string, readonly CompileWarning[]>>();

/** The distinct texts of `spans` in `text`, whitespace collapsed, at most MAX_QUOTES. */
function quotesOf(text: string, spans: readonly Span[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const span of spans) {
    let quote = text.slice(span.start, span.end).replace(/\s+/gu, " ").trim();
    if (quote.length > MAX_QUOTE_LENGTH) quote = `${quote.slice(0, MAX_QUOTE_LENGTH - 1)}…`;
    const key = quote.toLowerCase();
    if (quote === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(quote);
    if (out.length === MAX_QUOTES) break;
  }
  return out;
}

function quoted(fr: boolean, quotes: readonly string[]): string {
  return quotes.map((q) => (fr ? `« ${q} »` : `"${q}"`)).join(", ");
}

interface Reply {
  text: string;
  /** 1-based, as the studio numbers examples. */
  number: number;
  path: string;
  measurement: Measurement;
}

function addressWarning(reply: Reply, persona: Persona, say: Say, fr: boolean): CompileWarning {
  const form = reply.measurement.address.form;
  const quotes = quoted(
    fr,
    quotesOf(
      reply.text,
      reply.measurement.address.evidence.filter((s) => s.cue !== "vous-plural"),
    ),
  );
  const q = quotes === "" ? "" : ` (${quotes})`;
  const frVerb =
    form === "informal"
      ? "tutoie"
      : form === "formal"
        ? "vouvoie"
        : "mêle tutoiement et vouvoiement";
  const enVerb =
    form === "informal"
      ? "addresses the user informally"
      : form === "formal"
        ? "addresses the user formally"
        : "mixes formal and informal address";
  return {
    code: exampleDriftCode("address"),
    message: say(
      `La réponse de l'exemple ${reply.number} ${frVerb}${q} alors que l'adresse choisie est ${persona.address === "formal" ? "le vouvoiement" : "le tutoiement"}.`,
      `The reply in example ${reply.number} ${enVerb}${q} although the chosen address is ${persona.address}.`,
    ),
    paths: [reply.path, "address"],
  };
}

function lexiconWarning(
  reply: Reply,
  persona: Persona,
  say: Say,
  fr: boolean,
): CompileWarning | undefined {
  const terms = reply.measurement.lexicon.avoided
    .filter((hit) => hit.spans.length > 0)
    .map((hit) => hit.term);
  if (terms.length === 0) return undefined;
  const words = quoted(
    fr,
    terms.map((term) => term.trim()),
  );
  const one = terms.length === 1;
  return {
    code: exampleDriftCode("lexicon"),
    message: say(
      `La réponse de l'exemple ${reply.number} emploie ${words}, ${one ? "un mot" : "des mots"} à éviter.`,
      `The reply in example ${reply.number} uses ${words}, ${one ? "an avoided word" : "avoided words"}.`,
    ),
    paths: [
      reply.path,
      ...terms.map((term) => `lexicon.avoid[${persona.lexicon.avoid.indexOf(term)}]`),
    ],
  };
}

function lengthWarning(reply: Reply, target: BandIndex, say: Say): CompileWarning {
  const n = reply.measurement.length.sentences;
  const [min, max] = VERBOSITY_SENTENCES[target];
  const name = CATALOG.verbosity.bands[target].name;
  return {
    code: exampleDriftCode("verbosity"),
    message: say(
      `La réponse de l'exemple ${reply.number} compte ${n} phrase${n > 1 ? "s" : ""} alors que la longueur choisie (« ${name.fr} ») en demande ${min === max ? min : `${min} à ${max}`}.`,
      `The reply in example ${reply.number} has ${n} sentence${n === 1 ? "" : "s"} although the chosen length ("${name.en}") asks for ${min === max ? min : `${min} to ${max}`}.`,
    ),
    paths: [reply.path, "voice.verbosity"],
  };
}

/** The spans that show a slider drift, [] when none is quoted (register, length), undefined when the meter cannot vouch for it. */
function sliderEvidence(
  id: DimensionId,
  target: BandIndex,
  measured: BandIndex,
  m: Measurement,
): Span[] | undefined {
  const above = measured > target;
  if (ONLY_ABOVE.has(id) && !above) return undefined;
  switch (id) {
    case "register":
      // The formality model weighs cues both ways; quoting them would show the formal
      // cues of a reply that reads casual overall, so the band names say it alone.
      return [];
    case "institutional": {
      if (!above && target < 3) return undefined;
      const spans = m.institutional.evidence.filter((s) => (s.cue === PERSONAL_VOICE) !== above);
      return spans.length > 0 ? spans : undefined;
    }
    case "verbosity":
      return [];
    default: {
      const spans = id === "emoji" ? m.emoji.evidence : m[id].evidence;
      return spans.length > 0 ? spans : undefined;
    }
  }
}

function sliderWarning(
  reply: Reply,
  drift: DimensionAdherence & { dimension: DimensionId },
  say: Say,
  fr: boolean,
): CompileWarning | undefined {
  const id = drift.dimension;
  // adherence() writes slider bands as "0".."4".
  const target = Number(drift.target) as BandIndex;
  const measured = Number(drift.measured) as BandIndex;
  const spans = sliderEvidence(id, target, measured, reply.measurement);
  if (spans === undefined) return undefined;
  if (id === "verbosity") return lengthWarning(reply, target, say);
  const bands = CATALOG[id].bands;
  const quotes = quoted(fr, quotesOf(reply.text, spans));
  const q = quotes === "" ? "" : ` (${quotes})`;
  return {
    code: exampleDriftCode(id),
    message: say(
      `La réponse de l'exemple ${reply.number} se lit « ${bands[measured].name.fr} » pour ${DIMENSION_NAME[id].fr}${q} alors que le curseur est sur « ${bands[target].name.fr} ».`,
      `The reply in example ${reply.number} reads "${bands[measured].name.en}" for ${DIMENSION_NAME[id].en}${q} although the slider is set to "${bands[target].name.en}".`,
    ),
    paths: [reply.path, `voice.${id}`],
  };
}

const isSlider = (d: DimensionAdherence): d is DimensionAdherence & { dimension: DimensionId } =>
  (DIMENSION_IDS as readonly string[]).includes(d.dimension);

function warningsFor(reply: Reply, persona: Persona): CompileWarning[] {
  const fr = persona.language === "fr";
  const say: Say = (french, english) => (fr ? french : english);
  const byDimension = new Map<ExampleDriftDimension, CompileWarning>();
  for (const drift of adherence(reply.measurement, persona).dimensions) {
    if (drift.ok) continue;
    const warning =
      drift.dimension === "address"
        ? addressWarning(reply, persona, say, fr)
        : drift.dimension === "lexicon"
          ? lexiconWarning(reply, persona, say, fr)
          : isSlider(drift)
            ? sliderWarning(reply, drift, say, fr)
            : undefined;
    if (warning) byDimension.set(drift.dimension, warning);
  }
  return EXAMPLE_DRIFT_DIMENSIONS.flatMap((dimension) => byDimension.get(dimension) ?? []);
}

/**
 * The key under which a reply's measurement may be reused: what analyze() reads of the
 * persona (its language and avoided words) and the text. Preferred terms are left out:
 * no warning depends on them.
 */
export function measurementKey(persona: Persona, text: string): string {
  return `${persona.language}\u0000${persona.lexicon.avoid.join("\u0001")}\u0000${text}`;
}

/**
 * The warnings on example `index` (from 0) of `persona`, given the meter's measurement of
 * its reply made with the persona's language and avoided words (see measurementKey). By
 * EXAMPLE_DRIFT_DIMENSIONS order; codes are exampleDriftCode(dimension); paths are the
 * example's reply, then the control concerned ("voice.register", "address",
 * "lexicon.avoid[2]"). Memoised per measurement, example, address form and slider bands,
 * so a slider step inside a band costs a lookup and a step across one an adherence() call.
 */
export function exampleDriftWarnings(
  persona: Persona,
  index: number,
  measurement: Measurement,
): readonly CompileWarning[] {
  const text = persona.examples[index]?.assistant ?? "";
  const setting = `${index} ${persona.address} ${DIMENSION_IDS.map((id) => bandIndex(persona.voice[id])).join("")}`;
  let bySetting = drifts.get(measurement);
  if (!bySetting) {
    bySetting = new Map();
    drifts.set(measurement, bySetting);
  }
  let warnings = bySetting.get(setting);
  if (!warnings) {
    if (bySetting.size >= MAX_SETTINGS) bySetting.clear();
    warnings = warningsFor(
      { text, number: index + 1, path: `examples[${index}].assistant`, measurement },
      persona,
    );
    bySetting.set(setting, warnings);
  }
  return warnings;
}
