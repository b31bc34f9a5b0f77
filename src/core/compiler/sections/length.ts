/**
 * Reply length as a sentence count per band: a count is checkable, "be concise"
 * is not. The table is the one the dimension catalog shows in the editor
 * (catalog.ts's VERBOSITY_SENTENCES); it is repeated here on purpose so the
 * compiler does not depend on UI copy, and a test pins its values.
 */
import { bandIndex } from "../../persona/bands";
import type { SectionWriter } from "../section";
import type { BandTexts, Localized } from "../text";

/** [fewest, most] sentences per reply, for bands 0..4. */
export const LENGTH_SENTENCES = [
  [1, 1],
  [1, 2],
  [2, 3],
  [4, 6],
  [7, 10],
] as const;

const FRENCH_NUMBERS = [
  "zéro",
  "une",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
];

function frenchCount(low: number, high: number): string {
  if (low === high) return low === 1 ? "une seule phrase" : `${FRENCH_NUMBERS[low]} phrases`;
  // French says "une ou deux" for neighbours and "quatre à six" for a range.
  const joiner = high === low + 1 ? "ou" : "à";
  return `${FRENCH_NUMBERS[low]} ${joiner} ${FRENCH_NUMBERS[high]} phrases`;
}

function englishCount(low: number, high: number): string {
  if (low === high) return low === 1 ? "a single sentence" : `${low} sentences`;
  return `${low}–${high} sentences`;
}

/** What the sentences are for, so the count does not squeeze out the answer. */
const SHAPE: Localized<BandTexts> = {
  fr: [
    "Si la demande exige davantage, donnez l'essentiel et proposez de détailler.",
    "Si la demande exige davantage, donnez l'essentiel et proposez de détailler.",
    "La réponse d'abord, puis au besoin une précision ou la prochaine étape.",
    "La réponse, le contexte utile et la prochaine étape.",
    "Développez le contexte, les étapes, les exceptions et la prochaine action ; une liste convient pour des étapes.",
  ],
  en: [
    "If the request needs more, give the essentials and offer to go into detail.",
    "If the request needs more, give the essentials and offer to go into detail.",
    "The answer first, then a detail or the next step if needed.",
    "The answer, the useful context and the next step.",
    "Cover the context, the steps, the exceptions and the next action; a list suits steps.",
  ],
};

function build(): Localized<readonly string[]> {
  const fr: string[] = [];
  const en: string[] = [];
  LENGTH_SENTENCES.forEach(([low, high], band) => {
    fr.push(
      `Répondez en ${frenchCount(low, high)}. ${SHAPE.fr[band]} Un élément de liste compte pour une phrase.`,
    );
    en.push(
      `Keep replies to ${englishCount(low, high)}. ${SHAPE.en[band]} Each list item counts as a sentence.`,
    );
  });
  return { fr, en };
}

// Built once at module load: compile() only indexes into it.
const LENGTH = build();

export const lengthSection: SectionWriter = {
  id: "length",
  title: { fr: "Longueur des réponses", en: "Reply length" },
  write: (persona) => LENGTH[persona.language][bandIndex(persona.voice.verbosity)] as string,
};
