/**
 * Consecutive replies never say the same sentence: over every preset and every built-in
 * scenario (generic and written for the persona), and across a run of complaints.
 */
import { describe, expect, test } from "vitest";
import type { Persona } from "../persona/schema";
import { fold } from "../text/fold";
import { BUILT_IN_SCENARIOS, scenariosFor } from "../scenarios/built-in";
import { PRESETS } from "../../../tests/helpers/presets";
import { englishRehearsalPersona, rehearsalPersona } from "../../../tests/helpers/rehearsal";
import { rehearse } from "./rehearse";
import { replayScenario } from "./replay";
import { saidBefore } from "./said-before";

/** A reply's sentences as a reader compares them: words only, no case, accents, punctuation or emoji. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => (fold(sentence).match(/[\p{L}\p{N}]+/gu) ?? []).join(" "))
    .filter((sentence) => sentence !== "");
}

/** Sentences of `next` that `previous` said too, the same or with words before it ("Bonjour, merci…"). */
function shared(previous: string, next: string): string[] {
  const before = sentences(previous);
  return sentences(next).filter((sentence) =>
    before.some(
      (earlier) =>
        earlier === sentence ||
        earlier.endsWith(` ${sentence}`) ||
        sentence.endsWith(` ${earlier}`),
    ),
  );
}

function repeats(persona: Persona, turns: readonly string[]): string[] {
  const replies = replayScenario(persona, {
    id: "t",
    title: "t",
    language: persona.language,
    turns: [...turns],
  })
    .filter((message) => message.role === "assistant")
    .map((message) => message.content);
  return replies
    .slice(1)
    .flatMap((reply, i) =>
      shared(replies[i] as string, reply).map((sentence) => `${persona.id}: « ${sentence} »`),
    );
}

describe("consecutive replies never share a sentence", () => {
  test.each(PRESETS.map((persona) => [persona.id, persona] as const))(
    "%s, through every built-in scenario",
    (_, persona) => {
      const scenarios = [
        ...scenariosFor(persona.language, persona),
        ...BUILT_IN_SCENARIOS.filter((s) => s.language === persona.language),
      ];
      expect(scenarios.length).toBe(16);
      expect(scenarios.flatMap((scenario) => repeats(persona, scenario.turns))).toEqual([]);
    },
  );

  test.each([
    [
      "fr",
      rehearsalPersona(),
      [
        "J'ai un problème avec ma commande.",
        "C'est toujours bloqué.",
        "Toujours rien, c'est inadmissible.",
        "Je veux une solution rapidement.",
        "C'est une honte.",
      ],
    ],
    [
      "en",
      englishRehearsalPersona(),
      [
        "I have a problem with my order.",
        "It's still stuck.",
        "Still nothing, this is unacceptable.",
        "I want this sorted quickly.",
        "This is outrageous.",
      ],
    ],
  ] as const)(
    "%s: five complaints running promise something new each time, at every length",
    (_, persona, turns) => {
      const found: string[] = [];
      for (const verbosity of [0, 20, 40, 60, 80, 100])
        for (const warmth of [0, 50, 100])
          found.push(
            ...repeats({ ...persona, voice: { ...persona.voice, verbosity, warmth } }, turns),
          );
      expect(found).toEqual([]);
    },
  );

  test("the answer of three complaints running is three different sentences while the phrasebook has them", () => {
    const persona = rehearsalPersona({ voice: { verbosity: 0, warmth: 0 } });
    const replies = replayScenario(persona, {
      id: "t",
      title: "t",
      language: "fr",
      turns: ["Toujours rien reçu.", "C'est inadmissible.", "Je suis très mécontent."],
    })
      .filter((message) => message.role === "assistant")
      .map((message) => message.content);
    expect(new Set(replies).size).toBe(3);
  });
});

describe("saidBefore", () => {
  test("counts replies back, and a sentence said after a salutation counts as said", () => {
    const said = saidBefore([
      "Bonjour Madame, Monsieur, merci de nous l'avoir signalé. Nous regardons.",
      "Très bien ! 🙂 À bientôt.",
    ]);
    expect(said.age("Merci de nous l'avoir signalé !")).toBe(2);
    expect(said.age("Très bien.")).toBe(1);
    expect(said.age("Nous regardons cela.")).toBe(0);
    expect(said.age("Merci.")).toBe(0);
    expect(saidBefore([]).age("Très bien.")).toBe(0);
  });

  test("the engine says a sentence of the reply before only when the answer has no other wording", () => {
    const persona = rehearsalPersona({ voice: { verbosity: 0, warmth: 0 } });
    const first = rehearse(persona, [{ role: "user", content: "Toujours rien reçu." }]).text;
    const next = rehearse(persona, [
      { role: "user", content: "Toujours rien reçu." },
      { role: "assistant", content: first },
      { role: "user", content: "Toujours rien reçu." },
    ]).text;
    expect(shared(first, next)).toEqual([]);
  });
});
