import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it, test } from "vitest";
import { makePersona } from "../../../tests/helpers/make-persona";
import { restorePersonaText } from "../persona/restore";
import type { Persona } from "../persona/schema";
import { mergeWarnings } from "./example-warnings";
import { lint } from "./lint";
import { EXAMPLE_DRIFT_CODES } from "./example-drift";
import { exampleDrift, lintExamples } from "./lint-examples";

const codes = (persona: Persona) => lintExamples(persona).map((w) => w.code);
const merged = (persona: Persona) =>
  mergeWarnings(lint(persona), lintExamples(persona)).map((w) => w.code);
const reply = (assistant: string) => [{ user: "Bonjour", assistant }];
const find = (persona: Persona, code: string) => lintExamples(persona).find((w) => w.code === code);

/** Formal, register "Formal" (60), institutional "Mixed", 2 to 3 sentences, no emoji (makePersona). */
const formalFr = (assistant: string) => makePersona({ examples: reply(assistant) });
const formalEn = (assistant: string) => makePersona({ language: "en", examples: reply(assistant) });
/** Informal, casual, personal voice, brief: a start-up's chat assistant. */
const informal = (language: "fr" | "en", assistant: string) =>
  makePersona({
    language,
    address: "informal",
    voice: { register: 20, institutional: 10, warmth: 70, verbosity: 30 },
    examples: reply(assistant),
  });

/** "Detailed" length: 4 to 6 sentences. */
const long = (language: "fr" | "en", text: string) =>
  makePersona({ language, voice: { verbosity: 70 }, examples: reply(text) });
/** Impersonal and matter-of-fact. */
const gush = (language: "fr" | "en", text: string) =>
  makePersona({ language, voice: { warmth: 0, enthusiasm: 0 }, examples: reply(text) });

const STIFF_FR =
  "Nous vous prions de bien vouloir nous transmettre les pièces justificatives. Conformément à la réglementation en vigueur, votre dossier sera instruit dans un délai de trente jours à compter de la réception du formulaire.";
const STIFF_EN =
  "We kindly request that you submit the required documentation. In accordance with the applicable regulations, your application will be processed within thirty working days of receipt of the form.";

