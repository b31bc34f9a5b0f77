/**
 * Inflating data from a file or a link someone else made, without trusting it: deflate expands
 * at most about 1032:1, so feeding the inflater a slice at a time and checking the output size
 * after each slice stops a "zip bomb" after about a megabyte past the cap, instead of after
 * the gigabytes it declares. Used by the review-link reader and the card PNG reader.
 */
import { Inflate, Unzlib } from "fflate";

/** Compressed bytes fed to the inflater at a time: at most ~1 MB of output per step. */
const STEP_BYTES = 1024;

/**
 * `compressed` inflated to at most `max` bytes: raw deflate (RFC 1951) or zlib (RFC 1950, header
 * and checksum included). "too-large" past `max`; undefined when the data is damaged. A raw
 * deflate stream cut short may come back short without an error (fflate does not always
 * notice): a caller of "deflate" checks its own checksum, as the review link does.
 */
export function inflateCapped(
  compressed: Uint8Array,
  max: number,
  format: "deflate" | "zlib",
): Uint8Array | "too-large" | undefined {
  const parts: Uint8Array[] = [];
  let size = 0;
  const collect = (part: Uint8Array) => {
    size += part.length;
    if (size <= max) parts.push(part);
  };
  const inflater = format === "zlib" ? new Unzlib(collect) : new Inflate(collect);
  try {
    for (let at = 0; at < compressed.length; at += STEP_BYTES) {
      inflater.push(compressed.subarray(at, at + STEP_BYTES), false);
      if (size > max) return "too-large";
    }
    inflater.push(new Uint8Array(0), true);
  } catch {
    // fflate throws on invalid codes and on a stream that ends early.
    return undefined;
  }
  if (size > max) return "too-large";
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
