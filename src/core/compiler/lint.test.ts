import { describe, expect, it, test } from "vitest";
import type { Persona } from "../persona/schema";
import { makePersona } from "../../../tests/helpers/make-persona";
import { compile } from "./compile";
import { LINT_CODES, lint, type LintCode } from "./lint";

const clean = makePersona();
const codes = (persona: Persona) => lint(persona).map((warning) => warning.code);

/** One minimal persona per code, each differing from the clean persona in as little as possible. */
const TRIGGERS: Record<LintCode, { persona: Persona; paths: string[] }> = {
  "emoji-with-formal-register": {
    persona: makePersona({ voice: { register: 60, emoji: 60 } }),
    paths: ["voice.register", "voice.emoji"],
  },
  "informal-address-with-formal-register": {
    persona: makePersona({ address: "informal", voice: { register: 60 } }),
    paths: ["address", "voice.register"],
  },
  "formal-address-with-intimate-register": {
    persona: makePersona({ address: "formal", voice: { register: 10 } }),
    paths: ["address", "voice.register"],
  },
  "humor-with-institutional-voice": {
    persona: makePersona({ voice: { humor: 60, institutional: 80 } }),
    paths: ["voice.humor", "voice.institutional"],
  },
  "word-preferred-and-avoided": {
    persona: makePersona({ lexicon: { prefer: ["dossier", "Démarche"], avoid: ["DEMARCHE "] } }),
    paths: ["lexicon.prefer[1]", "lexicon.avoid[0]"],
  },
  "greeting-contradicts-address": {
    persona: makePersona({ greeting: "Bonjour, je suis Camille. Que puis-je faire pour toi ?" }),
    paths: ["greeting", "address"],
  },
  "example-contradicts-address": {
    persona: makePersona({
      examples: [
        { user: "Bonjour", assistant: "Bonjour, que puis-je faire pour vous ?" },
        { user: "Merci", assistant: "Avec plaisir, je t'envoie le lien." },
      ],
    }),
    paths: ["examples[1].assistant", "address"],
  },
  "avoided-word-in-greeting": {
    persona: makePersona({
      lexicon: { prefer: [], avoid: ["process"] },
      greeting: "Bonjour, je vous explique le Process.",
    }),
    paths: ["lexicon.avoid[0]", "greeting"],
  },
  "avoided-word-in-example": {
    persona: makePersona({
      lexicon: { prefer: [], avoid: ["souci", "mise à jour"] },
      examples: [{ user: "Bonjour", assistant: "La mise  à  jour de votre dossier est faite." }],
    }),
    paths: ["lexicon.avoid[1]", "examples[0].assistant"],
  },
  "emoji-in-greeting": {
    persona: makePersona({ greeting: "Bonjour 👋" }),
    paths: ["voice.emoji", "greeting"],
  },
  "emoji-in-example": {
    persona: makePersona({ examples: [{ user: "Merci", assistant: "Avec plaisir :)" }] }),
    paths: ["voice.emoji", "examples[0].assistant"],
  },
};

