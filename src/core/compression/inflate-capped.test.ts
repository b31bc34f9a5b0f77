import { deflateSync, zlibSync } from "fflate";
import { describe, expect, test } from "vitest";
import { inflateCapped } from "./inflate-capped";

const text = new TextEncoder().encode("Bonjour, je suis Iris. ".repeat(200));
const packed = { deflate: deflateSync(text), zlib: zlibSync(text) } as const;

describe.each(["deflate", "zlib"] as const)("inflateCapped (%s)", (format) => {
  test("gives back the bytes when they fit the cap, to the byte", () => {
    expect(inflateCapped(packed[format], text.length, format)).toEqual(text);
  });

  test("says too-large one byte past the cap", () => {
    expect(inflateCapped(packed[format], text.length - 1, format)).toBe("too-large");
  });

  test("stops a 64 MiB bomb as too-large without holding it", () => {
    const bomb =
      format === "zlib"
        ? zlibSync(new Uint8Array(64 * 1024 * 1024))
        : deflateSync(new Uint8Array(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    expect(inflateCapped(bomb, 1_000_000, format)).toBe("too-large");
  });

  test("answers undefined for damaged data, never throws", () => {
    expect(
      inflateCapped(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1_000_000, format),
    ).toBeUndefined();
  });
});

const half = (bytes: Uint8Array) => bytes.subarray(0, bytes.length >> 1);

describe("inflateCapped on data cut short", () => {
  test("zlib: the missing trailer makes it damaged", () => {
    expect(inflateCapped(half(packed.zlib), 1_000_000, "zlib")).toBeUndefined();
  });

  test("raw deflate: never the whole text (it has no trailer; the review link checks its own Adler-32)", () => {
    const cut = inflateCapped(half(packed.deflate), 1_000_000, "deflate");
    expect(cut instanceof Uint8Array ? cut.length : 0).toBeLessThan(text.length);
  });
});
