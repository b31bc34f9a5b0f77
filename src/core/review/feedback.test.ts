import { describe, expect, it } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import {
  FEEDBACK_FORMAT,
  createFeedback,
  feedbackFilename,
  restoreFeedback,
  restoreFeedbackText,
  runsOnOf,
  serializeFeedback,
  type ReplyRating,
} from "./feedback";

const persona = makePersona({ id: "mairie-lyon" });
const ratings: ReplyRating[] = [
  { reply: "Bonjour, que puis-je faire pour vous ?", user: "Bonjour", scenarioId: "welcome-fr", rating: "up", comment: "  Parfait.  " },
  { reply: "Votre dossier est en cours.", user: "Où en est ma demande ?", rating: "down", comment: "" },
  { reply: "Merci.", user: "Au revoir", rating: null, comment: "" },
  { reply: "Je transmets.", user: "Je veux parler à quelqu'un", rating: null, comment: "Trop sec" },
];
const feedback = createFeedback({ persona, runsOn: { kind: "rehearsal" }, ratings, createdAt: "2025-03-01T10:15:00.000Z" });

describe("createFeedback", () => {
  it("keeps the rated or commented replies, comments trimmed, and the whole persona", () => {
    expect(feedback).toMatchObject({ format: FEEDBACK_FORMAT, version: 1, createdAt: "2025-03-01T10:15:00.000Z", runsOn: { kind: "rehearsal" } });
    expect(feedback.persona).toBe(persona);
    expect(feedback.ratings).toEqual([
      { reply: "Bonjour, que puis-je faire pour vous ?", user: "Bonjour", scenarioId: "welcome-fr", rating: "up", comment: "Parfait." },
      { reply: "Votre dossier est en cours.", user: "Où en est ma demande ?", rating: "down", comment: "" },
      { reply: "Je transmets.", user: "Je veux parler à quelqu'un", rating: null, comment: "Trop sec" },
    ]);
  });

  it("names the file after the persona and the day", () => {
    expect(feedbackFilename(feedback)).toBe("mairie-lyon.feedback.2025-03-01.json");
  });
});

describe("runsOnOf", () => {
  it("says offline rehearsal, or the endpoint's host and model", () => {
    expect(runsOnOf({ provider: "rehearsal" })).toEqual({ kind: "rehearsal" });
    expect(runsOnOf({ provider: "openai-compatible", baseURL: "http://localhost:11434/v1", model: " llama3.2 " })).toEqual({
      kind: "endpoint",
      model: "llama3.2",
      host: "localhost:11434",
    });
  });

  it("keeps no credentials that a base URL may carry", () => {
    const runsOn = runsOnOf({ provider: "openai-compatible", baseURL: "https://me:sk-secret123@gw.example.com/v1?api-key=sk-other456", model: "m" });
    const text = serializeFeedback(createFeedback({ persona, runsOn, ratings, createdAt: "2025-03-01T10:15:00Z" }));
    expect(runsOn).toEqual({ kind: "endpoint", model: "m", host: "gw.example.com" });
    expect(text).not.toMatch(/secret|sk-other|api-key|me:/);
    expect(runsOnOf({ provider: "openai-compatible", baseURL: "not a url sk-abc", model: "m" })).toEqual({ kind: "endpoint", model: "m", host: "" });
  });
});

describe("restoreFeedbackText", () => {
  it("reads back what was saved", () => {
    const restored = restoreFeedbackText(serializeFeedback(feedback));
    expect(restored).toEqual({ ok: true, feedback: JSON.parse(JSON.stringify(feedback)) });
  });

  it("accepts a byte order mark and an endpoint", () => {
    const endpoint = { ...feedback, runsOn: { kind: "endpoint", model: "gpt-4o-mini", host: "api.openai.com" } };
    expect(restoreFeedbackText(`\uFEFF${JSON.stringify(endpoint)}`).ok).toBe(true);
  });

  const valid = JSON.parse(serializeFeedback(feedback)) as Record<string, unknown>;
  const without = (key: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

  it.each([
    ["an empty file", "  ", "", /empty/],
    ["not JSON", "{ nope", "", /not valid JSON/],
    ["a list", "[]", "", /expected a feedback object/],
    ["a persona file", JSON.stringify(persona), "format", /not a review feedback file/],
    ["a newer version", JSON.stringify({ ...valid, version: 2 }), "version", /newer version/],
    ["a missing persona", JSON.stringify(without("persona")), "persona", /required but missing/],
    ["an invalid persona", JSON.stringify({ ...valid, persona: { ...persona, address: "yo" } }), "persona.address", /informal/],
    ["a bad date", JSON.stringify({ ...valid, createdAt: "yesterday" }), "createdAt", /date and time/],
    ["a missing rating list", JSON.stringify(without("ratings")), "ratings", /missing/],
    ["a bad rating", JSON.stringify({ ...valid, ratings: [{ ...feedback.ratings[0], rating: "meh" }] }), "ratings[0].rating", /"up", "down" or null/],
    ["an unknown runsOn", JSON.stringify({ ...valid, runsOn: { kind: "magic" } }), "runsOn.kind", /rehearsal/],
    ["a key smuggled in", JSON.stringify({ ...valid, runsOn: { kind: "endpoint", model: "m", host: "h", apiKey: "sk-1" } }), "runsOn", /unknown keys "apiKey"/],
  ])("explains %s", (_, text, path, message) => {
    const result = restoreFeedbackText(text);
    expect(result.ok).toBe(false);
    const problem = !result.ok ? result.problems.find((p) => p.path === path) : undefined;
    expect(problem?.message).toMatch(message);
  });

  it("refuses a file larger than any feedback", () => {
    const result = restoreFeedbackText(" ".repeat(9_000_000));
    expect(!result.ok && result.problems[0]?.message).toMatch(/larger than 8 MB/);
  });

  it("takes parsed values too", () => {
    expect(restoreFeedback(null)).toMatchObject({ ok: false, problems: [{ path: "" }] });
  });
});
