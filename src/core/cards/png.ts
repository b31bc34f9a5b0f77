/**
 * Writing a card into a PNG (through fast-png) and the base64 it travels in: a card sits in a
 * PNG's tEXt chunks as base64 of UTF-8 JSON, `ccv3` for V3 and `chara` for V2 (the CCv3 spec,
 * "Embedding Methods"). Reading never decodes the image: see png-chunks.ts.
 */
import { encode, hasPngSignature } from "fast-png";
import { latin1 } from "./png-chunks";

export { hasPngSignature };

/** Base64 of the UTF-8 bytes of `text` (tEXt chunks are Latin-1, so the JSON travels encoded). */
export function toBase64(text: string): string {
  return btoa(latin1(new TextEncoder().encode(text)));
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
export function encodePng(
  width: number,
  height: number,
  rgba: Uint8Array,
  text: Record<string, string>,
): Uint8Array<ArrayBuffer> {
  return encode({
    width,
    height,
    data: rgba,
    channels: 4,
    depth: 8,
    text,
  }) as Uint8Array<ArrayBuffer>;
}
