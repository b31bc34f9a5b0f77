import { describe, expect, test } from "vitest";
import { detectAddress } from "../meter/address";
import type { BandIndex } from "../persona/bands";
import type { Phrasebook } from "./phrasebook";
import { PHRASES_EN } from "./phrases-en";
import { PHRASES_FR } from "./phrases-fr";
import { contracts, voiced } from "./register";
import { sentenceTemplates } from "../../../tests/helpers/templates";

const VOUS = { informal: false, institutional: false };
const TU = { informal: true, institutional: false };
const NOUS = { informal: false, institutional: true };
const BANDS: readonly BandIndex[] = [0, 1, 2, 3, 4];
const VOICES = [VOUS, TU, NOUS, { informal: true, institutional: true }];

const say = (template: string, choices: typeof VOUS, book: Phrasebook) =>
  BANDS.map((band) => voiced(template, choices, book, band));

describe("French moves along the register", () => {
  test("intimate drops the 'ne' of negations and elides again, casual asks by intonation, formal and frozen polish", () => {
    const fallback =
      "[Je n'ai pas bien saisi|Nous n'avons pas bien saisi] {votre|ta} demande : {pouvez-vous|peux-tu} la reformuler ?";
    expect(say(fallback, VOUS, PHRASES_FR)).toEqual([
      "J'ai pas bien saisi votre demande : vous pouvez la reformuler ?",
      "Je n'ai pas bien saisi votre demande : vous pouvez la reformuler ?",
      "Je n'ai pas bien saisi votre demande : pouvez-vous la reformuler ?",
      "Je n'ai pas bien saisi votre demande : pourriez-vous la reformuler ?",
      "Je n'ai pas bien saisi votre demande : auriez-vous l'amabilité de la reformuler ?",
    ]);
    expect(voiced(fallback, TU, PHRASES_FR, 4)).toBe(
      "Je n'ai pas bien saisi ta demande : pourrais-tu la reformuler ?",
    );
    expect(
      voiced("[Que puis-je|Que pouvons-nous] faire pour {vous|toi} ?", TU, PHRASES_FR, 1),
    ).toBe("Qu'est-ce que je peux faire pour toi ?");
    expect(voiced("{N'hésitez pas|N'hésite pas} à revenir au besoin.", TU, PHRASES_FR, 0)).toBe(
      "Hésite pas à revenir au besoin.",
    );
    expect(voiced("{Avez-vous|As-tu} une autre question ?", TU, PHRASES_FR, 0)).toBe(
      "T'as une autre question ?",
    );
    // The elision that follows a dropped "ne" leaves an inverted "-je" or "-tu" alone.
    expect(voiced("Où suis-je arrivé, et où es-tu allé ?", VOUS, PHRASES_FR, 0)).toBe(
      "Où suis-je arrivé, et où es-tu allé ?",
    );
    expect(voiced("Pas d'inquiétude, [je suis|nous sommes] là pour ça.", VOUS, PHRASES_FR, 3)).toBe(
      "Aucune inquiétude à avoir, je suis là pour cela.",
    );
    expect(
      voiced(
        "{[Indiquez-moi|Indiquez-nous]|[Indique-moi|Indique-nous]} {votre|ton} numéro de dossier, et [je regarde|nous regardons] cela tout de suite.",
        NOUS,
        PHRASES_FR,
        4,
      ),
    ).toBe("Veuillez nous indiquer votre numéro de dossier, et nous examinons cela sans délai.");
  });

  test("below consultative, speech says with a verb what writing says with a noun; intimate takes the context for granted", () => {
    const nextStep = "Dès réception de {votre|ton} numéro de dossier, la vérification commence.";
    expect(say(nextStep, TU, PHRASES_FR).slice(0, 3)).toEqual([
      "Dès qu'on a ton numéro de dossier, on vérifie.",
      "Dès qu'on a ton numéro de dossier, on vérifie.",
      "Dès réception de ton numéro de dossier, la vérification commence.",
    ]);
    const refund =
      "[Je m'occupe|Nous nous occupons] de {votre|ta} demande de remboursement ou d'annulation.";
    expect(voiced(refund, NOUS, PHRASES_FR, 0)).toBe("Nous nous en occupons.");
    expect(voiced(refund, TU, PHRASES_FR, 0)).toBe("Je m'en occupe.");
    expect(voiced(refund, TU, PHRASES_FR, 1)).toBe(
      "Je m'occupe de ta demande de remboursement ou d'annulation.",
    );
    // The care cue "J'entends" stays; the intimate band then drops the "ne".
    expect(
      say("[J'entends|Nous entendons] {votre|ton} mécontentement.", TU, PHRASES_FR).slice(0, 3),
    ).toEqual([
      "J'entends bien que ça te plaît pas.",
      "J'entends bien que ça ne te plaît pas.",
      "J'entends ton mécontentement.",
    ]);
    expect(
      voiced(
        "[Je garde|Nous gardons] [mes|nos] consignes : elles font partie de ce service et ne changent pas en cours de conversation.",
        TU,
        PHRASES_FR,
        0,
      ),
    ).toBe(
      "Bon, je garde mes consignes : elles font partie de ce service et changent pas en cours de route.",
    );
  });

  test("'rien ne vaut' keeps its 'ne': only a negation with 'pas', 'jamais' or 'plus' loses it", () => {
    expect(voiced("Parfois, rien ne vaut un vrai échange.", VOUS, PHRASES_FR, 0)).toBe(
      "Parfois, rien ne vaut un vrai échange.",
    );
    expect(
      voiced(
        "[Je ne {vous|te} lâche pas|Nous ne {vous|te} lâchons pas] avant que ce soit réglé.",
        NOUS,
        PHRASES_FR,
        0,
      ),
    ).toBe("Nous vous lâchons pas avant que ce soit réglé.");
  });

  test("no rewrite turns 'vous' into 'tu' or the reverse, or changes the voice, at any band", () => {
    // An ellipsis may leave no second person at all ("Ta question est bien notée" → "Bien noté").
    const changed = sentenceTemplates(PHRASES_FR).flatMap((template) =>
      VOICES.flatMap((choices) => {
        const consultative = voiced(template, choices, PHRASES_FR, 2);
        const form = detectAddress(consultative, "fr").form;
        const voice = /\bnous\b/i.test(consultative);
        return BANDS.map((band) => voiced(template, choices, PHRASES_FR, band)).filter((text) => {
          const read = detectAddress(text, "fr").form;
          return (read !== form && read !== "none") || /\bnous\b/i.test(text) !== voice;
        });
      }),
    );
    expect(changed).toEqual([]);
  });
});

