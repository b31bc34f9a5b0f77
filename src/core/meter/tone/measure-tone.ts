/**
 * Warmth, enthusiasm, humour and institutional voice, read from cue phrases (cues.ts),
 * exclamation marks and passive voice. Each score saturates: the first cues say most, the
 * tenth adds little, and a longer reply needs more cues for the same score (density per
 * √sentences, between a count and a rate). Absence of cues is weak evidence, so a reply
 * with none reads low-but-not-zero.
 */
import { bandIndex } from "../../persona/bands";
import type { Language } from "../../persona/constants";
import type { Token } from "../../text/tokens";
import { matchPhraseGroup } from "../phrases";
import { TONE_CUES, toneGroup } from "./cues";
import { byStart } from "../spans";
import { WordMemo } from "../word-memo";
import type { Reading, Span } from "../types";

/** Score from a weighted cue count: base + (100 − base)·(1 − e^(−k·density)). */
function saturate(weighted: number, sentences: number, base: number, k: number): number {
  const density = weighted / Math.sqrt(Math.max(1, sentences));
  return Math.round(base + (100 - base) * (1 - Math.exp(-k * density)));
}

function warmthScore(courtesy: number, care: number, sentences: number): number {
  const score = saturate(courtesy + CARE_WEIGHT * care, sentences, 10, WARMTH_RATE);
  return care === 0 ? Math.min(COURTESY_ONLY_MAX, score) : score;
}

function reading(score: number, evidence: Span[]): Reading {
  const clamped = Math.min(100, Math.max(0, score));
  return { score: clamped, band: bandIndex(clamped), evidence: byStart(evidence) };
}

/**
 * Warmth: a care cue weighs 2.5 courtesy cues, and the rate is such that one courtesy cue in a
 * two-sentence reply reads Reserved (37), one care cue Warm (63), two care cues Very warm (85):
 * the catalog's band definitions, read as cue counts. Courtesy alone reads Cordial at most (59),
 * however dense: courtesy formulas are what Reserved and Cordial are made of, and Warm begins
 * with care ("You are very welcome, it was a pleasure. We wish you a very pleasant day" is polite).
 */
const CARE_WEIGHT = 2.5;
const COURTESY_ONLY_MAX = 59;
const WARMTH_RATE = 0.5;

const EXCLAMATION = /!+/g;
const BE_EN = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const BE_FR = new Set([
  "est",
  "sont",
  "etait",
  "etaient",
  "sera",
  "seront",
  "serait",
  "seraient",
  "ete",
  "etre",
]);
const PARTICIPLE_EN =
  /(?:ed|en)$|^(?:done|made|sent|paid|held|kept|told|sold|found|shown|known|seen|given|taken|built|set|put|read)$/;
/**
 * French participles, read on the word as written: folded, "traitée" ends like "votre",
 * "possible" or "même", and "Quelle est votre demande ?" read as a passive. A participle in -e
 * is written -é(e)(s); a plain -e ending is none (-ie, -ue, -ise, -te are).
 */
const PARTICIPLE_FR = /(?:é|ée|és|ées|i|is|ise|ises|ie|ies|u|ue|us|ues|t|te|ts|tes)$/u;
const ADVERB = /^(?:not|also|already|then|now|pas|deja|aussi|bien|ensuite)$/;

/** What a word can be in a passive, per language: a form of be/être, an adverb between, a participle. */
const BE = 1;
const BETWEEN = 2;
const PARTICIPLE = 4;

/** The roles a folded word can have; an English participle too (French ones need the written word: isParticiple). */
function passiveRole(folded: string, language: Language): number {
  const be = language === "fr" ? BE_FR : BE_EN;
  const participle = language === "en" && folded.length >= 4 && PARTICIPLE_EN.test(folded);
  return (
    (be.has(folded) ? BE : 0) | (ADVERB.test(folded) ? BETWEEN : 0) | (participle ? PARTICIPLE : 0)
  );
}
const PASSIVE_ROLES: Record<Language, WordMemo<number>> = {
  en: new WordMemo((folded) => passiveRole(folded, "en")),
  fr: new WordMemo((folded) => passiveRole(folded, "fr")),
};