describe("lint", () => {
  it("finds nothing in a clean persona, in either language", () => {
    expect(lint(clean)).toEqual([]);
    expect(
      lint(makePersona({ language: "en", address: "informal", voice: { register: 40 } })),
    ).toEqual([]);
  });

  test.each(LINT_CODES)(
    "%s is triggered by its minimal persona, with the controls' paths",
    (code) => {
      const { persona, paths } = TRIGGERS[code];
      const warnings = lint(persona);
      expect(warnings.map((warning) => warning.code)).toEqual([code]);
      expect(warnings[0]?.paths).toEqual(paths);
      expect(warnings[0]?.message.length).toBeGreaterThan(20);
    },
  );

  it("writes messages in the persona's language", () => {
    const fr = lint(makePersona({ voice: { register: 90, emoji: 90 } }))[0];
    const en = lint(makePersona({ language: "en", voice: { register: 90, emoji: 90 } }))[0];
    expect(fr?.message).toContain("registre soutenu");
    expect(en?.message).toContain("formal or frozen register");
  });

  it("is reached through compile()", () => {
    expect(
      compile(TRIGGERS["humor-with-institutional-voice"].persona).warnings.map((w) => w.code),
    ).toEqual(["humor-with-institutional-voice"]);
  });

  it("sorts warnings by code order, then by persona order", () => {
    const persona = makePersona({
      address: "informal",
      voice: { register: 80, emoji: 80 },
      lexicon: { prefer: ["souci"], avoid: ["souci"] },
      examples: [
        { user: "a", assistant: "Voici votre dossier." },
        { user: "b", assistant: "Pas de souci, vous avez raison." },
      ],
    });
    expect(lint(persona).map((w) => [w.code, w.paths[0]])).toEqual([
      ["emoji-with-formal-register", "voice.register"],
      ["informal-address-with-formal-register", "address"],
      ["word-preferred-and-avoided", "lexicon.prefer[0]"],
      ["example-contradicts-address", "examples[0].assistant"],
      ["example-contradicts-address", "examples[1].assistant"],
      ["avoided-word-in-example", "lexicon.avoid[0]"],
    ]);
  });
});

describe("lint near misses", () => {
  test.each([
    ["register one band lower", makePersona({ voice: { register: 59, emoji: 90 } })],
    ["emoji one band lower", makePersona({ voice: { register: 90, emoji: 59 } })],
    [
      "informal address, consultative register",
      makePersona({ address: "informal", voice: { register: 59 } }),
    ],
    [
      "formal address, casual register",
      makePersona({ address: "formal", voice: { register: 20 } }),
    ],
    [
      "informal address, intimate register",
      makePersona({ address: "informal", voice: { register: 0 } }),
    ],
    ["humour at band 2", makePersona({ voice: { humor: 59, institutional: 100 } })],
    ["institutional voice at band 3", makePersona({ voice: { humor: 100, institutional: 79 } })],
    [
      "different preferred and avoided words",
      makePersona({ lexicon: { prefer: ["démarches"], avoid: ["démarche"] } }),
    ],
    [
      "an avoided word inside a longer word",
      makePersona({
        lexicon: { prefer: [], avoid: ["ton"] },
        greeting: "Bonjour, je suis Antonin.",
      }),
    ],
    ["emoji allowed", makePersona({ voice: { emoji: 20 }, greeting: "Bonjour 👋" })],
    ["a trademark sign is not an emoji", makePersona({ greeting: "Bienvenue chez Acme™ ©" })],
    [
      "ton as a noun",
      makePersona({
        examples: [{ user: "a", assistant: "Je garde un ton calme et le même ton." }],
      }),
    ],
    [
      "the euphonic -t-",
      makePersona({ examples: [{ user: "a", assistant: "Votre demande a-t-elle abouti ?" }] }),
    ],
    [
      "vous when formal",
      makePersona({
        examples: [{ user: "a", assistant: "Je vous écoute, votre dossier est prêt." }],
      }),
    ],
    [
      "tu when informal",
      makePersona({
        address: "informal",
        voice: { register: 40 },
        greeting: "Salut, je t'écoute !",
      }),
    ],
    [
      "English examples are not checked for address",
      makePersona({
        language: "en",
        address: "informal",
        voice: { register: 40 },
        examples: [{ user: "a", assistant: "Good morning Mr Martin, how are you?" }],
      }),
    ],
  ])("%s: no warning", (_name, persona) => {
    expect(codes(persona)).toEqual([]);
  });

  it("flags vous in the greeting when informal, and tu in any accent or case when formal", () => {
    expect(
      codes(
        makePersona({
          address: "informal",
          voice: { register: 40 },
          greeting: "Bonjour, je VOUS écoute.",
        }),
      ),
    ).toEqual(["greeting-contradicts-address"]);
    expect(
      codes(makePersona({ examples: [{ user: "a", assistant: "C’est à TOI de voir." }] })),
    ).toEqual(["example-contradicts-address"]);
    expect(codes(makePersona({ examples: [{ user: "a", assistant: "T’inquiète." }] }))).toEqual([
      "example-contradicts-address",
    ]);
  });
});