describe("lintExamples: an example that contradicts the persona", () => {
  it("FR: a « tu » in a vouvoiement persona, quoted, with the example and the address control", () => {
    const persona = formalFr(
      "Bien sûr, tu peux passer demain à l'accueil. Je t'attends avec ton dossier.",
    );
    expect(find(persona, "example-drifts-from-address")).toEqual({
      code: "example-drifts-from-address",
      message:
        "La réponse de l'exemple 1 tutoie (« tu », « t' », « ton ») alors que l'adresse choisie est le vouvoiement.",
      paths: ["examples[0].assistant", "address"],
    });
    // lint()'s pronoun check already says so: the merged list says it once.
    expect(merged(persona).filter((code) => code.includes("address"))).toEqual([
      "example-contradicts-address",
    ]);
  });

  it("EN: a first name and a casual opener in a formal persona, which lint()'s word checks cannot judge", () => {
    const persona = formalEn("Hey Sam, sure thing. Just pop in tomorrow and bring your card.");
    const warning = find(persona, "example-drifts-from-address");
    expect(warning?.message).toBe(
      'The reply in example 1 addresses the user informally ("Hey", "Sam") although the chosen address is formal.',
    );
    expect(warning?.paths).toEqual(["examples[0].assistant", "address"]);
    expect(lint(persona)).toEqual([]);
    expect(merged(persona)).toContain("example-drifts-from-address");
  });

  test.each([
    // Either of the two top register bands is a fair reading of these replies.
    [
      "fr",
      STIFF_FR,
      "« Officiel » pour le langage institutionnel",
      "« Personnel »",
      /« (Soutenu|Figé) » pour le registre/,
    ],
    [
      "en",
      STIFF_EN,
      '"Official" for institutional language',
      '"Personal"',
      /"(Formal|Frozen)" for register/,
    ],
  ] as const)(
    "%s: an informal persona whose example is stiff and institutional",
    (language, text, reads, setTo, register) => {
      const persona = informal(language, text);
      const institutional = find(persona, "example-drifts-from-institutional");
      expect(institutional?.paths).toEqual(["examples[0].assistant", "voice.institutional"]);
      expect(institutional?.message).toContain(reads);
      expect(institutional?.message).toContain(setTo);
      expect(institutional?.message).toMatch(language === "fr" ? /\(« Nous », / : /\("We", /);
      const formality = find(persona, "example-drifts-from-register");
      expect(formality?.paths).toEqual(["examples[0].assistant", "voice.register"]);
      expect(formality?.message).toMatch(register);
    },
  );

  test.each([
    [
      "fr",
      formalFr("Votre dossier est complet. Nous vous écrirons dès réception de la carte 🎉"),
      "« 🎉 »",
      "« Aucun »",
    ],
    [
      "en",
      formalEn("Your file is complete. We will write to you as soon as the card arrives 🎉"),
      '"🎉"',
      '"None"',
    ],
  ] as const)("%s: an emoji in a no-emoji persona", (_language, persona, quote, setTo) => {
    const emoji = find(persona, "example-drifts-from-emoji");
    expect(emoji?.paths).toEqual(["examples[0].assistant", "voice.emoji"]);
    expect(emoji?.message).toContain(quote);
    expect(emoji?.message).toContain(setTo);
    // lint()'s emoji check said it first.
    expect(merged(persona).filter((code) => code.includes("emoji"))).toEqual(["emoji-in-example"]);
  });

  it("adds what the word checks do not cover: two emoji where emoji are rare", () => {
    const persona = makePersona({
      voice: { emoji: 30 },
      examples: reply("C'est noté 👍 Votre rendez-vous est confirmé pour jeudi 🎉"),
    });
    expect(lint(persona)).toEqual([]);
    expect(merged(persona)).toContain("example-drifts-from-emoji");
  });

  it("FR and EN: an avoided word, said once with lint()'s check", () => {
    const fr = makePersona({
      lexicon: { prefer: [], avoid: ["souci", "process"] },
      examples: reply("Aucun souci, je vous envoie le lien du process. Il arrive dans une minute."),
    });
    expect(find(fr, "example-drifts-from-lexicon")).toEqual({
      code: "example-drifts-from-lexicon",
      message: "La réponse de l'exemple 1 emploie « souci », « process », des mots à éviter.",
      paths: ["examples[0].assistant", "lexicon.avoid[0]", "lexicon.avoid[1]"],
    });
    expect(
      merged(fr).filter((code) => code.includes("lexicon") || code.includes("avoided")),
    ).toEqual(["avoided-word-in-example", "avoided-word-in-example"]);
    const en = makePersona({
      language: "en",
      lexicon: { prefer: [], avoid: ["patron"] },
      examples: reply("Every patron can renew a loan online. It takes a minute."),
    });
    expect(find(en, "example-drifts-from-lexicon")?.message).toBe(
      'The reply in example 1 uses "patron", an avoided word.',
    );
  });

  it("FR and EN: a reply far off the length, counted in sentences", () => {
    expect(find(long("fr", "Votre dossier est complet."), "example-drifts-from-verbosity")).toEqual(
      {
        code: "example-drifts-from-verbosity",
        message:
          "La réponse de l'exemple 1 compte 1 phrase alors que la longueur choisie (« Détaillé ») en demande 4 à 6.",
        paths: ["examples[0].assistant", "voice.verbosity"],
      },
    );
    expect(
      find(long("en", "Your file is complete."), "example-drifts-from-verbosity")?.message,
    ).toBe(
      'The reply in example 1 has 1 sentence although the chosen length ("Detailed") asks for 4 to 6.',
    );
  });

  it("FR and EN: a gushing reply for an impersonal, matter-of-fact persona", () => {
    const fr = gush(
      "fr",
      "Merci beaucoup, je suis vraiment ravie de vous aider ! C'est parfait, votre dossier est complet !",
    );
    expect(find(fr, "example-drifts-from-warmth")?.message).toMatch(
      /^La réponse de l'exemple 1 se lit « .+ » pour la chaleur \(« Merci », .+\) alors que le curseur est sur « Impersonnel »\.$/,
    );
    expect(find(fr, "example-drifts-from-enthusiasm")?.paths).toEqual([
      "examples[0].assistant",
      "voice.enthusiasm",
    ]);
    const en = gush(
      "en",
      "Thank you so much, I'm really glad to help! That's perfect, your file is complete!",
    );
    expect(find(en, "example-drifts-from-warmth")?.message).toMatch(
      /^The reply in example 1 reads ".+" for warmth \("Thank", .+\) although the slider is set to "Impersonal"\.$/,
    );
  });

  it("numbers examples from 1 and lists warnings by example, then by dimension", () => {
    const persona = makePersona({
      examples: [
        {
          user: "a",
          assistant:
            "Votre rendez-vous est confirmé pour jeudi à dix heures. Je vous attends à l'accueil.",
        },
        { user: "b", assistant: "Tu peux venir jeudi 🎉" },
      ],
    });
    const warnings = lintExamples(persona);
    expect(warnings.length).toBeGreaterThan(1);
    expect(
      warnings.every(
        (w) => w.paths[0] === "examples[1].assistant" && w.message.includes("l'exemple 2"),
      ),
    ).toBe(true);
    const order = warnings.map((w) =>
      EXAMPLE_DRIFT_CODES.indexOf(w.code as (typeof EXAMPLE_DRIFT_CODES)[number]),
    );
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });
});

describe("lintExamples: what it leaves alone", () => {
  test.each([
    [
      "fr",
      formalFr(
        "Votre rendez-vous est confirmé pour jeudi à dix heures. Je vous attends à l'accueil avec votre pièce d'identité.",
      ),
    ],
    [
      "en",
      formalEn(
        "Your appointment is confirmed for Thursday at ten. Please bring your identity card to the front desk.",
      ),
    ],
    [
      "fr, informal",
      informal("fr", "C'est bon, je t'ai réservé jeudi à 10 h. Pense à prendre ta carte."),
    ],
    [
      "en, informal",
      informal("en", "You're all set for Thursday at ten. Just bring your card along."),
    ],
  ])("%s: an example that matches the persona gives no warning", (_name, persona) => {
    expect(lintExamples(persona)).toEqual([]);
  });

  it("does not read a reply without warm words as cold, nor one without emoji as bare", () => {
    const persona = makePersona({
      voice: { warmth: 95, enthusiasm: 90, emoji: 90 },
      examples: reply("Votre rendez-vous est confirmé pour jeudi. Je vous attends à l'accueil."),
    });
    expect(codes(persona).filter((code) => /warmth|enthusiasm|emoji/.test(code))).toEqual([]);
  });

  it("reads « je » against an institutional voice, not against a mixed one, which allows it", () => {
    const text =
      "Je m'en occupe moi-même : je regarde votre demande et je reviens vers vous demain matin.";
    expect(codes(makePersona({ voice: { institutional: 90 }, examples: reply(text) }))).toContain(
      "example-drifts-from-institutional",
    );
    expect(
      codes(makePersona({ voice: { institutional: 50 }, examples: reply(text) })),
    ).not.toContain("example-drifts-from-institutional");
  });

  it("skips blank replies", () => {
    expect(lintExamples(makePersona({ examples: reply("   ") }))).toEqual([]);
  });

  it("is memoised: a slider step inside its band returns the very same warnings", () => {
    const persona = formalFr("Tu peux venir jeudi.");
    const first = exampleDrift(persona, 0);
    expect(first.length).toBeGreaterThan(0);
    expect(exampleDrift({ ...persona, voice: { ...persona.voice, register: 61 } }, 0)).toBe(first);
    expect(exampleDrift({ ...persona, address: "informal" }, 0)).not.toEqual(first);
  });
});

describe("the presets", () => {
  const dir = fileURLToPath(new URL("../../../personas/", import.meta.url));
  const presets = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .toSorted()
    .map((file) => {
      const restored = restorePersonaText(readFileSync(`${dir}${file}`, "utf8"));
      if (!restored.ok) throw new Error(`${file} is invalid`);
      return [file, restored.persona] as const;
    });

  it("are all here", () => {
    expect(presets.length).toBeGreaterThanOrEqual(7);
  });

  test.each(presets)("%s: its own examples give no meter warning", (_file, persona) => {
    expect(persona.examples.length).toBeGreaterThan(0);
    expect(lintExamples(persona)).toEqual([]);
  });
});

describe("mergeWarnings", () => {
  it("keeps compile()'s warnings first and drops only the meter's repeat on the same example", () => {
    const persona = makePersona({
      examples: [
        { user: "a", assistant: "Tu peux venir jeudi, je t'attends à l'accueil." },
        { user: "b", assistant: "Salut, tu passes quand tu veux, je t'attends." },
      ],
    });
    const compiled = lint(persona);
    const all = mergeWarnings(compiled, lintExamples(persona));
    expect(all.slice(0, compiled.length)).toEqual(compiled);
    expect(all.filter((w) => w.code === "example-drifts-from-address")).toEqual([]);
    // Without lint()'s warning on the second example, the meter's stands for that one only.
    const firstOnly = compiled.filter((w) => w.paths.includes("examples[0].assistant"));
    const addressDrifts = mergeWarnings(firstOnly, lintExamples(persona)).filter(
      (w) => w.code === "example-drifts-from-address",
    );
    expect(addressDrifts.map((w) => w.paths[0])).toEqual(["examples[1].assistant"]);
  });

  it("returns compile()'s list itself when the meter adds nothing", () => {
    const compiled = lint(makePersona({ voice: { register: 90, emoji: 90 } }));
    expect(mergeWarnings(compiled, [])).toBe(compiled);
  });
});
