import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { frenchAddressSlip } from "../text/checks";
import { containsTerm, fold } from "../text/fold";
import { restorePersonaText } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { BUILT_IN_SCENARIOS, scenariosFor } from "../scenarios/built-in";
import { makePersona } from "../../../tests/helpers/make-persona";
import { openingOf, replayScenario } from "./replay";
import { rehearse } from "./rehearse";

const PERSONAS_DIR = new URL("../../../personas/", import.meta.url);
const PRESETS: Persona[] = readdirSync(PERSONAS_DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => {
    const restored = restorePersonaText(readFileSync(new URL(file, PERSONAS_DIR), "utf8"));
    if (!restored.ok) throw new Error(file);
    return restored.persona;
  });

describe("replayScenario", () => {
  test("alternates user turns and the replies rehearse() gives with the conversation so far", () => {
    const persona = makePersona();
    const scenario = BUILT_IN_SCENARIOS[0]!;
    const conversation = replayScenario(persona, scenario);
    expect(conversation).toHaveLength(scenario.turns.length * 2);
    expect(conversation.map((message) => message.role)).toEqual(
      scenario.turns.flatMap(() => ["user", "assistant"]),
    );
    const expected = conversation.map((message, i) =>
      i % 2 === 0 ? scenario.turns[i / 2] : rehearse(persona, conversation.slice(0, i)).text,
    );
    expect(conversation.map((message) => message.content)).toEqual(expected);
  });

  test("the welcome scenario introduces the assistant once", () => {
    const persona = makePersona();
    const replies = replayScenario(persona, scenariosFor("fr")[0]!).filter(
      (m) => m.role === "assistant",
    );
    expect(replies[0]!.content).toContain("Camille");
    expect(replies.slice(1).some((m) => m.content.includes("Je suis Camille"))).toBe(false);
  });

  test.each(PRESETS.map((p) => [p.id, p] as const))(
    "preset %s keeps its address form and lexicon through every scenario",
    (_, persona) => {
      const avoid = persona.lexicon.avoid.map(fold);
      const replies = scenariosFor(persona.language)
        .flatMap((scenario) => replayScenario(persona, scenario))
        .filter((message) => message.role === "assistant")
        .map((message) => message.content);
      expect(replies.filter((text) => text.trim() === "")).toEqual([]);
      const slips = replies.filter(
        (text) =>
          persona.language === "fr" && frenchAddressSlip(text, persona.address) !== undefined,
      );
      expect(slips).toEqual([]);
      const used = replies.flatMap((text) =>
        avoid.filter((term) => containsTerm(fold(text), term)).map((term) => `${term}: ${text}`),
      );
      expect(used).toEqual([]);
    },
  );
});

describe("the persona's greeting shown before the conversation", () => {
  const salutation = /^(?:Bonjour|Rebonjour|Madame, Monsieur|Hello|Good day|Dear|Hi\b|Hey\b)/;

  test.each(PRESETS.map((p) => [p.id, p] as const))(
    "%s: with it in the history, no reply greets again",
    (_, persona) => {
      expect(openingOf(persona)).toEqual([
        { role: "assistant", content: persona.greeting!.trim() },
      ]);
      for (const scenario of scenariosFor(persona.language, persona)) {
        const conversation = replayScenario(persona, scenario, { opening: true });
        expect(conversation[0]).toEqual(openingOf(persona)[0]);
        const replies = conversation
          .slice(1)
          .filter((m) => m.role === "assistant")
          .map((m) => m.content);
        expect(
          replies.filter(
            (text) => salutation.test(text) || text.includes(persona.greeting!.trim()),
          ),
        ).toEqual([]);
      }
    },
  );

  test("a 'Bonjour' answering the greeting gets no 'Rebonjour'; a second one does", () => {
    const persona = makePersona({
      greeting: "Bonjour, je suis Camille. Que puis-je faire pour vous ?",
    });
    const opening = openingOf(persona);
    const first = rehearse(persona, [...opening, { role: "user", content: "Bonjour" }]).text;
    expect(first).not.toMatch(salutation);
    const again = rehearse(persona, [
      ...opening,
      { role: "user", content: "Bonjour" },
      { role: "assistant", content: first },
      { role: "user", content: "Bonjour" },
    ]).text;
    expect(again).toMatch(/^(?:Rebonjour|Bonjour de nouveau)/);
  });

  test("without a greeting there is nothing to open with, and the first reply greets", () => {
    const persona = makePersona();
    expect(openingOf(persona)).toEqual([]);
    expect(replayScenario(persona, scenariosFor("fr")[0]!, { opening: true })).toEqual(
      replayScenario(persona, scenariosFor("fr")[0]!),
    );
    expect(
      rehearse(persona, [{ role: "user", content: "J'ai perdu ma carte d'identité." }]).text,
    ).toMatch(/^Bonjour/);
  });
});
