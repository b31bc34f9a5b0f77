import { describe, expect, it, test } from "vitest";
import { DIMENSION_IDS, type DimensionId, type Language, type Persona } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { compile, SECTION_WRITERS } from "./compile";
import { LENGTH_SENTENCES } from "./sections/length";
import { SECTION_IDS, type SectionId } from "./types";

const LANGUAGES: Language[] = ["fr", "en"];

/** The section each slider writes into; crossing one of its bands changes only that section. */
const SECTION_OF: Record<DimensionId, SectionId> = {
  warmth: "tone",
  humor: "tone",
  enthusiasm: "tone",
  register: "register",
  institutional: "institutional",
  verbosity: "length",
  emoji: "emoji",
};

function withLevel(language: Language, dimension: DimensionId, level: number): Persona {
  return makePersona({ language, voice: { [dimension]: level } });
}

function sectionBody(persona: Persona, id: SectionId): string | undefined {
  return compile(persona).sections.find((section) => section.id === id)?.body;
}

/** A persona that fills every optional field, so every section is written. */
function fullPersona(language: Language): Persona {
  return makePersona({
    language,
    identity: {
      assistantName: "Camille",
      role: language === "fr" ? "conseillère clientèle" : "customer adviser",
      organization: "Mairie de Lyon",
      audience: language === "fr" ? "habitants de Lyon" : "Lyon residents",
      purpose: language === "fr" ? "aider dans les démarches" : "help with city procedures",
    },
    greeting: language === "fr" ? "Bonjour, je suis Camille." : "Hello, I am Camille.",
    lexicon: { prefer: ["démarche"], avoid: ["process"] },
    guardrails: { avoidTopics: ["politique"], escalation: "3939", discloseAI: true },
    examples: [{ user: "Bonjour", assistant: "Bonjour, que puis-je faire pour vous ?" }],
  });
}

const BOUNDARIES = DIMENSION_IDS.flatMap((dimension) =>
  LANGUAGES.flatMap((language) =>
    [
      [19, 20],
      [39, 40],
      [59, 60],
      [79, 80],
    ].map(([below, above]) => ({
      dimension,
      language,
      below: below as number,
      above: above as number,
    })),
  ),
);

const SAME_BAND = DIMENSION_IDS.flatMap((dimension) =>
  LANGUAGES.flatMap((language) =>
    [
      [0, 19],
      [20, 39],
      [40, 59],
      [60, 79],
      [80, 100],
    ].map(([low, high]) => ({ dimension, language, low: low as number, high: high as number })),
  ),
);

describe("band boundaries", () => {
  test.each(BOUNDARIES)(
    "$dimension ($language): $below and $above give different prompts",
    ({ dimension, language, below, above }) => {
      const a = compile(withLevel(language, dimension, below)).systemPrompt;
      const b = compile(withLevel(language, dimension, above)).systemPrompt;
      expect(a).not.toBe(b);
    },
  );

  test.each(BOUNDARIES)(
    "$dimension ($language): crossing $below/$above changes only its own section",
    ({ dimension, language, below, above }) => {
      const a = withLevel(language, dimension, below);
      const b = withLevel(language, dimension, above);
      const changed = SECTION_IDS.filter((id) => sectionBody(a, id) !== sectionBody(b, id));
      expect(changed).toEqual([SECTION_OF[dimension]]);
    },
  );

  test.each(SAME_BAND)(
    "$dimension ($language): $low and $high give identical prompts",
    ({ dimension, language, low, high }) => {
      expect(compile(withLevel(language, dimension, low)).systemPrompt).toBe(
        compile(withLevel(language, dimension, high)).systemPrompt,
      );
    },
  );
});

describe("determinism", () => {
  it.each(LANGUAGES)("gives the same result twice (%s)", (language) => {
    const persona = fullPersona(language);
    expect(compile(persona)).toEqual(compile(persona));
  });

  it("ignores key order", () => {
    const persona = fullPersona("fr");
    const reversed = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reversed);
      if (value === null || typeof value !== "object") return value;
      return Object.fromEntries(
        Object.entries(value)
          .toReversed()
          .map(([k, v]) => [k, reversed(v)]),
      );
    };
    const clone = reversed(structuredClone(persona)) as Persona;
    expect(Object.keys(clone)[0]).not.toBe(Object.keys(persona)[0]);
    expect(compile(clone).systemPrompt).toBe(compile(persona).systemPrompt);
    expect(compile(clone)).toEqual(compile(persona));
  });
});

