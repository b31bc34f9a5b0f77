import { describe, expect, it } from "vitest";
import { compile } from "../compiler/compile";
import { makePersona } from "../../../tests/helpers/make-persona";
import { compiledPromptByDefault } from "./card-origin";
import { expectCard, fixtureJson, fixtureText } from "./card-test-kit";
import { characterDescription } from "./character-description";
import { cardV2, cardV3 } from "./from-persona";
import { readCardText } from "./read";
import type { CharacterCardExtension } from "./types";
import { voiceSummary } from "./voice-summary";

const iris = makePersona({
  id: "iris",
  name: "Iris — mairie",
  language: "fr",
  description: "Pour la démo du conseil municipal.",
  identity: {
    assistantName: "Iris",
    role: "assistante d'accueil",
    purpose: "Orienter les usagers.",
  },
  greeting: "Bonjour, je suis Iris.",
});
const reread = (card: unknown) => expectCard(readCardText(JSON.stringify(card)));
const BOB = "v2/tavern_kit__docs_fixtures_ccv2_with_overrides.json";

describe("the export's default for the compiled prompt", () => {
  it("is on for a persona made in the studio and off for one imported from a card", () => {
    expect(compiledPromptByDefault(iris)).toBe(true);
    expect(compiledPromptByDefault(expectCard(readCardText(fixtureText(BOB))).persona)).toBe(false);
  });

  it("stays on for a studio card edited elsewhere, unless the other tool wrote its own system prompt", () => {
    const greeted = cardV3(iris);
    greeted.data.first_mes = "Bonjour !";
    expect(compiledPromptByDefault(reread(greeted).persona)).toBe(true);
    const prompted = cardV3(iris);
    prompted.data.system_prompt = "Tu es Iris, sois brève.";
    expect(compiledPromptByDefault(reread(prompted).persona)).toBe(false);
  });
});

describe("a studio card edited in another tool", () => {
  it("comes back exactly whichever system prompt the export chose", () => {
    for (const compiledPrompt of [true, false]) {
      expect(reread(cardV2(iris, { compiledPrompt }))).toMatchObject({
        exact: true,
        persona: iris,
      });
    }
  });

  it("takes edited creator notes as the designer's description, the studio's note taken off", () => {
    const card = cardV2(iris);
    card.data.creator_notes = String(card.data.creator_notes).replace(
      "Pour la démo",
      "Pour la présentation",
    );
    const read = reread(card);
    expect(read).toMatchObject({ exact: false, editedElsewhere: ["creator_notes"] });
    expect(read.persona.description).toBe("Pour la présentation du conseil municipal.");
    expect(cardV2(read.persona).data.creator_notes).toBe(card.data.creator_notes);
  });

  it("keeps an edited personality and system prompt, and lets the fields nobody edited follow the persona", () => {
    const card = cardV3(iris);
    card.data.personality = "Brève et chaleureuse.";
    card.data.system_prompt = "Tu es Iris, sois brève.";
    const read = reread(card);
    expect(read.editedElsewhere).toEqual(["personality", "system_prompt"]);
    expect((read.persona.extensions.characterCard as CharacterCardExtension).fromStudio).toBe(true);
    const moved = {
      ...read.persona,
      voice: { ...read.persona.voice, warmth: 95 },
      identity: { ...read.persona.identity, role: "guide" },
    };
    expect(cardV3(moved).data).toMatchObject({
      personality: "Brève et chaleureuse.",
      system_prompt: "Tu es Iris, sois brève.",
      description: characterDescription(moved),
    });
    expect(cardV3(moved, { compiledPrompt: true }).data.system_prompt).toBe(
      compile(moved).systemPrompt,
    );
  });

  it("reads a card exported before the description and personality were derived as they are now as unedited", () => {
    const card = cardV2(iris);
    card.data.description = iris.description;
    card.data.personality = voiceSummary(iris);
    expect(reread(card)).toMatchObject({ exact: true, persona: iris });
  });
});

describe("an imported card, exported and edited elsewhere", () => {
  it("keeps its author's system prompt when the export had written the compiled one", () => {
    const author = (fixtureJson(BOB).data as Record<string, string>).system_prompt;
    const persona = expectCard(readCardText(fixtureText(BOB))).persona;
    const card = cardV2(persona, { compiledPrompt: true });
    card.data.first_mes = "Well met, stranger.";
    const read = reread(card);
    expect(read).toMatchObject({
      editedElsewhere: ["first_mes"],
      persona: { greeting: "Well met, stranger." },
    });
    expect(compiledPromptByDefault(read.persona)).toBe(false);
    expect(cardV2(read.persona).data).toMatchObject({
      system_prompt: author,
      first_mes: "Well met, stranger.",
    });
  });
});
