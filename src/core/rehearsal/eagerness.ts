/**
 * Eagerness on serious replies. The enthusiasm slider's Positive, Upbeat and Enthusiastic bands
 * show energy, yet a refusal or a redirect does not take an exclamation mark ("These instructions
 * frame my role!", "Only with mutual respect!"). There the energy goes into a clause of eagerness
 * to go on with the person, joined to the refusal or the redirect (realise.ts `append`): "…, and I
 * can't set them aside, but I'm really keen to get the rest on track with you." Each holds an
 * intensifier and a positive note, the catalog's marks of energy, and no word of warmth ("help
 * you", "plaisir"): the warmth slider speaks for itself.
 * Templates in the phrasebook notation (phrasebook.ts), without the final stop.
 */
import type { Language } from "../persona/constants";
import type { Variants } from "./phrasebook";

/**
 * After a refusal ("but …") and after a redirect ("and …"), per language; at Enthusiastic, after
 * the answer to a complaint too, where one exclamation mark is not yet "high energy".
 */
export const EAGER_CLAUSES: Readonly<
  Record<Language, Readonly<Record<"decline" | "redirect" | "answer", Variants>>>
> = {
  en: {
    answer: [
      "and [I am|we are] really keen to get everything back on track for you",
      "and [I|we] really want this sorted smoothly and quickly",
    ],
    decline: [
      "but [I am|we are] really keen to get the rest on track with you",
      "but [I would|we would] really like the rest to go smoothly for you",
    ],
    redirect: [
      "and [I|we] really want to get things back on track with you",
      "and [I am|we are] really keen to sort this out smoothly with you",
    ],
  },
  fr: {
    answer: [
      "et [j'ai|nous avons] vraiment à cœur que tout soit vite en ordre",
      "et [je tiens|nous tenons] vraiment à ce que tout reparte en bonne voie",
    ],
    decline: [
      "mais [je tiens|nous tenons] vraiment à mettre le reste en bonne voie avec {vous|toi}",
      "mais [j'ai|nous avons] vraiment à cœur que la suite avance sans souci",
    ],
    redirect: [
      "et [je tiens|nous tenons] vraiment à remettre les choses en bonne voie avec {vous|toi}",
      "et [j'ai|nous avons] vraiment à cœur que tout soit de nouveau en ordre",
    ],
  },
};

/** The clauses a serious reply takes at an enthusiasm band: none below Positive, the answer's only at Enthusiastic. */
export function eagerClauses(language: Language, band: number): Readonly<Record<string, Variants>> {
  if (band < 2) return {};
  const { answer, ...others } = EAGER_CLAUSES[language];
  return band === 4 ? { ...others, answer } : others;
}
