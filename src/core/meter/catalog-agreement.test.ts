/**
 * The meter reads the studio's own definitions as the studio means them: each band's example
 * text in the catalog (persona/catalog-*.ts), in both languages, reads within the adherence
 * tolerance of its own band. Humor is left out: its examples are wit without markers, which the
 * meter does not claim to see (docs/meter.md), and adherence treats humor as a permission.
 */
import { describe, expect, test } from "vitest";
import { CATALOG } from "../persona/catalog";
import { BAND_TOLERANCE } from "./adherence";
import { analyze } from "./analyze";
import type { Measurement } from "./types";

const READINGS = {
  warmth: (m: Measurement) => m.warmth.band,
  enthusiasm: (m: Measurement) => m.enthusiasm.band,
  register: (m: Measurement) => m.formality.band,
  institutional: (m: Measurement) => m.institutional.band,
} as const;

describe("the catalog's band examples, read by the meter", () => {
  test.each(
    Object.keys(READINGS).flatMap((id) =>
      (["en", "fr"] as const).map((language) => [id, language] as const),
    ),
  )("%s (%s): each example within one band of its own", (id, language) => {
    const read = CATALOG[id as keyof typeof READINGS].bands.map((band) =>
      READINGS[id as keyof typeof READINGS](analyze(band.example[language], language)),
    );
    read.forEach((measured, target) =>
      expect({
        target,
        measured,
        near: Math.abs(measured - target) <= BAND_TOLERANCE,
      }).toMatchObject({ target, near: true }),
    );
  });
});
