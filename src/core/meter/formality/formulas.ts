/**
 * Set formulas of address and leave-taking, graded by Joos's registers (the same scale as
 * the register slider): "hey", "coucou" are casual; "Dear Sir or Madam", "veuillez agréer…"
 * frozen. They are the surest register marks of a reply, yet the PT16 sentences, cut from
 * the middle of texts, almost never hold one, so the fitted model cannot weigh them. They
 * are added to its predicted rating as a rule, in PT16 rating points, not fitted.
 */
import type { Language } from "../../persona/constants";
import type { Token } from "../../text/tokens";
import { matchPhraseGroup, phraseGroup, phraseIndex, type PhraseIndex } from "../phrases";
import type { Span } from "../types";

/** Rating points per grade: casual, formal, frozen. */
const GRADES = [
  { shift: -1.2, cue: "casual formula" },
  { shift: 0.8, cue: "formal formula" },
  { shift: 1.6, cue: "frozen formula" },
] as const;

const FORMULAS: Readonly<Record<Language, readonly PhraseIndex[]>> = {
  en: [
    phraseIndex([
      "hey",
      "hey there",
      "hi there",
      "see ya",
      "catch you later",
      "cheers",
      "bye for now",
      "have a good one",
      "yo",
      "sup",
    ]),
    phraseIndex([
      "good day",
      "greetings",
      "with kind regards",
      "kind regards",
      "best regards",
      "we wish you",
      "i wish you",
      "good morning",
      "good afternoon",
      "good evening",
    ]),
    phraseIndex([
      "dear sir or madam",
      "dear sir",
      "dear madam",
      "yours faithfully",
      "yours sincerely",
      "we remain at your disposal",
      "i remain at your disposal",
      "respectfully yours",
    ]),
  ],
  fr: [
    phraseIndex([
      "coucou",
      "salut",
      "a plus",
      "a plus tard",
      "a toute",
      "ciao",
      "bisous",
      "re-salut",
      "coucou toi",
      "salut a toi",
    ]),
    phraseIndex([
      "madame monsieur",
      "bonjour madame",
      "bonjour monsieur",
      "meilleures salutations",
      "je vous souhaite",
      "nous vous souhaitons",
      "bien cordialement",
      "cordialement",
    ]),
    phraseIndex([
      "veuillez agreer",
      "je vous prie d'agreer",
      "nous vous prions d'agreer",
      "salutations distinguees",
      "sentiments distingues",
      "l'expression de mes",
      "l'expression de nos",
      "nous restons a votre disposition",
    ]),
  ],
};

// The three grades read in one pass over the tokens.
const GROUP_EN = phraseGroup(FORMULAS.en);
const GROUP_FR = phraseGroup(FORMULAS.fr);
const GRADE_CUES = GRADES.map((grade) => grade.cue);

/** The rating shift of the formulas in `tokens` (capped at ±2) and their spans. */
export function formulaShift(
  tokens: readonly Token[],
  language: Language,
): { shift: number; evidence: Span[] } {
  let shift = 0;
  const evidence: Span[] = [];
  const found = matchPhraseGroup(tokens, language === "fr" ? GROUP_FR : GROUP_EN, GRADE_CUES);
  found.forEach((spans, grade) => {
    const points = (GRADES[grade] as (typeof GRADES)[number]).shift;
    for (const span of spans) {
      shift += points;
      evidence.push(span);
    }
  });
  return { shift: Math.max(-2, Math.min(2, shift)), evidence };
}
