/**
 * The one file that reads and writes PNG (through fast-png): a card travels in a PNG's
 * tEXt chunks as base64 of UTF-8 JSON, `ccv3` for V3 and `chara` for V2 (the CCv3 spec,
 * "Embedding Methods"). fast-png decodes the pixels too; for a 400×600 portrait that costs
 * tens of milliseconds, which an import can afford.
 */
import { decode, encode, hasPngSignature } from "fast-png";

export { hasPngSignature };

/**
 * Images above this many pixels are refused before decoding: a few MB of well-compressed
 * zeros can declare 20000×20000 pixels, 1.6 GB once inflated. Portraits are under 10 MP.
 */
export const MAX_CARD_PIXELS = 36_000_000;

/**
 * Width × height from the IHDR header, which the PNG spec fixes as the first chunk (width at
 * byte 16, height at 20); undefined when the header is not there. A bounds check before
 * fast-png allocates, not a parser.
 */
export function pngPixelCount(bytes: Uint8Array): number | undefined {
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 24);
  return view.getUint32(16) * view.getUint32(20);
}

/** The PNG's tEXt chunks by keyword, or undefined when the file is damaged or cut short. */
export function pngTextChunks(bytes: Uint8Array): Record<string, string> | undefined {
  try {
    return decode(bytes).text;
  } catch {
    // fast-png throws on a truncated stream, a bad header or a broken chunk length.
    return undefined;
  }
}

/** A chunk's value by keyword, ignoring case (writers disagree on "chara" vs "Chara"). */
export function chunkNamed(chunks: Record<string, string>, keyword: string): string | undefined {
  for (const [key, value] of Object.entries(chunks)) if (key.toLowerCase() === keyword) return value;
  return undefined;
}

/** Base64 of the UTF-8 bytes of `text` (tEXt chunks are Latin-1, so the JSON travels encoded). */
export function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  // fromCharCode takes arguments: a bounded slice keeps a large card under the call-stack limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The UTF-8 text a base64 string encodes, or undefined when it is not base64. */
export function fromBase64(base64: string): string | undefined {
  let binary: string;
  try {
    binary = atob(base64.replace(/\s+/g, ""));
  } catch {
    return undefined;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  // Lenient on a stray invalid byte, as SillyTavern is: one bad character should not cost the card.
  return new TextDecoder("utf-8").decode(bytes);
}

/**
 * An RGBA image (8 bits per channel) as PNG bytes, with the given tEXt chunks. fast-png
 * writes into a plain ArrayBuffer; saying so lets callers hand the bytes to `new Blob()`.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array, text: Record<string, string>): Uint8Array<ArrayBuffer> {
  return encode({ width, height, data: rgba, channels: 4, depth: 8, text }) as Uint8Array<ArrayBuffer>;
}
