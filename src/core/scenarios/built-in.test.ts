import { describe, expect, test } from "vitest";
import type { Persona } from "../persona/schema";
import type { Intent } from "../rehearsal/intent-cues";
import { detectIntent } from "../rehearsal/intents";
import { makePersona } from "../../../tests/helpers/make-persona";
import { PRESETS } from "../../../tests/helpers/presets";
import { BUILT_IN_SCENARIOS, SCENARIO_KINDS, scenariosFor, type ScenarioKind } from "./built-in";
import { FIELDS_EN } from "./fields-en";
import { FIELDS_FR } from "./fields-fr";
import { personaWords } from "./for-persona";
import { scenarioSchema } from "./schema";

/** The intent each kind of scenario is written to provoke at least once. */
const KEY_INTENT: Record<ScenarioKind, Intent> = {
  welcome: "greeting",
  complaint: "complaint",
  refund: "refund",
  "off-topic": "off-topic",
  aggressive: "abuse",
  human: "human",
  jailbreak: "jailbreak",
  farewell: "farewell",
};

describe("built-in scenarios", () => {
  test("every one validates with scenarioSchema", () => {
    const invalid = BUILT_IN_SCENARIOS.filter(
      (scenario) => !scenarioSchema.safeParse(scenario).success,
    ).map((scenario) => scenario.id);
    expect(invalid).toEqual([]);
  });

  test("eight kinds in French and the same eight in English, with unique ids", () => {
    expect(BUILT_IN_SCENARIOS).toHaveLength(16);
    expect(new Set(BUILT_IN_SCENARIOS.map((s) => s.id)).size).toBe(16);
    for (const language of ["fr", "en"] as const) {
      const scenarios = scenariosFor(language);
      expect(scenarios.map((s) => s.id)).toEqual(
        SCENARIO_KINDS.map((kind) => `${kind}-${language}`),
      );
      expect(scenarios.every((s) => s.language === language)).toBe(true);
    }
  });

  test("each has three to five user turns", () => {
    const outside = BUILT_IN_SCENARIOS.filter(
      (scenario) => scenario.turns.length < 3 || scenario.turns.length > 5,
    ).map((scenario) => scenario.id);
    expect(outside).toEqual([]);
  });

  test.each(
    SCENARIO_KINDS.flatMap((kind) =>
      (["fr", "en"] as const).map((language) => [kind, language] as const),
    ),
  )("%s (%s) provokes the intent it is named for", (kind, language) => {
    const persona = makePersona({ language });
    const scenario = BUILT_IN_SCENARIOS.find((s) => s.id === `${kind}-${language}`)!;
    const intents = scenario.turns.map((turn) => detectIntent(turn, language, persona));
    expect(intents).toContain(KEY_INTENT[kind]);
  });
});

const preset = (id: string) => PRESETS.find((persona) => persona.id === id) as Persona;
const turns = (persona: Persona, kind: ScenarioKind) =>
  scenariosFor(persona.language, persona).find((s) => s.id === `${kind}-${persona.language}`)
    ?.turns ?? [];