describe("address form", () => {
  it("states vouvoiement in French and forbids tu", () => {
    const prompt = compile(makePersona({ language: "fr", address: "formal" })).systemPrompt;
    expect(prompt).toContain("Adresse : vouvoiement. Vouvoyez toujours l'utilisateur");
    expect(prompt).toMatch(/vouvo/i);
    expect(prompt).toContain("n'employez jamais « tu », « te », « toi »");
    expect(prompt).not.toMatch(/tutoyez/i);
  });

  it("states tutoiement in French, forbids vous to the user and says the brief's vous is for the assistant", () => {
    const prompt = compile(makePersona({ language: "fr", address: "informal" })).systemPrompt;
    expect(prompt).toContain("Adresse : tutoiement. Tutoyez toujours l'utilisateur");
    expect(prompt).toMatch(/tutoi/i);
    expect(prompt).toContain(
      "N'employez jamais « vous », « votre » ou « vos » pour vous adresser à lui",
    );
    expect(prompt).toContain(
      "Ces consignes vous vouvoient parce qu'elles s'adressent à vous, l'assistant",
    );
    expect(prompt).not.toContain("Vouvoyez toujours");
  });

  it("states courtesy titles and no first names for formal English", () => {
    const prompt = compile(makePersona({ language: "en", address: "formal" })).systemPrompt;
    expect(prompt).toContain("Address the user formally");
    expect(prompt).toContain("courtesy title and their surname (Mr Martin, Ms Martin)");
    expect(prompt).toContain("do not use their first name unless they invite you to");
    expect(prompt).not.toContain("informally");
  });

  it("states first names for informal English", () => {
    const prompt = compile(makePersona({ language: "en", address: "informal" })).systemPrompt;
    expect(prompt).toContain("Address the user informally: call them by their first name");
    expect(prompt).not.toContain("Address the user formally");
  });
});