function isParticiple(
  text: string,
  token: Token,
  roles: WordMemo<number>,
  language: Language,
): boolean {
  if (language !== "fr") return (roles.get(token) & PARTICIPLE) !== 0;
  const written = text.slice(token.start, token.end).toLowerCase();
  return written.length >= 4 && PARTICIPLE_FR.test(written);
}

/** "is processed", "sont traitées": a form of be/être then a participle (an adverb may sit between). */
function passives(text: string, tokens: readonly Token[], language: Language): Span[] {
  const roles = PASSIVE_ROLES[language === "fr" ? "fr" : "en"];
  const spans: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if ((roles.get(token) & BE) === 0) continue;
    let j = i + 1;
    if ((roles.get(tokens[j] as Token) & BETWEEN) !== 0 && j + 1 < tokens.length) j++;
    const next = tokens[j] as Token;
    if (next.sentence === token.sentence && isParticiple(text, next, roles, language)) {
      spans.push({ start: token.start, end: next.end, cue: "passive voice" });
    }
  }
  return spans;
}

/** The four tone readings of a text. */
export function measureTone(
  text: string,
  tokens: readonly Token[],
  language: Language,
  sentences: number,
  emojiSpans: readonly Span[],
) {
  const [courtesy, intense, humor, institutional, personal, care, positive] = matchPhraseGroup(
    tokens,
    toneGroup(language),
    TONE_CUES,
  ) as Span[][] as [Span[], Span[], Span[], Span[], Span[], Span[], Span[]];
  // "so sorry" is care; its "sorry" is not counted a second time as courtesy.
  const warm =
    care.length === 0
      ? courtesy
      : courtesy.filter((s) => !care.some((c) => c.start <= s.start && s.end <= c.end));
  // And the other way: "that's what I'm here for" is a courtesy formula; its "I'm here" is not care.
  const cared =
    courtesy.length === 0
      ? care
      : care.filter(
          (c) =>
            !courtesy.some(
              (s) => s.start <= c.start && c.end <= s.end && s.end - s.start > c.end - c.start,
            ),
        );
  const exclaim: Span[] = [];
  let exclaimWeight = 0;
  EXCLAMATION.lastIndex = 0;
  for (let m = EXCLAMATION.exec(text); m !== null; m = EXCLAMATION.exec(text)) {
    exclaim.push({
      start: m.index,
      end: m.index + m[0].length,
      cue: m[0].length > 1 ? "repeated exclamation" : "exclamation",
    });
    // "!!!" says more than "!", but not three times more.
    exclaimWeight += m[0].length > 1 ? 1.6 : 1;
  }
  // A wink or a laughing face is the one humour cue emoji carry.
  const winks = emojiSpans.filter((s) =>
    /\u{1F609}|\u{1F61C}|\u{1F602}|\u{1F923}|\u{1F606}|\u{1F604}/u.test(text.slice(s.start, s.end)),
  );
  const humorSpans = [
    ...humor,
    ...winks.map((s) => ({ ...s, cue: "humour emoji" })),
    ...winkEmoticons(text),
  ];
  const institutionalSpans = [...institutional, ...passives(text, tokens, language)];
  const inst = institutionalSpans.length / Math.sqrt(Math.max(1, sentences));
  const pers = personal.length / Math.sqrt(Math.max(1, sentences));
  return {
    warmth: reading(warmthScore(warm.length, cared.length, sentences), [...warm, ...cared]),
    // A positive note weighs half an exclamation: one in a two-sentence reply reads Calm.
    enthusiasm: reading(
      saturate(exclaimWeight + 0.7 * intense.length + 0.5 * positive.length, sentences, 8, 0.8),
      [...exclaim, ...intense, ...positive],
    ),
    humor: reading(
      humorSpans.length === 0 ? 5 : Math.min(95, 45 + 20 * (humorSpans.length - 1)),
      humorSpans,
    ),
    // A logistic on institutional minus personal cues: no cue at all reads about 33.
    institutional: reading(Math.round(100 / (1 + Math.exp(-0.9 * (inst - pers - 0.8)))), [
      ...institutionalSpans,
      ...personal,
    ]),
  };
}

const WINK = /(?<![\p{L}\p{N}]);-?\)/gu;
function winkEmoticons(text: string): Span[] {
  if (!text.includes(";")) return [];
  return [...text.matchAll(WINK)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    cue: "humour emoticon",
  }));
}
