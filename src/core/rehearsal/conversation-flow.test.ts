/**
 * The rehearsal engine across turns: a bare "OK" mid-conversation, and replies that never say
 * the same thing twice.
 */
import { describe, expect, test } from "vitest";
import { fold } from "../text/fold";
import {
  englishRehearsalPersona as english,
  rehearsalPersona as persona,
  reply,
  turnsOf,
} from "../../../tests/helpers/rehearsal";
import { rehearse } from "./rehearse";

describe("a bare 'OK' mid-conversation", () => {
  test.each([
    ["fr", "D'accord", /écoute|besoin d'autre chose/],
    ["en", "OK", /ready to go on|anything else/],
  ] as const)(
    "%s: %s is taken in and the conversation left open, not met with a request to rephrase",
    (language, text, expected) => {
      const p = language === "fr" ? persona() : english();
      const messages = [
        { role: "user" as const, content: language === "fr" ? "Bonjour" : "Hello" },
        { role: "assistant" as const, content: "…" },
        { role: "user" as const, content: text },
      ];
      const answer = rehearse(p, messages);
      expect(answer.intent).toBe("assent");
      expect(answer.text).toMatch(expected);
      expect(answer.text).not.toMatch(/reformuler|préciser|rephrase|describe your request/);
      // Warmth still follows the slider: a fact at Impersonal, an offer of care at Very warm.
      const at = (warmth: number) =>
        rehearse(
          language === "fr" ? persona({ voice: { warmth } }) : english({ voice: { warmth } }),
          messages,
        ).text;
      expect(at(0)).toMatch(/^(Noté|Entendu|Noted|Understood)\.(\s|$)/);
      expect(at(90)).toMatch(/là pour|côtés|here for you|by your side/);
    },
  );
});

/** Four-word runs said twice in one reply ("It helps me improve this service. It helps us improve this service."). */
function repeatedRuns(text: string): string[] {
  const words = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(" "));
  return runs.filter((run, i) => runs.indexOf(run) !== i);
}

describe("a reply never says the same thing twice", () => {
  test("not the same sentence in both voices, at any verbosity, in either language", () => {
    const found: string[] = [];
    for (const language of ["fr", "en"] as const) {
      for (const verbosity of [50, 75, 100]) {
        for (const institutional of [40, 50, 60]) {
          const voice = { warmth: 80, verbosity, institutional };
          const p = language === "fr" ? persona({ voice }) : english({ voice });
          for (const turn of turnsOf(language)) {
            const text = reply(p, turn).text;
            if (repeatedRuns(text).length > 0) found.push(text);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  test("no reply repeats an earlier one word for word while the phrasebook has another way to say it", () => {
    const repeated: string[] = [];
    for (const [p, turns] of [
      [
        persona(),
        [
          "Bonjour",
          "J'ai un problème avec ma commande.",
          "C'est toujours bloqué.",
          "Toujours rien.",
          "Je veux une solution rapidement.",
          "Merci",
          "Merci encore",
        ],
      ],
      [
        english(),
        [
          "Hello",
          "I have a problem with my order.",
          "Still blocked.",
          "Still nothing.",
          "I want this sorted quickly.",
          "Thanks",
          "Thanks again",
        ],
      ],
    ] as const) {
      for (const verbosity of [0, 10, 30, 50, 70]) {
        const messages: { role: "user" | "assistant"; content: string }[] = [];
        for (const turn of turns) {
          messages.push({ role: "user", content: turn });
          const text = rehearse({ ...p, voice: { ...p.voice, verbosity } }, messages).text;
          if (messages.some((message) => message.role === "assistant" && message.content === text))
            repeated.push(text);
          messages.push({ role: "assistant", content: text });
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  test("the persona's own greeting is not echoed by the acknowledgement after it", () => {
    const greeting =
      "Bonjour, je suis Camille. Prenez le temps de m'expliquer votre situation : je suis là pour vous accompagner.";
    for (const warmth of [50, 75, 90, 100]) {
      const text = reply(persona({ greeting, voice: { warmth } }), "Bonjour").text;
      expect(text.startsWith(greeting)).toBe(true);
      expect(repeatedRuns(text)).toEqual([]);
    }
  });
});