describe("English moves along the register", () => {
  test("contractions below consultative, none above it, and at consultative as the address form says", () => {
    expect(BANDS.map((band) => contracts(band, false))).toEqual([true, true, false, false, false]);
    expect(BANDS.map((band) => contracts(band, true))).toEqual([true, true, true, false, false]);
    const core =
      "[I can|We can] help: could you tell [me|us] a little more about what you are looking for?";
    expect(say(core, VOUS, PHRASES_EN)).toEqual([
      "I can help: can you tell me a little more about what you're looking for?",
      "I can help: can you tell me a little more about what you're looking for?",
      "I can help: could you tell me a little more about what you are looking for?",
      "I can assist: could you tell me more about what you are looking for?",
      "I can assist: would you kindly tell me more about what you are looking for?",
    ]);
    expect(voiced("{It is|It's} a pleasure to hear from you.", TU, PHRASES_EN, 4)).toBe(
      "It is a pleasure to hear from you.",
    );
    expect(
      voiced(
        "[{I have|I've} received|{We have|We've} received] your message.",
        VOUS,
        PHRASES_EN,
        0,
      ),
    ).toBe("Got your message.");
    expect(voiced("Send [me|us] your file number.", NOUS, PHRASES_EN, 4)).toBe(
      "Kindly send us your file number.",
    );
  });

  test("casual English says it plainly: 'sort out', 'in writing once it's logged'", () => {
    expect(
      say(
        "[I will|We will] take care of your refund or cancellation request.",
        VOUS,
        PHRASES_EN,
      ).slice(0, 3),
    ).toEqual([
      "I'll sort out your refund or cancellation.",
      "I'll sort out your refund or cancellation.",
      "I will take care of your refund or cancellation request.",
    ]);
    expect(
      voiced(
        "You will receive a written confirmation once the request is registered.",
        VOUS,
        PHRASES_EN,
        1,
      ),
    ).toBe("You'll get it in writing once it's logged.");
    expect(voiced("Your message is noted.", VOUS, PHRASES_EN, 0)).toBe("Got your message.");
  });

  test("'let us know' asks leave and never contracts to 'let's'", () => {
    const texts = say("Just let [me|us] know when you are available.", NOUS, PHRASES_EN);
    expect(texts.filter((text) => /let's/i.test(text))).toEqual([]);
    expect(texts[0]).toBe("Just let us know when you're available.");
  });
});

describe.each([
  ["en", PHRASES_EN],
  ["fr", PHRASES_FR],
] as const)("%s: every template at every band", (_language, book) => {
  test("reads as clean text: no template syntax left, no doubled space, a capital first and the final punctuation kept", () => {
    const all = sentenceTemplates(book);
    expect(all.length).toBeGreaterThan(150);
    const broken = all.flatMap((template) =>
      VOICES.flatMap((choices) =>
        BANDS.map((band) => voiced(template, choices, book, band)).filter((text) => {
          const end = voiced(template, choices, book, 2).at(-1);
          return (
            /[{}[\]|]|\s{2}|\s[,.]/.test(text) ||
            !/^[\p{Lu}$À-Ý]/u.test(text) ||
            text.at(-1) !== end
          );
        }),
      ),
    );
    expect(broken).toEqual([]);
  });
});
