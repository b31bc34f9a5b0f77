import { decode } from "fast-png";
import { describe, expect, it } from "vitest";
import { compile } from "../compiler/compile";
import type { Persona } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { AVATAR_SIZE, avatarPixels } from "./avatar";
import { expectCard, fixtureJson, fixtureText, SERAPHINA_JSON } from "./card-test-kit";
import { cardPng, cardV2, cardV3 } from "./from-persona";
import { fromBase64 } from "./png";
import { readCardBytes, readCardText } from "./read";
import { voiceSummary } from "./voice-summary";

const camille = makePersona({
  id: "camille-mairie",
  name: "Mairie — accueil",
  language: "fr",
  description: "Assistante d'accueil de la mairie.",
  greeting: "Bonjour, je suis Camille. Que puis-je faire pour vous ?",
  examples: [
    { user: "Quels sont vos horaires ?", assistant: "La mairie est ouverte de 8 h 30 à 17 h." },
    { user: "Et le samedi ?", assistant: "Le samedi matin seulement,\nde 9 h à 12 h." },
  ],
});

/** The V2 fields the Character Card V2 spec requires, with their JSON types. */
const V2_FIELDS = {
  name: "string",
  description: "string",
  personality: "string",
  scenario: "string",
  first_mes: "string",
  mes_example: "string",
  creator_notes: "string",
  system_prompt: "string",
  post_history_instructions: "string",
  alternate_greetings: "array",
  tags: "array",
  creator: "string",
  character_version: "string",
  extensions: "object",
} as const;

const typeOf = (value: unknown) => (Array.isArray(value) ? "array" : typeof value);
const roundTripJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
/** Byte comparison: a deep toEqual over 262,144 pixel bytes takes seconds. */
const same = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array));

describe("cardV2 and cardV3", () => {
  it.each([
    ["V2", cardV2, "chara_card_v2", "2.0"],
    ["V3", cardV3, "chara_card_v3", "3.0"],
  ] as const)("write a %s card with every field the spec requires", (_v, write, spec, version) => {
    const card = write(camille);
    expect(card).toMatchObject({ spec, spec_version: version });
    for (const [field, type] of Object.entries(V2_FIELDS))
      expect([field, typeOf(card.data[field])]).toEqual([field, type]);
    expect(roundTripJson(card)).toEqual(card);
  });

  it("writes V3's required group_only_greetings and no dates", () => {
    const data = cardV3(camille).data;
    expect(data.group_only_greetings).toEqual([]);
    expect(data).not.toHaveProperty("creation_date");
  });

  it("maps the persona's texts to the card's fields", () => {
    const data = cardV2(camille).data;
    expect(data).toMatchObject({
      name: "Camille",
      // What the model may read: the identity the compiled prompt states, not the designer's notes.
      description: "Rôle : conseillère clientèle.\nOrganisation : Mairie de Lyon.",
      first_mes: "Bonjour, je suis Camille. Que puis-je faire pour vous ?",
      scenario: "",
      system_prompt: compile(camille).systemPrompt,
      personality: voiceSummary(camille),
      tags: [],
    });
    expect(data.mes_example).toBe(
      "<START>\n{{user}}: Quels sont vos horaires ?\n{{char}}: La mairie est ouverte de 8 h 30 à 17 h.\n" +
        "<START>\n{{user}}: Et le samedi ?\n{{char}}: Le samedi matin seulement,\nde 9 h à 12 h.",
    );
    expect(data.creator_notes).toMatch(
      /^Assistante d'accueil de la mairie\.\n\nCréé avec Psydesign Studio /,
    );
    expect(data.creator_notes).toContain("«\u202fMairie — accueil\u202f»");
  });

  it("writes the identity as the description, one line per field the persona fills, in its language", () => {
    const english = makePersona({
      language: "en",
      identity: {
        assistantName: "Alex",
        role: "support agent",
        organization: "",
        audience: "Home customers",
        purpose: "Fix connection faults!",
      },
    });
    expect(cardV2(english).data.description).toBe(
      "Role: support agent.\nAudience: Home customers.\nPurpose: Fix connection faults!",
    );
  });

  it("writes an empty system prompt when the export asks to leave the compiled prompt out", () => {
    expect(cardV2(camille, { compiledPrompt: false }).data.system_prompt).toBe("");
    expect(cardV3(camille, { compiledPrompt: true }).data.system_prompt).toBe(
      compile(camille).systemPrompt,
    );
  });

  it("repeats the V1 fields at the top level, as SillyTavern writes them", () => {
    for (const card of [cardV2(camille), cardV3(camille)]) {
      for (const field of [
        "name",
        "description",
        "personality",
        "scenario",
        "first_mes",
        "mes_example",
      ] as const) {
        expect([field, card[field]]).toEqual([field, card.data[field]]);
      }
    }
  });

  it("keeps the whole persona, a copy, under extensions.psydesign", () => {
    const data = cardV3(camille).data;
    const extensions = data.extensions as { psydesign: Persona };
    expect(extensions.psydesign).toEqual(camille);
    expect(extensions.psydesign).not.toBe(camille);
  });
});

