import { describe, expect, test } from "vitest";
import { tokenize } from "../text/tokens";
import { analyze, emojiBand, lengthBand } from "./analyze";
import { findEmoji } from "./emoji";
import { measureLexicon } from "./lexicon";
import { readability, syllablesEn, syllablesFr } from "./readability";

const text = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);
const score = (t: string) => analyze(t, "en").enthusiasm.score;

/** The passive-voice spans the French institutional reading found, as text. */
function frenchPassives(reply: string): string[] {
  return analyze(reply, "fr")
    .institutional.evidence.filter((s) => s.cue === "passive voice")
    .map((s) => reply.slice(s.start, s.end));
}

describe("emoji", () => {
  test.each([
    ["👍🏽", 1],
    ["👩‍💻", 1],
    ["🇫🇷", 1],
    ["👍🏽 👩‍💻 🇫🇷", 3],
    ["Merci 🙂🙂", 2],
    ["© 2024 Acme™", 0],
    ["Pas d'émoji, « guillemets » et accents : é à ç…", 0],
  ])("%s counts %i", (t, n) => {
    expect(findEmoji(t)).toHaveLength(n);
    expect(analyze(t, "fr").emoji.count).toBe(n);
  });
  test("spans cover the whole sequence", () => {
    const t = "Bravo 👩‍💻!";
    expect(findEmoji(t).map((s) => text(t, s))).toEqual(["👩‍💻"]);
  });
  test.each([
    [0, 0],
    [1, 2],
    [2, 3],
    [5, 4],
  ])("%i emoji → band %i", (n, band) => expect(emojiBand(n)).toBe(band));
});

describe("length", () => {
  test.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 2],
    [5, 3],
    [9, 4],
  ])("%i sentences → band %i", (n, band) => expect(lengthBand(n)).toBe(band));
  test("sentences and words, French spacing before ! and ?", () => {
    const m = analyze("Bonjour ! Comment allez-vous ? Très bien.", "fr");
    expect(m.length.sentences).toBe(3);
    expect(m.length.words).toBe(5);
  });
  test("French elision: one word with its apostrophe", () => {
    expect(tokenize("l'homme qu'il aime").map((t) => t.folded)).toEqual([
      "l'homme",
      "qu'il",
      "aime",
    ]);
  });
});

describe("readability", () => {
  test("syllable heuristics", () => {
    expect([
      syllablesEn("cat"),
      syllablesEn("table"),
      syllablesEn("make"),
      syllablesEn("wanted"),
      syllablesEn("readability"),
    ]).toEqual([1, 2, 1, 2, 5]);
    expect([syllablesFr("maison"), syllablesFr("table"), syllablesFr("chantent")]).toEqual([
      2, 1, 1,
    ]);
  });
  test("Flesch on a known sentence: 'The cat sat on the mat.' (6 words, 6 syllables)", () => {
    // 206.835 − 1.015·6 − 84.6·1 = 116.145
    expect(readability(tokenize("The cat sat on the mat."), 1, "en")).toEqual({
      score: 116.1,
      formula: "flesch",
    });
  });
  test("Kandel & Moles: 'Le chat dort.' (3 words, 3 syllables)", () => {
    // 207 − 1.015·3 − 73.6·1 = 130.355
    expect(readability(tokenize("Le chat dort."), 1, "fr")).toEqual({
      score: 130.4,
      formula: "kandel-moles",
    });
  });
  test("longer words read harder", () => {
    const easy = analyze("We can fix it now. It is fine.", "en").readability.score;
    const hard = analyze(
      "Administrative reorganisation necessitates comprehensive documentation.",
      "en",
    ).readability.score;
    expect(easy).toBeGreaterThan(hard + 30);
  });
});