describe("built-in scenarios written against the persona", () => {
  test("the town hall is asked a civil-status question, the bank a card question, neither to open an account", () => {
    const townHall = turns(preset("service-public"), "welcome");
    const bank = turns(preset("banque-conseil"), "welcome");
    expect(townHall.join(" ")).toMatch(/acte de naissance/);
    expect(bank.join(" ")).toMatch(/carte bancaire/);
    expect([...townHall, ...bank].join(" ")).not.toMatch(/ouvrir un compte/);
    expect(turns(preset("tech-support"), "welcome").join(" ")).toMatch(/router/);
    expect(turns(preset("university-admissions"), "complaint").join(" ")).toMatch(/application/);
  });

  test.each([
    ["service-public", "Je veux parler à quelqu'un de la Mairie de Bellerive."],
    ["banque-conseil", "Je veux parler à quelqu'un de la Banque Delorme."],
    ["startup-decontractee", "Je veux parler à quelqu'un de chez Pistache."],
    ["tech-support", "I want to talk to someone at Kestrel Broadband."],
    ["museum-guide", "I want to talk to someone at the Millbrook Museum of Natural History."],
    [
      "university-admissions",
      "I want to talk to someone at the Northgate University Admissions Office.",
    ],
  ])("%s: the request for a person names the organisation", (id, expected) => {
    expect(turns(preset(id), "human")[0]).toBe(expected);
  });

  test.each(PRESETS.map((persona) => [persona.id, persona] as const))(
    "%s: same ids, kinds and titles, valid, and each provokes its intent",
    (_, persona) => {
      const written = scenariosFor(persona.language, persona);
      const generic = scenariosFor(persona.language);
      expect(written.map((s) => [s.id, s.title, s.language])).toEqual(
        generic.map((s) => [s.id, s.title, s.language]),
      );
      expect(written).not.toBe(generic);
      expect(written.filter((s) => !scenarioSchema.safeParse(s).success)).toEqual([]);
      // Intents read for a persona without topics to avoid: the tech support's refund turn is, for it, a refused topic.
      const reader = { ...persona, guardrails: { ...persona.guardrails, avoidTopics: [] } };
      for (const kind of SCENARIO_KINDS) {
        const scenario = written.find((s) => s.id === `${kind}-${persona.language}`)!;
        expect(scenario.turns.length).toBe(generic.find((s) => s.id === scenario.id)!.turns.length);
        expect(
          scenario.turns.map((turn) => detectIntent(turn, persona.language, reader)),
        ).toContain(KEY_INTENT[kind]);
      }
    },
  );

  test("each preset is read as its own field", () => {
    const fields = Object.fromEntries(
      PRESETS.map((persona) => [persona.id, personaWords(persona.language, persona)?.field?.id]),
    );
    expect(fields).toEqual({
      "banque-conseil": "bank",
      "museum-guide": "museum",
      "mutuelle-sante": "insurance",
      "service-public": "town-hall",
      "startup-decontractee": "software",
      "tech-support": "telecom",
      "university-admissions": "school",
    });
  });

  test("every field of both languages writes turns that provoke their intents", () => {
    for (const [language, fields] of [
      ["fr", FIELDS_FR],
      ["en", FIELDS_EN],
    ] as const) {
      for (const field of fields) {
        const persona = makePersona({ language, identity: { purpose: field.cues.join(", ") } });
        expect(personaWords(language, persona)?.field?.id).toBe(field.id);
        for (const scenario of scenariosFor(language, persona)) {
          const kind = scenario.id.replace(/-(fr|en)$/, "") as ScenarioKind;
          expect({
            field: field.id,
            kind,
            ok: scenario.turns.some(
              (turn) => detectIntent(turn, language, persona) === KEY_INTENT[kind],
            ),
          }).toMatchObject({ ok: true });
        }
      }
    }
  });

  test("a persona that says nothing of its field keeps the generic turns", () => {
    for (const language of ["fr", "en"] as const) {
      const generic = BUILT_IN_SCENARIOS.filter((s) => s.language === language);
      expect(scenariosFor(language, makePersona({ language }))).toEqual(generic);
      expect(scenariosFor(language, makePersona({ language }))).toBe(scenariosFor(language));
    }
  });

  test("with a purpose outside every field, only the request for a person changes", () => {
    const persona = makePersona({
      identity: {
        organization: "Club de jardinage des Lilas",
        purpose: "Conseiller les membres sur leurs plantations.",
      },
    });
    const written = scenariosFor("fr", persona);
    const generic = scenariosFor("fr");
    const changed = written.flatMap((s, i) =>
      s.turns.filter((turn, j) => turn !== generic[i]!.turns[j]),
    );
    expect(changed).toEqual(["Je veux parler à quelqu'un de chez Club de jardinage des Lilas."]);
  });

  test("the same list object while the field and organisation stay, a new one when they change", () => {
    const persona = preset("service-public");
    const moved = { ...persona, voice: { ...persona.voice, warmth: 10 } };
    expect(scenariosFor("fr", moved)).toBe(scenariosFor("fr", persona));
    const renamed = {
      ...persona,
      identity: { ...persona.identity, organization: "Mairie de Valmont" },
    };
    expect(scenariosFor("fr", renamed)).not.toBe(scenariosFor("fr", persona));
    expect(scenariosFor("fr", renamed).find((s) => s.id === "human-fr")!.turns[0]).toBe(
      "Je veux parler à quelqu'un de la Mairie de Valmont.",
    );
  });
});
