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
  {
    reply: "Bonjour, que puis-je faire pour vous ?",
    user: "Bonjour",
    scenarioId: "welcome-fr",
    rating: "up",
    comment: "  Parfait.  ",
  },
  {
    reply: "Votre dossier est en cours.",
    user: "Où en est ma demande ?",
    rating: "down",
    comment: "",
  },
  { reply: "Merci.", user: "Au revoir", rating: null, comment: "" },
  { reply: "Je transmets.", user: "Je veux parler à quelqu'un", rating: null, comment: "Trop sec" },
];
const feedback = createFeedback({
  persona,
  runsOn: { kind: "rehearsal" },
  ratings,
  createdAt: "2025-03-01T10:15:00.000Z",
});

describe("createFeedback", () => {
  it("keeps the rated or commented replies, comments trimmed, and the whole persona", () => {
    expect(feedback).toMatchObject({
      format: FEEDBACK_FORMAT,
      version: 1,
      createdAt: "2025-03-01T10:15:00.000Z",
      runsOn: { kind: "rehearsal" },
    });
    expect(feedback.persona).toBe(persona);
    expect(feedback.ratings).toEqual([
      {
        reply: "Bonjour, que puis-je faire pour vous ?",
        user: "Bonjour",
        scenarioId: "welcome-fr",
        rating: "up",
        comment: "Parfait.",
      },
      {
        reply: "Votre dossier est en cours.",
        user: "Où en est ma demande ?",
        rating: "down",
        comment: "",
      },
      {
        reply: "Je transmets.",
        user: "Je veux parler à quelqu'un",
        rating: null,
        comment: "Trop sec",
      },
    ]);
  });

  it("names the file after the persona and the day", () => {
    expect(feedbackFilename(feedback)).toBe("mairie-lyon.feedback.2025-03-01.json");
  });
});

describe("runsOnOf", () => {
  it("says offline rehearsal, or the endpoint's host and model", () => {
    expect(runsOnOf({ provider: "rehearsal" })).toEqual({ kind: "rehearsal" });
    expect(
      runsOnOf({
        provider: "openai-compatible",
        baseURL: "http://localhost:11434/v1",
        model: " llama3.2 ",
      }),
    ).toEqual({
      kind: "endpoint",
      model: "llama3.2",
      host: "localhost:11434",
    });
  });

  it("keeps no credentials that a base URL may carry", () => {
    const runsOn = runsOnOf({
      provider: "openai-compatible",
      baseURL: "https://me:sk-secret123@gw.example.com/v1?api-key=sk-other456",
      model: "m",
    });
    const text = serializeFeedback(
      createFeedback({ persona, runsOn, ratings, createdAt: "2025-03-01T10:15:00Z" }),
    );
    expect(runsOn).toEqual({ kind: "endpoint", model: "m", host: "gw.example.com" });
    expect(text).not.toMatch(/secret|sk-other|api-key|me:/);
    expect(
      runsOnOf({ provider: "openai-compatible", baseURL: "not a url sk-abc", model: "m" }),
    ).toEqual({ kind: "endpoint", model: "m", host: "" });
  });
});

describe("restoreFeedbackText", () => {
  it("reads back what was saved", () => {
    const restored = restoreFeedbackText(serializeFeedback(feedback));
    expect(restored).toEqual({ ok: true, feedback: JSON.parse(JSON.stringify(feedback)) });
  });

  it("accepts a byte order mark and an endpoint", () => {
    const endpoint = {
      ...feedback,
      runsOn: { kind: "endpoint", model: "gpt-4o-mini", host: "api.openai.com" },
    };
    expect(restoreFeedbackText(`\uFEFF${JSON.stringify(endpoint)}`).ok).toBe(true);
  });

  const valid = JSON.parse(serializeFeedback(feedback)) as Record<string, unknown>;
  const without = (key: string) =>
    Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

  it.each([
    ["an empty file", "  ", "", /empty/],
    ["not JSON", "{ nope", "", /not valid JSON/],
    ["a list", "[]", "", /expected a feedback object/],
    ["a persona file", JSON.stringify(persona), "format", /not a review feedback file/],
    ["a newer version", JSON.stringify({ ...valid, version: 2 }), "version", /newer version/],
    ["a missing persona", JSON.stringify(without("persona")), "persona", /required but missing/],
    [
      "an invalid persona",
      JSON.stringify({ ...valid, persona: { ...persona, address: "yo" } }),
      "persona.address",
      /informal/,
    ],
    [
      "a bad date",
      JSON.stringify({ ...valid, createdAt: "yesterday" }),
      "createdAt",
      /date and time/,
    ],
    ["a missing rating list", JSON.stringify(without("ratings")), "ratings", /missing/],
    [
      "a bad rating",
      JSON.stringify({ ...valid, ratings: [{ ...feedback.ratings[0], rating: "meh" }] }),
      "ratings[0].rating",
      /"up", "down" or null/,
    ],
    [
      "an unknown runsOn",
      JSON.stringify({ ...valid, runsOn: { kind: "magic" } }),
      "runsOn.kind",
      /rehearsal/,
    ],
    [
      "a key smuggled in",
      JSON.stringify({
        ...valid,
        runsOn: { kind: "endpoint", model: "m", host: "h", apiKey: "sk-1" },
      }),
      "runsOn",
      /unknown keys "apiKey"/,
    ],
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

const deep = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
/** A feedback file's text around a persona's text and one reply's JSON. */
const file = (personaText: string, reply = '"ok"') =>
  `{"format":"psydesign-feedback","version":1,"createdAt":"2025-03-01T10:00:00Z","persona":${personaText},` +
  `"runsOn":{"kind":"rehearsal"},"ratings":[{"reply":${reply},"user":"u","rating":"up","comment":""}]}`;

describe("feedback nested too deep", () => {
  it.each([2_100, 100_000])(
    "in its persona (%i levels) is a problem naming the path, not an exception",
    (levels) => {
      const personaText = JSON.stringify(persona).replace(
        '"extensions":{}',
        `"extensions":{"x":${deep(levels)}}`,
      );
      const result = restoreFeedbackText(file(personaText));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
        `persona.extensions.x${"[0]".repeat(63)}`,
      ]);
    },
  );

  it("in a rating (100,000 levels) is a problem naming the path, not an exception", () => {
    const result = restoreFeedbackText(file(JSON.stringify(persona), deep(100_000)));
    expect(!result.ok && result.problems).toEqual([
      { path: "ratings[0].reply", message: "expected text, got a list" },
    ]);
  });

  it("refuses a persona over the 1 MB a persona file may hold, as the studio could not save it back", () => {
    const big = { ...persona, extensions: { notes: "x".repeat(1_000_001) } };
    const result = restoreFeedback({ ...feedback, persona: big });
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "persona: the persona holds more than 1 MB of data (counted as compact JSON, without spaces); a persona never does",
    ]);
  });
});