describe("exporting a persona imported from a card", () => {
  it("gives back the fields the persona has no place for and the unknown extensions", () => {
    const original = fixtureJson("v2/tavern_kit__test_fixtures_full_v2_card.json").data as Record<
      string,
      unknown
    >;
    const persona = expectCard(
      readCardText(fixtureText("v2/tavern_kit__test_fixtures_full_v2_card.json")),
    ).persona;
    const data = cardV2(persona).data;
    const fields = [
      "name",
      "description",
      "personality",
      "scenario",
      "first_mes",
      "mes_example",
      "creator_notes",
      "system_prompt",
      "post_history_instructions",
      "alternate_greetings",
      "tags",
      "creator",
      "character_version",
    ];
    for (const field of fields) expect([field, data[field]]).toEqual([field, original[field]]);
    expect(data.extensions).toEqual({ ...(original.extensions as object), psydesign: persona });
  });

  it("gives back a lorebook repaired to the spec: the extensions it lacks, and nothing else changed", () => {
    const original = fixtureJson("v2/tavern_kit__test_fixtures_full_v2_card.json").data as {
      character_book: { entries: object[] };
    };
    const persona = expectCard(
      readCardText(fixtureText("v2/tavern_kit__test_fixtures_full_v2_card.json")),
    ).persona;
    const book = original.character_book;
    expect(cardV2(persona).data.character_book).toEqual({
      ...book,
      extensions: {},
      entries: book.entries.map((entry) => ({ ...entry, extensions: {} })),
    });
  });

  it("keeps a V3 card's own fields: nickname, assets, sources, multilingual notes, dates", () => {
    const path = "v3/tavern_kit__docs_fixtures_ccv3_st_export_like.json";
    const original = fixtureJson(path).data as Record<string, unknown>;
    const data = cardV3(expectCard(readCardText(fixtureText(path))).persona).data;
    for (const field of [
      "nickname",
      "assets",
      "source",
      "creator_notes_multilingual",
      "group_only_greetings",
      "creation_date",
      "modification_date",
    ]) {
      expect([field, data[field]]).toEqual([field, original[field]]);
    }
    expect((data.extensions as Record<string, unknown>).st_specific).toEqual({
      talkativeness: 0.8,
      fav: true,
    });
  });

  it("writes the card's own description, full length, and the designer's edited notes as creator notes", () => {
    const original = fixtureJson(SERAPHINA_JSON).data as Record<string, string>;
    const persona = expectCard(readCardText(fixtureText(SERAPHINA_JSON))).persona;
    expect(original.description!.length).toBeGreaterThan(2000);
    expect(cardV2(persona).data).toMatchObject({
      description: original.description,
      creator_notes: original.creator_notes,
    });
    const edited = cardV2({
      ...persona,
      description: "A forest guardian, for the bank's demo.",
    }).data;
    expect(edited).toMatchObject({
      description: original.description,
      creator_notes: "A forest guardian, for the bank's demo.",
    });
  });

  it("keeps the card's own personality and system prompt, and writes the compiled prompt only when asked", () => {
    const path = "v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json";
    const original = fixtureJson(path).data as Record<string, string>;
    const persona = expectCard(readCardText(fixtureText(path))).persona;
    const moved = { ...persona, voice: { ...persona.voice, warmth: 95, humor: 90 } };
    expect(cardV3(moved).data).toMatchObject({
      personality: "Enigmatic and wise.",
      system_prompt: "You are {{char}}. {{original}}",
    });
    expect(cardV3(moved, { compiledPrompt: true }).data).toMatchObject({
      personality: original.personality,
      system_prompt: compile(moved).systemPrompt,
    });
  });

  it("writes edited greeting and examples, and the original macros for untouched ones", () => {
    const path = "v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json";
    const persona = expectCard(readCardText(fixtureText(path))).persona;
    const untouched = cardV2(persona).data;
    expect(untouched.mes_example).toBe(
      "<START>\n{{user}}: Who are you?\n{{char}}: I am Bob, a traveler of many worlds.",
    );
    const edited = cardV2({
      ...persona,
      greeting: "Well met.",
      examples: [{ user: "Hi", assistant: "Hello." }],
    }).data;
    expect(edited).toMatchObject({
      first_mes: "Well met.",
      mes_example: "<START>\n{{user}}: Hi\n{{char}}: Hello.",
    });
    expect(edited.alternate_greetings).toEqual(untouched.alternate_greetings);
  });

  it("renames a V3 character through its nickname, which {{char}} stands for", () => {
    const path = "v3/tavern_kit__test_fixtures_full_v3_card.json";
    const persona = expectCard(readCardText(fixtureText(path))).persona;
    const renamed = {
      ...persona,
      identity: { ...persona.identity, assistantName: "Commander Nova" },
    };
    expect(cardV3(renamed).data).toMatchObject({ name: "Nova", nickname: "Commander Nova" });
  });
});

