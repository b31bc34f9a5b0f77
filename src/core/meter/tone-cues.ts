/**
 * Cue phrases of the tone readings, per language, folded. Warmth follows what the catalog's
 * warm bands ask for (acknowledge feelings, thank, apologise, wish well); enthusiasm the
 * intensifiers and praise words of the high bands; institutional voice the organisation
 * speaking (we/nous, "our team"), procedural and regulatory terms and set formulas.
 * Humour cues are only the explicit ones (laughter, "just kidding"): wit and puns leave
 * no surface mark, so the humour reading is the weakest of the meter.
 */
import type { Language } from "../persona/constants";
import { phraseGroup, phraseIndex, type PhraseGroup, type PhraseIndex } from "./phrases";

export interface ToneCues {
  warmth: PhraseIndex;
  intensifiers: PhraseIndex;
  humor: PhraseIndex;
  institutional: PhraseIndex;
  /** First-person singular: the personal voice that institutional voice replaces. */
  personal: PhraseIndex;
}

const EN: ToneCues = {
  warmth: phraseIndex([
    "thank*", "thx", "sorry", "apologi*", "i understand", "i know how", "i can imagine", "i hear you", "that must be",
    "frustrating", "worrying", "don't worry", "no worries", "glad", "happy to help", "i'm happy", "pleasure", "hope",
    "take care", "have a great", "have a good", "have a nice", "feel free", "appreciate", "of course", "welcome", "dear",
  ]),
  intensifiers: phraseIndex([
    "really", "so much", "absolutely", "totally", "super", "great", "amazing", "awesome", "fantastic", "wonderful",
    "excellent", "brilliant", "love", "thrilled", "excited", "exciting", "delighted", "perfect", "incredible", "wow",
    "yay", "definitely", "huge", "best",
  ]),
  humor: phraseIndex(["haha*", "hehe*", "lol", "lmao", "rofl", "just kidding", "jk", "kidding", "joke", "joking", "pun intended", "no pun intended"]),
  institutional: phraseIndex([
    "we", "our", "us", "ours", "our team", "the company", "the department", "the administration", "the bank",
    "procedure*", "polic*", "regulation*", "pursuant", "in accordance with", "accordance", "applicable", "hereby",
    "please find", "we remain", "at your disposal", "kind regards", "yours sincerely", "yours faithfully", "compliance",
    "terms and conditions", "request*", "application*", "form", "eligib*", "deadline", "reference number",
  ]),
  personal: phraseIndex(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"]),
};

const FR: ToneCues = {
  warmth: phraseIndex([
    "merci", "desole*", "pardon", "excuse*", "je comprends", "je vous comprends", "je te comprends", "je comprends bien",
    "c'est frustrant", "frustrant", "inquiet*", "ne vous inquietez", "t'inquiete", "pas de souci", "ravi*", "heureux",
    "heureuse", "avec plaisir", "plaisir", "j'espere", "esperons", "bonne journee", "bonne soiree", "belle journee",
    "n'hesitez", "n'hesite", "volontiers", "bien sur", "cher", "chere", "courage",
  ]),
  intensifiers: phraseIndex([
    "vraiment", "tellement", "trop", "super", "genial*", "excellent*", "formidable", "magnifique", "incroyable",
    "parfait*", "adore", "j'adore", "enchante*", "ravi*", "absolument", "carrement", "top", "bravo", "youpi", "extra",
    "fantastique", "merveilleu*", "hate",
  ]),
  humor: phraseIndex(["haha*", "hihi", "hehe*", "mdr", "ptdr", "lol", "je plaisante", "je rigole", "blague", "humour", "jeu de mots", "sans jeu de mots"]),
  institutional: phraseIndex([
    "nous", "notre", "nos", "nos services", "notre equipe", "l'administration", "l'etablissement", "la societe",
    "procedure*", "reglement*", "reglementation", "conformement", "dispositions", "en application", "dossier*",
    "demarche*", "formulaire*", "delai*", "justificati*", "piece*", "veuillez", "nous restons a votre disposition",
    "je vous prie d'agreer", "agreer", "salutations distinguees", "cordialement", "ci-joint", "ci-dessous", "modalites",
    "eligib*", "reference",
  ]),
  personal: phraseIndex(["je", "j'*", "me", "m'*", "moi", "mon", "ma", "mes"]),
};

/** The tone cue phrases of a language. */
export function toneCues(language: Language): ToneCues {
  return language === "fr" ? FR : EN;
}

/** The cue names of the five lists, in the order of toneGroup(). */
export const TONE_CUES = ["warmth", "intensifier", "humour", "institutional", "personal voice"] as const;
const group = (cues: ToneCues) => phraseGroup([cues.warmth, cues.intensifiers, cues.humor, cues.institutional, cues.personal]);
const GROUPS = { en: group(EN), fr: group(FR) };

/** The five lists of a language, to read in one pass (matchPhraseGroup). */
export function toneGroup(language: Language): PhraseGroup {
  return GROUPS[language === "fr" ? "fr" : "en"];
}
