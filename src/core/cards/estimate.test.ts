import { describe, expect, it } from "vitest";
import { DIMENSION_IDS } from "../persona/constants";
import { expectCard, v2Card } from "./card-test-kit";
import { guessLanguage, spokenReplies } from "./card-fields";
import { estimateVoice, MIN_ESTIMATE_WORDS } from "./estimate";
import { readCardText } from "./read";

const CHEERFUL = v2Card({
  name: "Sunny",
  first_mes: "Hey there! 👋 So happy to see you! What fun thing are we doing today? 🌈",
  mes_example: [
    "<START>",
    "{{user}}: Can you help me plan a picnic?",
    "{{char}}: Oh, I'd love to! 😊 A picnic is such a wonderful idea! Let's pick a sunny spot, pack yummy sandwiches and lots of fruit 🍓🍉. Don't forget a blanket! 🎉",
    "<START>",
    "{{user}}: It might rain.",
    "{{char}}: No worries at all, friend! ☔ We'll bring umbrellas and make it an adventure! Rainy picnics are the best, honestly 😄",
  ].join("\n"),
});

const STIFF = v2Card({
  name: "Registrar",
  first_mes: "Good afternoon. Please state the purpose of your enquiry.",
  mes_example: [
    "<START>",
    "{{user}}: Can you help me plan a picnic?",
    "{{char}}: Certainly. Kindly indicate the intended date and the number of attendees. The arrangements shall be made in accordance with the applicable regulations.",
    "<START>",
    "{{user}}: It might rain.",
    "{{char}}: In that event, the reservation of a covered shelter is recommended. Please be advised that cancellation requests must be submitted in writing.",
  ].join("\n"),
});

const TU = v2Card({
  name: "Lou",
  first_mes: "Salut ! Tu es enfin là, je suis trop contente de te voir.",
  mes_example:
    "<START>\n{{user}}: Tu peux m'aider ?\n{{char}}: Bien sûr ! Dis-moi ce qui se passe et on va trouver une solution ensemble, je te le promets.",
});

const VOUS = v2Card({
  name: "Maître Duval",
  first_mes: "Bonjour. Je vous remercie de votre visite, veuillez vous asseoir.",
  mes_example:
    "<START>\n{{user}}: Pouvez-vous m'aider ?\n{{char}}: Certainement. Exposez-moi votre situation et je vous indiquerai les démarches que vous devrez accomplir.",
});

describe("estimating the voice from the card's dialogue", () => {
  it("reads a cheerful emoji-laden card warmer, livelier, more casual and more emoji than a stiff one", () => {
    const sunny = expectCard(readCardText(CHEERFUL)).persona;
    const registrar = expectCard(readCardText(STIFF)).persona;
    expect(sunny.voice.warmth).toBeGreaterThan(registrar.voice.warmth);
    expect(sunny.voice.enthusiasm).toBeGreaterThan(registrar.voice.enthusiasm + 20);
    expect(sunny.voice.register).toBeLessThan(registrar.voice.register);
    expect(sunny.voice.institutional).toBeLessThan(registrar.voice.institutional);
    expect(sunny.voice.emoji).toBeGreaterThanOrEqual(80);
    expect(registrar.voice.emoji).toBeLessThan(20);
  });

  it("says which settings it estimated and from how many words", () => {
    const card = expectCard(readCardText(CHEERFUL));
    expect(card.estimated.settings).toEqual([
      ...DIMENSION_IDS.map((id) => `voice.${id}`),
      "address",
      "language",
    ]);
    // Both replies (27 and 19 words) and the greeting (14); the user's lines are not counted.
    expect(card.estimated.words).toBe(60);
  });

  it("reads an English card that says hey as informal, and one that names nobody as formal by default", () => {
    expect(expectCard(readCardText(CHEERFUL)).persona.address).toBe("informal");
    const stiff = expectCard(readCardText(STIFF));
    expect(stiff.persona.address).toBe("formal");
    expect(stiff.estimated.settings).not.toContain("address");
  });

  it("reads a French card's tu and vous", () => {
    const lou = expectCard(readCardText(TU));
    expect(lou.persona).toMatchObject({
      language: "fr",
      address: "informal",
      identity: { role: "personnage de jeu de rôle" },
    });
    expect(lou.estimated.settings).toEqual(expect.arrayContaining(["address", "language"]));
    expect(expectCard(readCardText(VOUS)).persona).toMatchObject({
      language: "fr",
      address: "formal",
    });
  });

  it("keeps every slider at 50 when there is too little dialogue to read", () => {
    const card = expectCard(
      readCardText(
        v2Card({
          name: "Terse",
          first_mes: "Hello.",
          mes_example: "<START>\n{{user}}: Hi\n{{char}}: Hi.",
        }),
      ),
    );
    expect(card.estimated.words).toBeLessThan(MIN_ESTIMATE_WORDS);
    expect(Object.values(card.persona.voice)).toEqual([50, 50, 50, 50, 50, 50, 50]);
    expect(card.estimated.settings.filter((s) => s.startsWith("voice."))).toEqual([]);
  });

  it("reads only what the character says, not the narration around it", () => {
    const card = v2Card({
      name: "Mime",
      first_mes:
        '*She smiles warmly and waves, thrilled beyond words!!!* "Good evening." *She bows.*',
    });
    expect(expectCard(readCardText(card)).estimated.words).toBe(2);
  });

  it("weighs each reply by its words", () => {
    const short = "Wonderful!!! 😊";
    const long =
      "The request has been recorded in accordance with the procedure. A reference number will be issued by the department within ten working days.";
    const mixed = estimateVoice([short, long], "en");
    const alone = estimateVoice([long], "en");
    expect(Math.abs(mixed.voice.enthusiasm - alone.voice.enthusiasm)).toBeLessThan(25);
  });
});

describe("spokenReplies", () => {
  it("hands the meter 20,000 characters of dialogue at most, each reply cut at 4,000", () => {
    const reply = "Well, hello there, traveller. ".repeat(200);
    const mesExample = Array.from(
      { length: 40 },
      () => `<START>\n{{user}}: Hi\n{{char}}: ${reply}`,
    ).join("\n");
    const replies = spokenReplies({ name: "Talker", mes_example: mesExample, first_mes: "Hi." });
    expect(replies.every((r) => r.length <= 4_000)).toBe(true);
    expect(replies.reduce((sum, r) => sum + r.length, 0)).toBe(20_000);
    expect(
      spokenReplies({ name: "Brief", mes_example: "{{char}}: Hello.", first_mes: "Hi." }),
    ).toEqual(["Hello.", "Hi."]);
  });
});

describe("guessLanguage", () => {
  it.each([
    ["Je suis là pour vous aider, et c'est avec plaisir que je vous réponds.", "fr"],
    ["I am here to help you, and it is a pleasure to answer.", "en"],
    ["*waves*", undefined],
  ] as const)("reads %j as %s", (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  it("decides on the first 20,000 characters: the megabyte after them is not read", () => {
    const french = "Je suis là pour vous aider avec plaisir. ".repeat(480);
    expect(french.length).toBeLessThan(20_000);
    expect(
      guessLanguage(french + "It is the one and only answer you will have. ".repeat(25_000)),
    ).toBe("fr");
  });

  it("defaults an unguessable card to English and says nothing about language", () => {
    const card = expectCard(readCardText(v2Card({ name: "Xy", description: "Robot." })));
    expect(card.persona.language).toBe("en");
    expect(card.estimated.settings).not.toContain("language");
  });
});