describe("sections", () => {
  it("has one writer per section id, in SECTION_IDS order", () => {
    expect(SECTION_WRITERS.map((writer) => writer.id)).toEqual([...SECTION_IDS]);
  });

  it.each(LANGUAGES)(
    "writes every section for a full persona, as Markdown headings joined by blank lines (%s)",
    (language) => {
      const result = compile(fullPersona(language));
      expect(result.language).toBe(language);
      expect(result.sections.map((section) => section.id)).toEqual([...SECTION_IDS]);
      const rebuilt = `${result.sections.map((s) => `## ${s.title}\n${s.body}`).join("\n\n")}\n`;
      expect(result.systemPrompt).toBe(rebuilt);
      expect(result.systemPrompt.endsWith("\n")).toBe(true);
      expect(result.systemPrompt.endsWith("\n\n")).toBe(false);
      expect(result.systemPrompt).not.toMatch(/undefined|\[object|NaN/);
    },
  );

  it("titles sections in the persona's language", () => {
    expect(compile(fullPersona("fr")).systemPrompt).toMatch(/^## Identité\n/);
    expect(compile(fullPersona("fr")).systemPrompt).toContain("\n## Registre et adresse\n");
    expect(compile(fullPersona("en")).systemPrompt).toMatch(/^## Identity\n/);
    expect(compile(fullPersona("en")).systemPrompt).toContain("\n## Guardrails\n");
  });

  it("skips empty sections and keeps the others in order", () => {
    const result = compile(makePersona({ identity: { audience: "   " } }));
    expect(result.sections.map((section) => section.id)).toEqual([
      "identity",
      "tone",
      "register",
      "institutional",
      "length",
      "emoji",
      "guardrails",
    ]);
    expect(result.systemPrompt).not.toContain("## Public");
    expect(result.systemPrompt).not.toContain("## Lexique");
    expect(result.systemPrompt).not.toContain("## Exemples");
  });

  it("writes identity, purpose and greeting", () => {
    const fr = compile(fullPersona("fr")).systemPrompt;
    expect(fr).toContain("Vous êtes Camille, conseillère clientèle.\n");
    expect(fr).toContain("Organisation que vous représentez : Mairie de Lyon.");
    expect(fr).toContain("Votre mission : aider dans les démarches.");
    expect(fr).toContain(
      "Ouvrez la première conversation par ce message : « Bonjour, je suis Camille. »",
    );
    const en = compile(fullPersona("en")).systemPrompt;
    expect(en).toContain("You are Camille. Your role: customer adviser.\n");
    expect(en).toContain('Open the first conversation with this message: "Hello, I am Camille."');
  });

  it("does not double the full stop after a role that has one", () => {
    const prompt = compile(
      makePersona({ identity: { role: "conseillère clientèle." } }),
    ).systemPrompt;
    expect(prompt).toContain("Vous êtes Camille, conseillère clientèle.\n");
  });

  it("writes the lexicon as instructions", () => {
    const prompt = compile(
      makePersona({ lexicon: { prefer: ["démarche", "dossier"], avoid: ["process"] } }),
    ).systemPrompt;
    expect(prompt).toContain(
      "Employez de préférence ces mots et expressions : « démarche », « dossier ».",
    );
    expect(prompt).toContain(
      "N'employez jamais ces mots et expressions : « process » ; reformulez avec d'autres mots.",
    );
  });

  it("writes guardrails: topics, escalation and AI disclosure either way", () => {
    const disclosed = compile(fullPersona("fr")).systemPrompt;
    expect(disclosed).toContain("Vous êtes un assistant IA : dites-le");
    expect(disclosed).toContain("ramenez la conversation à votre mission :\n- politique");
    expect(disclosed).toContain("quand l'utilisateur le demande. Marche à suivre : 3939.");
    const quiet = compile(makePersona({ guardrails: { discloseAI: false } })).systemPrompt;
    expect(quiet).toContain("ne vous faites jamais passer pour un être humain");
    const quietEn = compile(
      makePersona({ language: "en", guardrails: { discloseAI: false } }),
    ).systemPrompt;
    expect(quietEn).toContain("never pass yourself off as a human");
  });

  it("marks examples as illustrations and names the speakers", () => {
    const fr = compile(fullPersona("fr")).systemPrompt;
    expect(fr).toContain("ce ne sont pas des scripts");
    expect(fr).toContain(
      "### Exemple 1\nUtilisateur : Bonjour\nCamille : Bonjour, que puis-je faire pour vous ?",
    );
    const en = compile(fullPersona("en")).systemPrompt;
    expect(en).toContain("they are not scripts");
    expect(en).toContain("### Example 1\nUser: Bonjour\nCamille: ");
  });

  it("keeps a multi-line turn under its speaker", () => {
    const prompt = compile(
      makePersona({ examples: [{ user: "a", assistant: "ligne 1\nligne 2" }] }),
    ).systemPrompt;
    expect(prompt).toContain("Camille : ligne 1\n  ligne 2");
  });
});

describe("length", () => {
  it("uses the catalog's sentence table", () => {
    expect(LENGTH_SENTENCES).toEqual([
      [1, 1],
      [1, 2],
      [2, 3],
      [4, 6],
      [7, 10],
    ]);
  });

  test.each([
    [0, "Répondez en une seule phrase.", "Keep replies to a single sentence."],
    [20, "Répondez en une ou deux phrases.", "Keep replies to 1–2 sentences."],
    [40, "Répondez en deux ou trois phrases.", "Keep replies to 2–3 sentences."],
    [60, "Répondez en quatre à six phrases.", "Keep replies to 4–6 sentences."],
    [80, "Répondez en sept à dix phrases.", "Keep replies to 7–10 sentences."],
  ])("verbosity %i asks for a sentence count", (level, fr, en) => {
    expect(sectionBody(withLevel("fr", "verbosity", level), "length")).toContain(fr);
    expect(sectionBody(withLevel("en", "verbosity", level), "length")).toContain(en);
  });
});

describe("checkable band instructions", () => {
  it("rules out emoji at band 0 and allows two or three at band 4", () => {
    expect(sectionBody(withLevel("fr", "emoji", 0), "emoji")).toContain("N'utilisez aucun émoji");
    expect(sectionBody(withLevel("en", "emoji", 0), "emoji")).toContain("Use no emoji at all");
    expect(sectionBody(withLevel("en", "emoji", 90), "emoji")).toContain("two or three per reply");
  });

  it("speaks as je at institutional 0 and as nous at 4", () => {
    expect(sectionBody(withLevel("fr", "institutional", 0), "institutional")).toContain(
      "« je », jamais « nous »",
    );
    expect(sectionBody(withLevel("fr", "institutional", 100), "institutional")).toContain(
      "« nous », jamais « je »",
    );
  });

  it("names the five Joos registers in order", () => {
    const names = [0, 20, 40, 60, 80].map(
      (level) => sectionBody(withLevel("en", "register", level), "register")?.split(" ")[0],
    );
    expect(names).toEqual(["Intimate", "Casual", "Consultative", "Formal", "Frozen"]);
  });

  it("never jokes about complaints once humour is allowed", () => {
    for (const level of [40, 60, 80]) {
      expect(sectionBody(withLevel("fr", "humor", level), "tone")).toContain(
        "jamais sur une plainte, une détresse ou un sujet sensible",
      );
      expect(sectionBody(withLevel("en", "humor", level), "tone")).toContain(
        "never about complaints, distress or sensitive topics",
      );
    }
  });
});

describe("token estimate", () => {
  it.each(LANGUAGES)("is close to a quarter of the characters (%s)", (language) => {
    const result = compile(fullPersona(language));
    expect(result.tokenEstimate).toBeGreaterThan(result.systemPrompt.length / 5);
    expect(result.tokenEstimate).toBeLessThan(result.systemPrompt.length / 3);
  });

  it("counts French as more tokens per character than English", () => {
    const fr = compile(makePersona({ language: "fr" }));
    const en = compile(makePersona({ language: "en" }));
    expect(fr.tokenEstimate / fr.systemPrompt.length).toBeGreaterThan(
      en.tokenEstimate / en.systemPrompt.length,
    );
  });
});
