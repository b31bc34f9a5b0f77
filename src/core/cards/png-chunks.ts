/**
 * A PNG's text chunks, read without decoding its image. A card reader needs the `chara` and
 * `ccv3` texts, never the pixels, so the chunk walker skips IDAT unread: a "zlib bomb" image
 * (1 MB of IDAT that inflates to 1 GiB of zeros) costs a glance at its length. Compressed text
 * (zTXt, iTXt; the spec asks for tEXt, but a few tools compress long texts) is inflated only
 * for the keywords asked for, a slice at a time, and refused past a cap.
 *
 * Chunk layout (PNG spec §5.3): length (4 bytes, big-endian), type (4 ASCII letters), data,
 * CRC (4 bytes). The CRC is not checked: the text inside is base64 JSON, which says itself
 * when it is damaged, and fast-png did not check it either.
 */
import { inflateCapped } from "../compression/inflate-capped";

export type PngTextsResult =
  | { ok: true; texts: Map<string, string> }
  | { ok: false; problem: "damaged" | "compressed-too-large" };

/** A chunk's length field is at most 2^31 - 1 (PNG spec §5.3). */
const MAX_CHUNK_LENGTH = 0x7fffffff;
/** Keywords are 1 to 79 Latin-1 bytes, ended by a NUL (PNG spec §11.3.4.2). */
const MAX_KEYWORD = 79;

const damaged = { ok: false, problem: "damaged" } as const;
const tooLarge = { ok: false, problem: "compressed-too-large" } as const;

/** Latin-1 bytes as text (one character per byte); fromCharCode takes arguments, so slices keep a long text under the call-stack limit. */
export function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
}

const utf8 = new TextDecoder("utf-8");

function nulAt(bytes: Uint8Array, from: number, limit: number): number {
  const end = Math.min(bytes.length, from + limit + 1);
  for (let i = from; i < end; i++) if (bytes[i] === 0) return i;
  return -1;
}

/** A chunk's text and how many bytes inflating it took (0 for tEXt), or why it has none. */
type ChunkText = { text: string; inflated: number } | "damaged" | "too-large";

/** The text of one tEXt, zTXt or iTXt chunk's data (after its keyword's NUL at `afterKeyword`). */
function chunkText(
  type: string,
  data: Uint8Array,
  afterKeyword: number,
  budget: number,
): ChunkText {
  if (type === "tEXt") return { text: latin1(data.subarray(afterKeyword)), inflated: 0 };
  if (type === "zTXt") {
    // One byte of compression method (0, zlib), then the compressed Latin-1 text.
    if (data[afterKeyword] !== 0) return "damaged";
    const inflated = inflateCapped(data.subarray(afterKeyword + 1), budget, "zlib");
    return inflated instanceof Uint8Array
      ? { text: latin1(inflated), inflated: inflated.length }
      : (inflated ?? "damaged");
  }
  // iTXt: compression flag, method, language tag\0, translated keyword\0, then UTF-8 text.
  const compressed = data[afterKeyword];
  const language = nulAt(data, afterKeyword + 2, data.length);
  const translated = language < 0 ? -1 : nulAt(data, language + 1, data.length);
  if ((compressed !== 0 && compressed !== 1) || translated < 0) return "damaged";
  const body = data.subarray(translated + 1);
  if (compressed === 0) return { text: utf8.decode(body), inflated: 0 };
  if (data[afterKeyword + 1] !== 0) return "damaged";
  const inflated = inflateCapped(body, budget, "zlib");
  return inflated instanceof Uint8Array
    ? { text: utf8.decode(inflated), inflated: inflated.length }
    : (inflated ?? "damaged");
}

/**
 * The texts of the `keywords` (lower case; matched ignoring case, the first chunk of each
 * wins, as SillyTavern reads them) in a PNG whose 8-byte signature the caller checked.
 * Compressed texts may inflate to `maxInflated` bytes in all. A file that does not start
 * with IHDR, has a chunk running past its end, or never reaches IEND is damaged.
 */
export function readPngTexts(
  bytes: Uint8Array,
  keywords: readonly string[],
  maxInflated: number,
): PngTextsResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const texts = new Map<string, string>();
  let budget = maxInflated;
  let at = 8;
  for (let index = 0; at + 12 <= bytes.length; index++) {
    const length = view.getUint32(at);
    const type = latin1(bytes.subarray(at + 4, at + 8));
    if (length > MAX_CHUNK_LENGTH || at + 12 + length > bytes.length || !/^[A-Za-z]{4}$/.test(type))
      return damaged;
    if (index === 0 && (type !== "IHDR" || length !== 13)) return damaged;
    if (type === "IEND") return { ok: true, texts };
    if (type === "tEXt" || type === "zTXt" || type === "iTXt") {
      const data = bytes.subarray(at + 8, at + 8 + length);
      const nul = nulAt(data, 0, MAX_KEYWORD);
      const keyword = nul > 0 ? latin1(data.subarray(0, nul)).toLowerCase() : "";
      if (keywords.includes(keyword) && !texts.has(keyword)) {
        const read = chunkText(type, data, nul + 1, budget);
        if (read === "damaged") return damaged;
        if (read === "too-large") return tooLarge;
        texts.set(keyword, read.text);
        budget -= read.inflated;
      }
    }
    at += 12 + length;
  }
  return damaged;
}
