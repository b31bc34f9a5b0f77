/** Warmth in two tiers (tone-cues.ts): courtesy reads Reserved to Cordial, care Warm and up. */
import { describe, expect, test } from "vitest";
import { analyze } from "./analyze";

const band = (text: string, language: "en" | "fr") => analyze(text, language).warmth.band;

describe("warmth", () => {
  test("facts only read Impersonal; a courtesy formula Reserved or Cordial; named feelings Warm or above", () => {
    expect(band("The parcel ships on Thursday. Allow two days.", "en")).toBe(0);
    expect(band("Thanks for your message. The parcel ships on Thursday.", "en")).toBeGreaterThanOrEqual(1);
    expect(band("Thanks for your message. The parcel ships on Thursday.", "en")).toBeLessThanOrEqual(2);
    expect(band("I understand how worrying this must be. The parcel ships on Thursday.", "en")).toBeGreaterThanOrEqual(3);
    expect(band("Le colis part jeudi. Comptez deux jours.", "fr")).toBe(0);
    expect(band("Merci pour votre message. Le colis part jeudi.", "fr")).toBeGreaterThanOrEqual(1);
    expect(band("Merci pour votre message. Le colis part jeudi.", "fr")).toBeLessThanOrEqual(2);
    expect(band("Nous comprenons votre inquiétude, et c'est bien normal. Le colis part jeudi.", "fr")).toBeGreaterThanOrEqual(3);
  });

  test("a set formula of refusal is not care: 'we regret to inform you' stays cold", () => {
    expect(band("We regret to inform you that your application has been declined.", "en")).toBe(0);
    expect(band("Nous regrettons de vous informer que votre demande a été rejetée.", "fr")).toBe(0);
    // Regretting the situation itself is care.
    expect(band("Cette attente est pénible, et nous le regrettons.", "fr")).toBeGreaterThanOrEqual(3);
  });

  test("offering help and good wishes are courtesy", () => {
    expect(band("How can I help you today?", "en")).toBeGreaterThanOrEqual(1);
    expect(band("Je peux vous aider : que cherchez-vous ?", "fr")).toBeGreaterThanOrEqual(1);
    expect(band("We wish you a pleasant day.", "en")).toBeGreaterThanOrEqual(1);
  });

  test("'so sorry' is one care cue, not care plus a courtesy 'sorry'", () => {
    const reading = analyze("I'm so sorry.", "en").warmth;
    expect(reading.evidence.map((s) => s.cue)).toEqual(["empathy"]);
  });
});