describe("lexicon", () => {
  test("accent- and case-insensitive, spans in the original text", () => {
    const t = "Un Problème ? Aucun problème, ce n'est pas un problèmeX.";
    const hits = measureLexicon(t, { avoid: ["probleme"], prefer: [] }).avoided;
    expect(hits).toHaveLength(1);
    expect(hits[0]?.spans.map((s) => text(t, s))).toEqual(["Problème", "problème"]);
  });
  test("preferred multi-word terms across odd spacing, and absent terms left out", () => {
    const t = "Votre  numéro de ticket est prêt.";
    const m = measureLexicon(t, { avoid: ["simplement"], prefer: ["numero de ticket"] });
    expect(m.avoided).toEqual([]);
    expect(m.preferred[0]?.spans.map((s) => text(t, s))).toEqual(["numéro de ticket"]);
  });
  test("offsets survive emoji before the term", () => {
    const t = "👩‍💻 Just restart the router.";
    const m = analyze(t, "en", { avoid: ["just"], prefer: ["router"] });
    expect(m.lexicon.avoided[0]?.spans.map((s) => text(t, s))).toEqual(["Just"]);
    expect(m.lexicon.preferred[0]?.spans.map((s) => text(t, s))).toEqual(["router"]);
  });
});

describe("tone", () => {
  test("warmth: thanks, apologies and acknowledged feelings, both languages", () => {
    expect(
      analyze("Thank you, and I'm sorry for the wait. I understand how frustrating this is.", "en")
        .warmth.score,
    ).toBeGreaterThan(analyze("The parcel ships on Thursday.", "en").warmth.score + 40);
    expect(
      analyze("Merci et désolé pour l'attente, je comprends bien.", "fr").warmth.band,
    ).toBeGreaterThanOrEqual(3);
  });
  test('enthusiasm: "!!!" says more than "!", which says more than "."', () => {
    expect(score("That works!!!")).toBeGreaterThan(score("That works!"));
    expect(score("That works!")).toBeGreaterThan(score("That works."));
    expect(analyze("C'est vraiment génial !", "fr").enthusiasm.score).toBeGreaterThan(
      analyze("C'est correct.", "fr").enthusiasm.score,
    );
  });
  test("humour: only explicit cues", () => {
    expect(analyze("Haha, just kidding 😉", "en").humor.band).toBeGreaterThanOrEqual(3);
    expect(analyze("mdr je plaisante", "fr").humor.band).toBeGreaterThanOrEqual(3);
    expect(analyze("Your parcel has shipped.", "en").humor.band).toBe(0);
  });
  test("institutional: we and procedure vs I", () => {
    const inst = analyze(
      "Nous accusons réception de votre dossier, traité conformément à la procédure.",
      "fr",
    ).institutional;
    const pers = analyze("Je regarde ça tout de suite et je te dis.", "fr").institutional;
    expect(inst.score).toBeGreaterThan(pers.score + 40);
    expect(
      analyze(
        "Your request was processed in accordance with our policy.",
        "en",
      ).institutional.evidence.map((s) => s.cue),
    ).toContain("passive voice");
  });
  test("institutional: 'we're', 'we've', 'we'll' speak for the organisation as 'we are' does, as 'I'm' speaks for one", () => {
    for (const [full, short] of [
      ["We are", "We're"],
      ["We have", "We've"],
      ["We will", "We'll"],
    ] as const) {
      const [a, b] = [full, short].map(
        (t) => analyze(`${t} checking your file today.`, "en").institutional.score,
      );
      expect(b).toBe(a);
      expect(b).toBeGreaterThan(analyze("I'm checking your file today.", "en").institutional.score);
    }
  });
  test.each([
    [
      "We remain at your disposal for any further information.",
      "Nous restons à votre disposition pour toute information complémentaire.",
    ],
    [
      "Under the terms and conditions, the deadline is March 31.",
      "Selon les conditions générales, la date limite est le 31 mars.",
    ],
    [
      "Your application will be processed in accordance with the procedure.",
      "Votre candidature sera traitée conformément à la procédure.",
    ],
  ])("institutional: a set formula reads the same band in English and in French (%s)", (en, fr) => {
    expect(analyze(fr, "fr").institutional.band).toBe(analyze(en, "en").institutional.band);
  });
  test("institutional: a French passive needs a participle as written, not a word that folds like one", () => {
    expect(frenchPassives("Votre demande est traitée et sera transmise.")).toEqual([
      "est traitée",
      "sera transmise",
    ]);
    expect(
      frenchPassives("Quelle est votre demande ? La démarche est simple et reste possible."),
    ).toEqual([]);
  });
  test("quoted speech: a quoted exclamation still reads as an exclamation, and is spanned", () => {
    const t = 'The customer wrote "Help!!!" and we replied.';
    const m = analyze(t, "en");
    expect(m.enthusiasm.evidence.map((s) => text(t, s))).toContain("!!!");
  });
});

