import { CATALOG } from "../../core/persona/catalog";
import type { DimensionId } from "../../core/persona/constants";
import type { DriftResult } from "../../core/persona-tests/types";
import type { MessagesOf, UiLanguage } from "../i18n";
import type { testsMessages } from "../i18n/messages/tests";

export type DriftDimension = keyof DriftResult["targets"];
type T = MessagesOf<typeof testsMessages>;

const isBand = (value: string) => /^[0-4]$/.test(value);

export function dimensionLabel(dimension: DriftDimension, t: T, language: UiLanguage): string {
  if (dimension === "address") return t.address;
  if (dimension === "lexicon") return t.lexicon;
  return CATALOG[dimension as DimensionId]?.label[language] ?? dimension;
}

/** The address form as the designer says it: "tu" / "vous", whatever the meter's word. */
export function addressWord(measured: string): string {
  if (/^(informal|tu)$/i.test(measured)) return "tu";
  if (/^(formal|vous)$/i.test(measured)) return "vous";
  return measured;
}

/** The meter writes "no avoided words" or "avoided: a, b" (meter/adherence.ts). */
const lexiconHeld = (measured: string) => /^no avoided words$/i.test(measured);

/** A reading in words: a band's name, the address form, or whether avoided words appeared. */
export function readingLabel(
  dimension: DriftDimension,
  measured: string,
  t: T,
  language: UiLanguage,
): string {
  if (dimension === "address") return measured === "none" ? "—" : addressWord(measured);
  if (dimension === "lexicon")
    return lexiconHeld(measured)
      ? t.lexiconOk
      : `${t.lexiconOff}${measured.replace(/^avoided:?/i, "")}`;
  const band = isBand(measured)
    ? CATALOG[dimension as DimensionId]?.bands[Number(measured)]
    : undefined;
  return band ? `${measured} · ${band.name[language]}` : measured;
}

/** A y-axis level in a word or two: the band's number, "tu"/"vous", whether words were found. */
export function axisLabel(
  dimension: DriftDimension,
  value: string,
  t: T,
  language: UiLanguage,
): string {
  if (dimension === "lexicon") return lexiconHeld(value) ? t.lexiconAxis.held : t.lexiconAxis.off;
  return readingLabel(dimension, value, t, language).split(" · ")[0] ?? value;
}

/** "Address switches to tu at turn 23", or the dimension's own sentence. */
export function driftSentence(
  drift: DriftResult["firstDrifts"][number],
  t: T,
  language: UiLanguage,
): string {
  if (drift.dimension === "address") return t.addressDrift(addressWord(drift.measured), drift.turn);
  if (drift.dimension === "lexicon") return t.lexiconDrift(drift.turn);
  return t.firstDrift(
    dimensionLabel(drift.dimension, t, language),
    drift.turn,
    readingLabel(drift.dimension, drift.measured, t, language),
  );
}

export interface Levels {
  /** The y levels from the bottom, as readings (a band, an address form, "held"/"off"). */
  values: readonly string[];
  /** The level of a reading or a target. */
  of(measured: string): number;
}

/**
 * Where each reading sits on the chart's y axis: bands 0..4 as they are; the address as no
 * form, vous, tu; the lexicon as held or not.
 */
export function levelsOf(dimension: DriftDimension): Levels {
  if (dimension === "address") {
    const values = ["none", "formal", "informal"];
    const level: Record<string, number> = { vous: 1, tu: 2 };
    return { values, of: (m) => level[addressWord(m)] ?? 0 };
  }
  if (dimension === "lexicon")
    return {
      values: ["avoided:", "no avoided words"],
      of: (m) => (lexiconHeld(m) ? 1 : 0),
    };
  return {
    values: ["0", "1", "2", "3", "4"],
    of: (m) => (isBand(m) ? Number(m) : 0),
  };
}
