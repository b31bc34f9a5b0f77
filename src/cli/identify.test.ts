/** otherFileHint on its own: what it names, what it leaves to the persona reader, how it quotes a path. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encode } from "fast-png";
import { describe, expect, test } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { cardPng, cardV2 } from "../core/cards";
import { serializePersona } from "../core/persona/serialize";
import { otherFileHint } from "./identify";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("otherFileHint", () => {
  test("a card names the convert command, the path quoted for a shell when it must be", async () => {
    const png = cardPng(makePersona({ id: "robin" }));
    expect(await otherFileHint(png, "cards/robin.png")).toMatch(
      /run: psydesign convert cards\/robin\.png --to persona -o robin\.persona\.json$/,
    );
    expect(await otherFileHint(png, "my card's.png")).toMatch(
      /run: psydesign convert 'my card'\\''s\.png' --to persona/,
    );
    expect(
      await otherFileHint(bytes(JSON.stringify(cardV2(makePersona({ id: "robin" })))), "-"),
    ).toMatch(/\(V2, JSON\).*convert - --to persona/);
  });

  test("anything that may be a persona file is left to the persona reader", async () => {
    const persona = makePersona();
    expect(await otherFileHint(bytes(serializePersona(persona)), "p.json")).toBeUndefined();
    // A persona file with errors, even one carrying card fields, is still a persona file.
    expect(
      await otherFileHint(
        bytes(JSON.stringify({ ...cardV2(persona), format: "psydesign.persona" })),
        "p.json",
      ),
    ).toBeUndefined();
    expect(await otherFileHint(bytes("{ not json"), "p.json")).toBeUndefined();
    expect(await otherFileHint(bytes('{"hello": "world"}'), "p.json")).toBeUndefined();
    expect(
      await otherFileHint(readFileSync(`${ROOT}public/persona.schema.json`), "persona.schema.json"),
    ).toBeUndefined();
    // A PNG without a card in it: the reader's own "not UTF-8" says enough.
    expect(
      await otherFileHint(
        encode({ width: 2, height: 2, data: new Uint8Array(16), channels: 4 }),
        "photo.png",
      ),
    ).toBeUndefined();
  });
});
