/**
 * A portrait for an exported card: character tools show the PNG as the character's
 * picture, and a persona has none. Derived from the persona id alone, so the same persona
 * always gets the same picture and two personas rarely share one: a diagonal gradient
 * between two hues with a disc in a third, drawn straight into RGBA pixels.
 */

export const AVATAR_SIZE = 256;

/** FNV-1a, 32 bits: a small, well-spread hash for picking colours. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** HSL (hue in degrees, saturation and lightness 0..1) to 0..255 RGB. */
function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/** RGBA pixels, AVATAR_SIZE × AVATAR_SIZE, row by row. */
export function avatarPixels(id: string): Uint8Array {
  const h = hash(id);
  const hue = h % 360;
  const from = hsl(hue, 0.55, 0.45);
  const to = hsl((hue + 40 + ((h >>> 9) % 80)) % 360, 0.6, 0.7);
  const disc = hsl((hue + 180) % 360, 0.5, 0.92);
  const size = AVATAR_SIZE;
  const cx = size * (0.35 + ((h >>> 17) % 30) / 100);
  const cy = size * (0.35 + ((h >>> 23) % 30) / 100);
  const radius = size * 0.22;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const t = (x + y) / (2 * (size - 1));
      const inside = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
      const o = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[o + c] = inside
          ? (disc[c] as number)
          : Math.round((from[c] as number) * (1 - t) + (to[c] as number) * t);
      }
      pixels[o + 3] = 255;
    }
  }
  return pixels;
}
