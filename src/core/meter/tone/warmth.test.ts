/** Warmth in two tiers (cues.ts): courtesy reads Reserved to Cordial, care Warm and up. */
import { describe, expect, test } from "vitest";
import { analyze } from "../analyze";

const band = (text: string, language: "en" | "fr") => analyze(text, language).warmth.band;
const cues = (text: string) => analyze(text, "en").warmth.evidence.map((s) => s.cue);

describe("warmth", () => {
  test("facts only read Impersonal; a courtesy formula Reserved or Cordial; named feelings Warm or above", () => {
    expect(band("The parcel ships on Thursday. Allow two days.", "en")).toBe(0);
    expect(
      band("Thanks for your message. The parcel ships on Thursday.", "en"),
    ).toBeGreaterThanOrEqual(1);
    expect(
      band("Thanks for your message. The parcel ships on Thursday.", "en"),
    ).toBeLessThanOrEqual(2);
    expect(
      band("I understand how worrying this must be. The parcel ships on Thursday.", "en"),
    ).toBeGreaterThanOrEqual(3);
    expect(band("Le colis part jeudi. Comptez deux jours.", "fr")).toBe(0);
    expect(band("Merci pour votre message. Le colis part jeudi.", "fr")).toBeGreaterThanOrEqual(1);
    expect(band("Merci pour votre message. Le colis part jeudi.", "fr")).toBeLessThanOrEqual(2);
    expect(
      band("Nous comprenons votre inquiétude, et c'est bien normal. Le colis part jeudi.", "fr"),
    ).toBeGreaterThanOrEqual(3);
  });

  test("a set formula of refusal is not care: 'we regret to inform you' stays cold", () => {
    expect(band("We regret to inform you that your application has been declined.", "en")).toBe(0);
    expect(band("Nous regrettons de vous informer que votre demande a été rejetée.", "fr")).toBe(0);
    // Regretting the situation itself is care.
    expect(band("Cette attente est pénible, et nous le regrettons.", "fr")).toBeGreaterThanOrEqual(
      3,
    );
  });

  // The same words in both languages read the same band: acknowledgements are courtesy,
  // saying one will not let go of the person's problem is care.
  test.each([
    [
      "Your question is noted. The office opens at nine.",
      "Votre question est bien notée. Le bureau ouvre à neuf heures.",
    ],
    [
      "The request has been received. The office opens at nine.",
      "La demande est bien reçue. Le bureau ouvre à neuf heures.",
    ],
    [
      "I have understood your request. The office opens at nine.",
      "J'ai bien compris votre demande. Le bureau ouvre à neuf heures.",
    ],
    [
      "That is a perfectly fair request. The office opens at nine.",
      "Votre demande est tout à fait légitime. Le bureau ouvre à neuf heures.",
    ],
    ["Nice question. The office opens at nine.", "Jolie question. Le bureau ouvre à neuf heures."],
    [
      "Let us take the time we need. The office opens at nine.",
      "Prenons le temps qu'il faut. Le bureau ouvre à neuf heures.",
    ],
    [
      "I will not let this go until it is resolved. The office opens at nine.",
      "Je ne vous lâche pas avant que ce soit réglé. Le bureau ouvre à neuf heures.",
    ],
    [
      "I can tell you have had enough. The office opens at nine.",
      "Je sens que vous en avez assez. Le bureau ouvre à neuf heures.",
    ],
  ])("%j reads the band of its French translation", (en, fr) => {
    expect(band(en, "en")).toBe(band(fr, "fr"));
    expect(band(en, "en")).toBeGreaterThanOrEqual(1);
  });

  test("offering help and good wishes are courtesy", () => {
    expect(band("How can I help you today?", "en")).toBeGreaterThanOrEqual(1);
    expect(band("Je peux vous aider : que cherchez-vous ?", "fr")).toBeGreaterThanOrEqual(1);
    expect(band("We wish you a pleasant day.", "en")).toBeGreaterThanOrEqual(1);
    // The same offer in formal English, and the casual acknowledgement.
    expect(band("How may I assist you?", "en")).toBeGreaterThanOrEqual(1);
    expect(band("We are happy to assist.", "en")).toBeGreaterThanOrEqual(1);
    expect(band("Got your message.", "en")).toBeGreaterThanOrEqual(1);
    expect(band("The office will assist the committee.", "en")).toBe(0);
  });

  test("courtesy alone reads Cordial at most, however dense; one care cue lifts it", () => {
    const polite = "You are very welcome, it was a pleasure. We wish you a very pleasant day.";
    const poli =
      "Je vous en prie, c'était avec plaisir. Nous vous souhaitons une excellente journée.";
    expect(analyze(polite, "en").warmth.evidence.length).toBeGreaterThanOrEqual(4);
    expect(band(polite, "en")).toBe(2);
    expect(band(poli, "fr")).toBe(2);
    expect(band(`${polite} We are here for you.`, "en")).toBeGreaterThanOrEqual(3);
    expect(band(`${poli} Nous sommes là pour vous.`, "fr")).toBeGreaterThanOrEqual(3);
  });

  test("'that's what I'm here for' is a courtesy formula: its 'I'm here' is not care", () => {
    expect(cues("Glad to help, that's what I'm here for.")).not.toContain("empathy");
    expect(cues("Glad to help, that is what we are here for.")).not.toContain("empathy");
    expect(band("Glad to help, that's what I'm here for.", "en")).toBeLessThanOrEqual(2);
    expect(cues("Don't give up: I'm here, and we will sort it out.")).toContain("empathy");
  });

  test("'I'm here for that' is availability, not care, in both languages; 'what can I do for you?' offers help", () => {
    expect(cues("Ask your question, I'm here for that.")).not.toContain("empathy");
    expect(band("Ask your question, we are here for that.", "en")).toBe(
      band("Posez votre question, nous sommes là pour ça.", "fr"),
    );
    expect(band("Posez votre question, je suis là pour cela.", "fr")).toBeLessThanOrEqual(2);
    // Staying with the person is still care.
    expect(band("Ne vous inquiétez pas, je suis là pour vous.", "fr")).toBeGreaterThanOrEqual(3);
    expect(band("What can I do for you?", "en")).toBe(band("Que puis-je faire pour vous ?", "fr"));
    expect(band("What can I do for you?", "en")).toBeGreaterThanOrEqual(1);
  });

  test("'so sorry' is one care cue, not care plus a courtesy 'sorry'", () => {
    const reading = analyze("I'm so sorry.", "en").warmth;
    expect(reading.evidence.map((s) => s.cue)).toEqual(["empathy"]);
  });
});
