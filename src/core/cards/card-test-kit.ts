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
  if (!outcome.ok)
    throw new Error(`expected a card, got ${outcome.problem.code}: ${outcome.problem.message}`);
  return outcome.card;
}

/** A V2 card with the given data fields over a minimal named one. */
export function v2Card(data: Record<string, unknown>): string {
  return JSON.stringify({
    spec: "chara_card_v2",
    spec_version: "2.0",
    data: { name: "Test", ...data },
  });
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

export interface RawChunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const latin1Bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A PNG made of these chunks (signature and CRCs written), for files fast-png cannot write: zTXt, iTXt, bombs. */
export function pngOf(chunks: readonly RawChunk[]): Uint8Array {
  const parts = chunks.map(({ type, data }) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(latin1Bytes(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  });
  return concat([Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10), ...parts]);
}

/** An IHDR chunk for an 8-bit RGBA image of this size. */
export function ihdr(width: number, height: number): RawChunk {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([8, 6, 0, 0, 0], 8);
  return { type: "IHDR", data };
}

export const IEND: RawChunk = { type: "IEND", data: new Uint8Array(0) };

/** A tEXt chunk (Latin-1 text), or a zTXt / iTXt chunk whose text is already zlib-compressed bytes. */
export function textChunk(keyword: string, text: string): RawChunk {
  return {
    type: "tEXt",
    data: concat([latin1Bytes(keyword), Uint8Array.of(0), latin1Bytes(text)]),
  };
}

export function zTxtChunk(keyword: string, zlib: Uint8Array): RawChunk {
  return { type: "zTXt", data: concat([latin1Bytes(keyword), Uint8Array.of(0, 0), zlib]) };
}

/** An iTXt chunk: compressed (the bytes are zlib data) or not (the bytes are UTF-8 text). */
export function iTxtChunk(keyword: string, bytes: Uint8Array, compressed: boolean): RawChunk {
  return {
    type: "iTXt",
    data: concat([latin1Bytes(keyword), Uint8Array.of(0, compressed ? 1 : 0, 0, 0, 0), bytes]),
  };
}
