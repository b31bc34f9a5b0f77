import { encode } from "fast-png";
import { describe, expect, it } from "vitest";
import { personaSchema } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import {
  BOTH_CHUNKS_PNG,
  expectCard,
  fixtureBytes,
  fixtureJson,
  fixtureText,
  LOREBOOK,
  SERAPHINA_JSON,
  SERAPHINA_PNG,
  TAVERN_KIT_V2,
  TAVERN_KIT_V3,
  v2Card,
} from "./card-test-kit";
import { cardV3 } from "./from-persona";
import { toBase64 } from "./png";
import { readCardBytes, readCardText } from "./read";
import { MAX_CARD_BYTES, type CardProblemCode, type CharacterCardExtension } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);

function problemOf(outcome: ReturnType<typeof readCardText>): {
  code: CardProblemCode;
  message: string;
} {
  if (outcome.ok) throw new Error(`expected a problem, got the card ${outcome.card.persona.name}`);
  return outcome.problem;
}

/** A small PNG (made here with fast-png) carrying the given tEXt chunks. */
function pngWith(text: Record<string, string>): Uint8Array {
  return encode({
    width: 2,
    height: 2,
    data: new Uint8Array(16).fill(200),
    channels: 4,
    depth: 8,
    text,
  });
}

describe("SillyTavern's Seraphina", () => {
  it("reads the PNG: a V2 card in its chara chunk", () => {
    const card = expectCard(readCardBytes(fixtureBytes(SERAPHINA_PNG)));
    expect(card).toMatchObject({ version: "v2", container: "png", exact: false });
    const p = card.persona;
    expect(p).toMatchObject({
      id: "seraphina",
      name: "Seraphina",
      language: "en",
      identity: { assistantName: "Seraphina", role: "role-play character" },
    });
    expect(personaSchema.safeParse(p).success).toBe(true);
    // The greeting keeps the card's first message, narration included.
    expect(p.greeting).toMatch(/^\*You wake with a start/);
    expect(p.greeting).toContain("The name's Seraphina, guardian of this forest");
  });

  it("reads the JSON to the same persona as the PNG", () => {
    const fromPng = expectCard(readCardBytes(fixtureBytes(SERAPHINA_PNG)));
    const fromJson = expectCard(readCardText(fixtureText(SERAPHINA_JSON)));
    expect(fromJson.container).toBe("json");
    expect(fromJson.persona).toEqual(fromPng.persona);
  });

  it("puts its 2851-character description in the purpose, shortened, keeps the whole card, and takes its creator notes as the description", () => {
    const card = expectCard(readCardText(fixtureText(SERAPHINA_JSON)));
    const original = fixtureJson(SERAPHINA_JSON).data as Record<string, string>;
    expect(original.description!.length).toBeGreaterThan(2000);
    const purpose = card.persona.identity.purpose ?? "";
    expect(purpose).toMatch(/^Character: \[Seraphina's Personality= /);
    expect(purpose.length).toBeLessThanOrEqual(1000);
    expect(purpose.endsWith("\u2026")).toBe(true);
    // Notes for people, as the persona's description is ("not in the prompt").
    expect(card.persona.description).toBe("ST Default Bot contest winner: roleplay bots category");
    expect(card.persona.extensions.characterCard).toEqual({
      spec: "chara_card_v2",
      spec_version: "2.0",
      data: original,
    });
  });

  it("estimates the voice from the spoken words of the first message", () => {
    const card = expectCard(readCardText(fixtureText(SERAPHINA_JSON)));
    // Seraphina has no mes_example: her first message is all the dialogue there is.
    expect(card.estimated.words).toBeGreaterThanOrEqual(60);
    expect(card.estimated.words).toBeLessThan(130);
    expect(card.estimated.settings).toEqual(
      expect.arrayContaining(["voice.warmth", "voice.register", "voice.emoji", "language"]),
    );
    expect(card.persona.voice.emoji).toBeLessThan(20);
  });
});

describe("tavern_kit cards", () => {
  it.each(TAVERN_KIT_V2)("reads the V2 card %s", (path) => {
    const data = fixtureJson(path).data as Record<string, unknown>;
    const card = expectCard(readCardBytes(fixtureBytes(path)));
    expect(card).toMatchObject({ version: "v2", container: "json", exact: false });
    expect(card.persona.name).toBe(data.name);
    expect(card.persona.description).toBe(data.creator_notes);
    expect(card.persona.greeting).toBe(data.first_mes);
    expect((card.persona.extensions.characterCard as CharacterCardExtension).data).toEqual(data);
  });

  it.each(TAVERN_KIT_V3)("reads the V3 card %s", (path) => {
    const data = fixtureJson(path).data as Record<string, unknown>;
    const card = expectCard(readCardText(fixtureText(path)));
    expect(card).toMatchObject({ version: "v3", container: "json", exact: false });
    expect(card.persona.name).toBe(data.name);
    // {{char}} stands for the nickname in V3: so does the assistant's name.
    expect(card.persona.identity.assistantName).toBe(data.nickname ?? data.name);
    expect((card.persona.extensions.characterCard as CharacterCardExtension).data).toEqual(data);
  });

  it("maps Bob's personality and scenario into the purpose and his example into a pair", () => {
    const card = expectCard(
      readCardText(fixtureText("v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json")),
    );
    expect(card.persona.identity.purpose).toBe(
      "Personality: Enigmatic and wise.\nScenario: You meet Bob at a crossroads.\nCharacter: A mysterious traveler.",
    );
    expect(card.persona.examples).toEqual([
      { user: "Who are you?", assistant: "I am Bob, a traveler of many worlds." },
    ]);
  });

  it("prefers the ccv3 chunk when a PNG has both", () => {
    const card = expectCard(readCardBytes(fixtureBytes(BOTH_CHUNKS_PNG)));
    expect(card).toMatchObject({ version: "v3", container: "png" });
    // Only the V3 chunk has a nickname.
    expect(card.persona.identity.assistantName).toBe("TestChar");
    // Its example opens with the character: only the question-and-answer pair is an example.
    expect(card.persona.examples).toEqual([{ user: "Hello!", assistant: "Nice to meet you!" }]);
  });

  it("falls back to the chara chunk when the ccv3 one is broken", () => {
    const v2 = toBase64(v2Card({ name: "Fallback" }));
    const card = expectCard(readCardBytes(pngWith({ ccv3: "%%%", chara: v2 })));
    expect(card).toMatchObject({ version: "v2", persona: { name: "Fallback" } });
  });

  it("reads a V1 card (flat fields)", () => {
    const v1 = {
      name: "Old Timer",
      description: "From 2023.",
      first_mes: "Howdy.",
      mes_example: "<START>\n<USER>: Hi\n<BOT>: Howdy, partner.",
    };
    const card = expectCard(readCardText(JSON.stringify(v1)));
    expect(card).toMatchObject({
      version: "v1",
      persona: {
        name: "Old Timer",
        greeting: "Howdy.",
        examples: [{ user: "Hi", assistant: "Howdy, partner." }],
      },
    });
    expect(card.persona.extensions.characterCard).toEqual({
      spec: "chara_card_v1",
      spec_version: "1.0",
      data: v1,
    });
  });

  it("gives an imported card an id slugged from its name", () => {
    const card = expectCard(readCardText(v2Card({ name: "Élise — Mairie de Lyon" })));
    expect(card.persona.id).toBe("elise-mairie-de-lyon");
  });
});

describe("bad inputs", () => {
  it("refuses a file over the size limit before reading it", () => {
    const big = new Uint8Array(20 * 1024 * 1024);
    expect(problemOf(readCardBytes(big)).code).toBe("too-large");
    expect(MAX_CARD_BYTES).toBeLessThan(20 * 1024 * 1024);
    expect(problemOf(readCardText(`{"name":"${"x".repeat(MAX_CARD_BYTES)}"}`)).code).toBe(
      "too-large",
    );
  });

  it("refuses a card whose persona would be too large to open again as a file, and names its largest part", () => {
    const book = {
      entries: [
        { keys: ["lore"], content: "x".repeat(1_200_000), enabled: true, insertion_order: 0 },
      ],
    };
    const problem = problemOf(readCardText(v2Card({ name: "Librarian", character_book: book })));
    expect(problem).toEqual({
      code: "persona-too-large",
      message:
        'This card is within the 16 MiB file limit, but the persona made from it would be over 1 MB: the persona keeps the whole card, and a persona file is at most 1 MB; its largest part is "character_book" (1.2 MB)',
    });
  });

  // Two reads of 15 MB: about 2 s alone, more beside the fuzz suite in a full run.
  it(
    "says a 15 MB card is within the file limit: what is too large is the persona it would make",
    { timeout: 30_000 },
    () => {
      const json = v2Card({ name: "Verbose", description: "Long ".repeat(3_000_000) });
      expect(utf8(json).length).toBeGreaterThan(15_000_000);
      expect(utf8(json).length).toBeLessThan(MAX_CARD_BYTES);
      for (const outcome of [readCardText(json), readCardBytes(utf8(json))]) {
        expect(problemOf(outcome)).toMatchObject({
          code: "persona-too-large",
          message: expect.stringContaining('its largest part is "description" (15.0 MB)'),
        });
      }
    },
  );

  it("reads a PNG cut in half as damaged", () => {
    const bytes = fixtureBytes(SERAPHINA_PNG);
    expect(problemOf(readCardBytes(bytes.subarray(0, bytes.length >> 1)))).toEqual({
      code: "bad-png",
      message: "This PNG file is damaged or cut short and cannot be read",
    });
  });

  it("says a PNG without a card has none", () => {
    expect(problemOf(readCardBytes(pngWith({ Title: "holiday" }))).code).toBe("no-card-in-png");
  });

  it("says corrupt base64 is corrupt", () => {
    expect(problemOf(readCardBytes(pngWith({ chara: "eyJuYW1lIjo*!not base64" }))).code).toBe(
      "bad-base64",
    );
  });

  it("says invalid JSON inside the chunk is invalid JSON", () => {
    const problem = problemOf(
      readCardBytes(pngWith({ chara: toBase64('{"spec": "chara_card_v2", "data": {') })),
    );
    expect(problem.code).toBe("bad-json");
    expect(problem.message).toMatch(/^The character card is not valid JSON: /);
  });

  it("recognises a SillyTavern World Info file", () => {
    expect(problemOf(readCardBytes(fixtureBytes(LOREBOOK)))).toEqual({
      code: "lorebook",
      message: "This is a SillyTavern World Info (lorebook) file, not a character card",
    });
    expect(problemOf(readCardText('{"spec":"lorebook_v3","data":{"entries":[]}}')).code).toBe(
      "lorebook",
    );
  });

  it("refuses a card with no name", () => {
    expect(
      problemOf(
        readCardText(
          fixtureText(
            "invalid/tavern_kit__playground_test_fixtures_files_characters_invalid_missing_name.json",
          ),
        ),
      ).code,
    ).toBe("no-name");
    expect(problemOf(readCardText(v2Card({ name: "   " }))).code).toBe("no-name");
  });

  it("refuses a V3 card without its data wrapper", () => {
    const flat = {
      spec: "chara_card_v3",
      spec_version: "3.0",
      name: "Flat",
      description: "Fields at the top",
    };
    expect(problemOf(readCardText(JSON.stringify(flat))).code).toBe("no-data");
  });

  it("refuses data without a spec, and a spec it does not know", () => {
    expect(
      problemOf(
        readCardText(
          fixtureText(
            "invalid/tavern_kit__playground_test_fixtures_files_characters_invalid_missing_spec.json",
          ),
        ),
      ).code,
    ).toBe("unknown-spec");
    const problem = problemOf(readCardText('{"spec":"chara_card_v9","data":{"name":"Future"}}'));
    expect(problem).toEqual({
      code: "unknown-spec",
      message: 'This character card uses a spec this studio does not know: spec is "chara_card_v9"',
    });
  });

  it("routes a persona file with its own code", () => {
    const persona = JSON.stringify(makePersona());
    expect(problemOf(readCardText(persona)).code).toBe("is-persona");
    expect(problemOf(readCardBytes(utf8(persona))).code).toBe("is-persona");
  });

  it("refuses a studio card whose stored persona is not valid", () => {
    const card = cardV3(makePersona());
    const persona = card.data.extensions as { psydesign: { voice: { warmth: unknown } } };
    persona.psydesign.voice.warmth = 140;
    const problem = problemOf(readCardText(JSON.stringify(card)));
    expect(problem.code).toBe("invalid-persona");
    expect(problem.message).toContain("voice.warmth expected an integer from 0 to 100");
  });

  it("refuses a card with a key the persona door refuses, and names it", () => {
    const problem = problemOf(
      readCardText(
        '{"spec":"chara_card_v2","data":{"name":"Sly","extensions":{"__proto__":{"admin":true}}}}',
      ),
    );
    expect(problem).toEqual({
      code: "invalid-persona",
      message:
        'This character card cannot be made into a valid persona: extensions.characterCard.data.extensions.__proto__ the key "__proto__" is not allowed',
    });
  });

  it.each([
    ["not JSON", "name: Seraphina", "bad-json"],
    ["an empty file", "  \n", "not-a-card"],
    ["a JSON list", "[1, 2]", "not-a-card"],
    ["an object with no card field", '{"hello": "world"}', "not-a-card"],
  ] as const)("refuses %s", (_what, text, code) => {
    expect(problemOf(readCardText(text)).code).toBe(code);
  });

  it("refuses bytes that are neither PNG nor JSON", () => {
    const jpeg = Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70);
    expect(problemOf(readCardBytes(jpeg)).code).toBe("not-a-card");
  });

  it("reads JSON bytes with a byte-order mark", () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    const json = utf8(v2Card({ name: "Bommy" }));
    const bytes = new Uint8Array(bom.length + json.length);
    bytes.set(bom);
    bytes.set(json, bom.length);
    expect(expectCard(readCardBytes(bytes)).persona.name).toBe("Bommy");
  });

  it("never throws on a PNG cut anywhere before its end chunk", () => {
    const seraphina = fixtureBytes(SERAPHINA_PNG);
    // The last 12 bytes are the IEND chunk: every cut before it loses part of the image.
    for (const cut of [0, 7, 8, 20, 33, 100, 5000, seraphina.length - 12]) {
      const outcome = readCardBytes(seraphina.subarray(0, cut));
      expect(outcome.ok ? "ok" : outcome.problem.code).toBe(cut < 8 ? "not-a-card" : "bad-png");
    }
  });
});
