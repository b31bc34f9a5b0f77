import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  concat,
  expectCard,
  IEND,
  ihdr,
  iTxtChunk,
  pngOf,
  textChunk,
  v2Card,
  zTxtChunk,
  type RawChunk,
} from "./card-test-kit";
import { toBase64 } from "./png";
import { readPngTexts } from "./png-chunks";
import { readCardBytes } from "./read";

const MiB = 1024 * 1024;
const utf8 = (text: string) => new TextEncoder().encode(text);
const card = (name: string) => toBase64(v2Card({ name }));
const zeros = (bytes: number) => zlibSync(new Uint8Array(bytes), { level: 9 });
const idat = (data: Uint8Array): RawChunk => ({ type: "IDAT", data });
const pngWith = (...chunks: RawChunk[]) => pngOf([ihdr(1, 1), ...chunks, IEND]);

function problemCode(bytes: Uint8Array): string {
  const outcome = readCardBytes(bytes);
  return outcome.ok ? "ok" : outcome.problem.code;
}

describe("a card PNG read without decoding its image", () => {
  // Compressing 16 MiB for the test takes about a second; more beside other test files.
  it("reads the card beside an IDAT that inflates to 16 MiB of zeros", { timeout: 30_000 }, () => {
    const bomb = zeros(16 * MiB);
    expect(bomb.length).toBeLessThan(MiB / 16);
    const read = expectCard(readCardBytes(pngWith(textChunk("chara", card("Calm")), idat(bomb))));
    expect(read.persona.name).toBe("Calm");
  });

  it("never inflates the image: an IDAT of bytes that are not zlib at all does not matter", () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) & 0xff);
    expect(
      expectCard(readCardBytes(pngWith(idat(garbage), textChunk("chara", card("Ignored pixels")))))
        .persona.name,
    ).toBe("Ignored pixels");
  });

  it("reads a card whose header claims 400 million pixels: nothing is allocated for them", () => {
    const png = pngOf([
      ihdr(20_000, 20_000),
      textChunk("chara", card("Huge frame")),
      idat(zeros(16)),
      IEND,
    ]);
    expect(expectCard(readCardBytes(png)).persona.name).toBe("Huge frame");
  });

  it("leaves the compressed chunks of other keywords alone", () => {
    const notZlib = Uint8Array.of(1, 2, 3, 4, 5);
    const png = pngWith(
      zTxtChunk("Comment", notZlib),
      iTxtChunk("XML:com.adobe.xmp", notZlib, true),
      textChunk("chara", card("Commented")),
    );
    expect(expectCard(readCardBytes(png)).persona.name).toBe("Commented");
  });
});

describe("compressed card texts", () => {
  it("reads a card in a zTXt chunk", () => {
    expect(
      expectCard(readCardBytes(pngWith(zTxtChunk("chara", zlibSync(utf8(card("Zipped"))))))).persona
        .name,
    ).toBe("Zipped");
  });

  it("reads a card in an iTXt chunk, compressed or not, and its JSON as UTF-8", () => {
    const compressed = pngWith(iTxtChunk("ccv3", zlibSync(utf8(card("Élodie"))), true));
    expect(expectCard(readCardBytes(compressed)).persona.name).toBe("Élodie");
    const plain = pngWith(iTxtChunk("chara", utf8(v2Card({ name: "Zoë" })), false));
    expect(expectCard(readCardBytes(plain)).persona.name).toBe("Zoë");
  });

  it("refuses a card text that inflates past 16 MiB, and says so", { timeout: 30_000 }, () => {
    const outcome = readCardBytes(pngWith(zTxtChunk("chara", zeros(17 * MiB))));
    expect(outcome.ok ? "read" : outcome.problem).toEqual({
      code: "compressed-too-large",
      message:
        "The card text inside this PNG is compressed and expands past 16 MiB; character cards never do",
    });
  });

  it("counts what every compressed card chunk inflates to against one budget", () => {
    const png = pngWith(zTxtChunk("ccv3", zeros(600)), zTxtChunk("chara", zeros(600)));
    expect(readPngTexts(png, ["ccv3", "chara"], 1000)).toEqual({
      ok: false,
      problem: "compressed-too-large",
    });
    expect(readPngTexts(png, ["ccv3", "chara"], 1200)).toMatchObject({ ok: true });
  });

  it("keeps the first chunk of a keyword, ignoring case, as SillyTavern does", () => {
    const read = readPngTexts(
      pngWith(textChunk("Chara", "first"), textChunk("chara", "second")),
      ["chara"],
      0,
    );
    expect(read.ok && read.texts.get("chara")).toBe("first");
  });
});

describe("damaged PNG files", () => {
  const text = textChunk("chara", card("Damaged"));
  const whole = pngWith(text);

  it.each([
    ["a file that does not open with IHDR", pngOf([text, ihdr(1, 1), IEND])],
    [
      "a chunk whose length runs past the end",
      concat([whole.subarray(0, 33), Uint8Array.of(0x7f, 0xff, 0xff, 0xff), whole.subarray(37)]),
    ],
    [
      "a chunk type that is not four letters",
      pngWith({ type: "te#t", data: new Uint8Array(1) }, text),
    ],
    ["a file that never reaches IEND", whole.subarray(0, whole.length - 12)],
    [
      "a zTXt card with an unknown compression method",
      pngWith({ type: "zTXt", data: Uint8Array.of(99, 104, 97, 114, 97, 0, 7, 1, 2) }),
    ],
    ["a zTXt card that is not zlib", pngWith(zTxtChunk("chara", Uint8Array.of(1, 2, 3)))],
    [
      "a zTXt card cut short",
      pngWith(zTxtChunk("chara", zlibSync(utf8(card("Cut"))).subarray(0, 12))),
    ],
    [
      "an iTXt card without its language tag's end",
      pngWith({ type: "iTXt", data: Uint8Array.of(99, 104, 97, 114, 97, 0, 0, 0, 101, 110) }),
    ],
  ])("says %s is damaged", (_what, bytes) => {
    expect(problemCode(bytes)).toBe("bad-png");
  });
});
