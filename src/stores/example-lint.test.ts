/**
 * The studio's path to the example warnings: measured by measured.ts (in Node there is no
 * Worker, so on this thread, as in jsdom), held to the persona here. It must say exactly
 * what the CLI's lintExamples says.
 */
import { describe, expect, it } from "vitest";
import { makePersona } from "../../tests/helpers/make-persona";
import { lintExamples } from "../core/compiler/lint-examples";
import { cachedExampleWarningsOf, exampleWarningsOf } from "./example-lint";

const persona = makePersona({
  lexicon: { prefer: [], avoid: ["souci"] },
  examples: [
    {
      user: "a",
      assistant:
        "Votre rendez-vous est confirmé pour jeudi à dix heures. Je vous attends à l'accueil.",
    },
    { user: "b", assistant: "Pas de souci, tu peux venir jeudi 🎉" },
    { user: "c", assistant: "  " },
    {
      user: "d",
      assistant: "Merci beaucoup, je suis vraiment ravie de vous aider ! C'est parfait !",
    },
  ],
});

describe("exampleWarningsOf", () => {
  it("says what lintExamples says, and caches it for the snapshot", async () => {
    expect(cachedExampleWarningsOf(persona)).toBeUndefined();
    const warnings = await exampleWarningsOf(persona);
    expect(warnings).toEqual(lintExamples(persona));
    expect(warnings?.map((w) => w.paths[0])).toContain("examples[1].assistant");
    expect(cachedExampleWarningsOf(persona)).toBe(warnings);
    expect(await exampleWarningsOf(persona)).toBe(warnings);
  });

  it("reuses the measurements for a slider step: same replies, so the very same warnings", async () => {
    const before = (await exampleWarningsOf(persona))!;
    const step = { ...persona, voice: { ...persona.voice, humor: persona.voice.humor + 1 } };
    const after = (await exampleWarningsOf(step))!;
    expect(after).not.toBe(before);
    expect(after.length).toBe(before.length);
    after.forEach((warning, i) => expect(warning).toBe(before[i]));
    // Across a band boundary the warnings are new and follow the setting.
    const informal = await exampleWarningsOf({ ...persona, address: "informal" });
    expect(informal).toEqual(lintExamples({ ...persona, address: "informal" }));
    expect(informal).not.toEqual(before);
  });

  it("gives up, caching nothing, when the persona changed before the reading came back", async () => {
    const changed = { ...persona, name: "Changed" };
    const controller = new AbortController();
    const reading = exampleWarningsOf(changed, controller.signal);
    controller.abort();
    expect(await reading).toBeUndefined();
    expect(cachedExampleWarningsOf(changed)).toBeUndefined();
  });
});
