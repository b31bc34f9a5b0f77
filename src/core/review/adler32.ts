/**
 * Adler-32 (RFC 1950 §8.2), the checksum that ends zlib data. fflate writes it but does not
 * check it when reading, so the review link reader checks it here.
 */
const MOD = 65521;
// The most bytes that can be summed before `b` may exceed 2^32 (zlib's NMAX).
const NMAX = 5552;

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < bytes.length; start += NMAX) {
    const end = Math.min(start + NMAX, bytes.length);
    for (let i = start; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}
