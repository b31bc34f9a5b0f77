/**
 * Test-only helpers: the real cards under tests/fixtures/character-cards (see SOURCE.md
 * there) and small cards built in code. Imported by the *.test.ts files beside it only.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CardImport, CardReadOutcome } from "./types";

const ROOT = fileURLToPath(new URL("../../../tests/fixtures/character-cards/", import.meta.url));

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(ROOT + path));
}

export function fixtureText(path: string): string {
  return readFileSync(ROOT + path, "utf8");
}

export function fixtureJson(path: string): Record<string, unknown> {
  return JSON.parse(fixtureText(path)) as Record<string, unknown>;
}

/** The import of a read that must succeed; a failure shows its problem in the test output. */
export function expectCard(outcome: CardReadOutcome): CardImport {
  if (!outcome.ok) throw new Error(`expected a card, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return outcome.card;
}

/** A V2 card with the given data fields over a minimal named one. */
export function v2Card(data: Record<string, unknown>): string {
  return JSON.stringify({ spec: "chara_card_v2", spec_version: "2.0", data: { name: "Test", ...data } });
}

export const SERAPHINA_PNG = "v2/default_Seraphina.png";
export const SERAPHINA_JSON = "v2/seraphina_sillytavern_default.chara.json";
export const BOTH_CHUNKS_PNG = "v3/tavern_kit__test_character_chara_and_ccv3_chunks.png";
export const LOREBOOK = "v2/Eldoria_sillytavern_worldinfo.json";

export const TAVERN_KIT_V2 = [
  "v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json",
  "v2/tavern_kit__playground_test_fixtures_files_characters_minimal_v2.json",
  "v2/tavern_kit__test_fixtures_full_v2_card.json",
  "invalid/tavern_kit__test_fixtures_seraphina.v2.json",
];
export const TAVERN_KIT_V3 = [
  "v3/tavern_kit__docs_fixtures_ccv3_min.json",
  "v3/tavern_kit__docs_fixtures_ccv3_st_export_like.json",
  "v3/tavern_kit__playground_test_fixtures_files_characters_minimal_v3.json",
  "v3/tavern_kit__playground_test_fixtures_files_characters_with_lorebook.json",
  "v3/tavern_kit__test_fixtures_full_v3_card.json",
];