describe("formality", () => {
  test.each([
    [
      "en",
      "Dear Sir, we hereby acknowledge receipt of your application.",
      "lol yeah that's sooo cool!! u gotta try it",
    ],
    [
      "en",
      "I would be grateful if you could confirm the appointment.",
      "gonna need u to confirm the thing ok?",
    ],
    ["en", "The committee approved the revised budget.", "omg they said yes!!!"],
    [
      "fr",
      "Madame, je vous prie d'agréer l'expression de mes salutations distinguées.",
      "salut t'as vu ça mdr",
    ],
    [
      "fr",
      "Nous vous remercions de votre demande, qui sera traitée dans les meilleurs délais.",
      "ouais c'est bon j'sais pas trop",
    ],
  ] as const)("%s: %s ≫ %s", (language, formal, informal) => {
    const f = analyze(formal, language).formality;
    const i = analyze(informal, language).formality;
    expect(f.score).toBeGreaterThan(i.score + 20);
    expect(f.band).toBeGreaterThan(i.band);
  });
  test("minimal pair: the dropped ne and the reduced j' lower a plain sentence", () => {
    expect(analyze("Je ne sais pas encore.", "fr").formality.score).toBeGreaterThan(
      analyze("j'sais pas encore", "fr").formality.score + 10,
    );
  });
  test("evidence points at the informal cues", () => {
    const t = "lol that's AWESOME!!";
    const cues = analyze(t, "en").formality.evidence.map((s) => `${s.cue}:${text(t, s)}`);
    expect(cues).toEqual(
      expect.arrayContaining([
        "contraction:that's",
        "informal word:lol",
        "all caps:AWESOME",
        "repeated punctuation:!!",
        "lower-case start:lol",
      ]),
    );
    const fr = "c'est pas grave";
    expect(analyze(fr, "fr").formality.evidence.map((s) => `${s.cue}:${text(fr, s)}`)).toContain(
      "dropped ne:pas",
    );
  });
  test("a French -ment adverb is no nominalisation; a -ment noun is", () => {
    const t = "Je regrette vraiment ce remboursement tardif.";
    const nominal = analyze(t, "fr")
      .formality.evidence.filter((s) => s.cue === "nominalisation")
      .map((s) => text(t, s));
    expect(nominal).toEqual(["remboursement"]);
  });
  test("scores stay within 0..100", () => {
    for (const t of [
      "",
      "!!!!!!!!",
      "A",
      "🙂",
      "Therefore, notwithstanding the aforementioned considerations, the administration's determination stands.",
    ]) {
      const s = analyze(t, "en").formality.score;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
  });
});

test("deterministic: same text, same measurement", () => {
  const t = "Bonjour Madame, nous avons bien reçu votre dossier 🙂 Merci !";
  expect(analyze(t, "fr", { avoid: ["dossier"], prefer: [] })).toEqual(
    analyze(t, "fr", { avoid: ["dossier"], prefer: [] }),
  );
});

test("address comes from detectAddress", () => {
  expect(analyze("Tu peux venir demain ?", "fr").address.form).toBe("informal");
  expect(analyze("Pouvez-vous venir demain ?", "fr").address.form).toBe("formal");
});