describe("a studio card edited in another tool", () => {
  it("comes back exactly when nothing was edited", () => {
    const card = expectCard(readCardText(JSON.stringify(cardV3(camille))));
    expect(card).toMatchObject({
      exact: true,
      version: "v3",
      estimated: { settings: [], words: 0 },
    });
    expect(card.persona).toEqual(camille);
    expect(card.editedElsewhere).toBeUndefined();
  });

  it("takes the edited texts and keeps the sliders", () => {
    const card = cardV2(camille);
    card.data.first_mes = "Bonjour ! Bienvenue à la mairie.";
    const read = expectCard(readCardText(JSON.stringify(card)));
    expect(read).toMatchObject({ exact: false, editedElsewhere: ["first_mes"] });
    expect(read.persona.greeting).toBe("Bonjour ! Bienvenue à la mairie.");
    expect(read.persona.voice).toEqual(camille.voice);
    expect(read.persona.examples).toEqual(camille.examples);
    // Exported again, the card keeps the edit.
    expect(cardV2(read.persona).data.first_mes).toBe("Bonjour ! Bienvenue à la mairie.");
  });
});

describe("cardPng", () => {
  it("is a PNG portrait carrying the V3 card in ccv3 and the V2 card in chara", () => {
    const png = decode(cardPng(camille));
    expect([png.width, png.height, png.channels]).toEqual([AVATAR_SIZE, AVATAR_SIZE, 4]);
    expect(JSON.parse(fromBase64(png.text.ccv3 ?? "") ?? "")).toEqual(
      roundTripJson(cardV3(camille)),
    );
    expect(JSON.parse(fromBase64(png.text.chara ?? "") ?? "")).toEqual(
      roundTripJson(cardV2(camille)),
    );
  });

  it("reads back to the same persona", () => {
    const card = expectCard(readCardBytes(cardPng(camille)));
    expect(card).toMatchObject({ exact: true, version: "v3", container: "png" });
    expect(card.persona).toEqual(camille);
  });

  it("draws its portrait from the persona id: the same for the same id, another for another", () => {
    expect(same(decode(cardPng(camille)).data, avatarPixels(camille.id))).toBe(true);
    expect(same(avatarPixels("camille-mairie"), avatarPixels(camille.id))).toBe(true);
    expect(same(avatarPixels("someone-else"), avatarPixels(camille.id))).toBe(false);
  });
});

describe("voiceSummary", () => {
  it("names each dimension's band and the address, in English", () => {
    const persona = makePersona({
      language: "en",
      address: "informal",
      voice: {
        warmth: 85,
        humor: 0,
        enthusiasm: 45,
        register: 25,
        institutional: 10,
        verbosity: 30,
        emoji: 65,
      },
    });
    expect(voiceSummary(persona)).toBe(
      "Warmth: very warm; humor: serious; enthusiasm: positive; register: casual; institutional language: personal; verbosity: brief; emoji: regular; address: informal (first names).",
    );
  });

  it("follows French typography in French", () => {
    const summary = voiceSummary(makePersona({ language: "fr", address: "formal" }));
    expect(summary).toMatch(/^Chaleur\u202f: cordial\u202f; humour\u202f: /u);
    expect(summary).toMatch(/vouvoiement\.$/u);
    expect(summary).not.toMatch(/[^\u202f][;:]/u);
    expect(summary).not.toContain("\n");
  });
});
