/**
 * Test-only: what the libraries other tools check Character Cards with say of a card. Each
 * judge is the library itself, run on the card as written:
 * - character-card-utils 2.0.3 (by the V2 spec's author): zod parsers for V1 and V2 cards;
 * - @risuai/ccardlib 0.4.2 (by the V3 spec's author): `CCardLib.character.check`, JSON Schema
 *   validators that answer the highest version a card passes (it deletes `null` values before
 *   checking, so nulls only show in the zod parsers).
 */
import { CCardLib } from "@risuai/ccardlib";
import * as Cards from "character-card-utils";

/** Why the libraries refuse `card` as a `version` card; empty when both accept it. */
export function cardRefusals(card: unknown, version: "v2" | "v3"): string[] {
  const refusals: string[] = [];
  const zod = (
    label: string,
    result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    if (!result.success)
      refusals.push(
        `${label}: ${(result.error?.issues ?? [])
          .slice(0, 3)
          .map((i) => `${i.path.join(".")} ${i.message}`)
          .join("; ")}`,
      );
  };
  // check() deletes nulls from what it is given: it gets a copy.
  const ccardlib = CCardLib.character.check(structuredClone(card));
  if (ccardlib !== version) refusals.push(`ccardlib: read as ${ccardlib}, not ${version}`);
  if (version === "v2") {
    // The V2 schema with the V1 fields SillyTavern repeats at the top level.
    zod("character-card-utils backfilledV2", Cards.backfilledV2.safeParse(card));
  } else {
    const v3 = card as { spec: string; spec_version: string };
    // V3 data is V2 data plus fields (the V3 spec): it must pass the V2 schema under a V2 spec.
    zod(
      "character-card-utils v2 on the V3 data",
      Cards.v2.safeParse({ ...v3, spec: "chara_card_v2", spec_version: "2.0" }),
    );
    // A V2-only reader falls back on the V1 fields.
    zod("character-card-utils parseToV2 (V1 fields)", Cards.safeParseToV2(card));
  }
  return refusals;
}
