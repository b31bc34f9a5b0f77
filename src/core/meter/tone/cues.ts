/**
 * Cue phrases of the tone readings, per language, folded. Warmth follows what the catalog's
 * bands ask for, in two tiers: courtesy (thank, welcome, apologise, wish well) for the
 * Reserved and Cordial bands, care (name the person's feelings, understand, reassure, stay
 * with them) for Warm and Very warm, weighing more; enthusiasm a quiet positive note for its
 * Calm and Positive bands, then the
 * intensifiers and praise words of the high bands; institutional voice the organisation
 * speaking (we/nous, "our team"), procedural and regulatory terms and set formulas.
 * Humour cues are only the explicit ones (laughter, "just kidding"): wit and puns leave
 * no surface mark, so the humour reading is the weakest of the meter.
 */
import type { Language } from "../../persona/constants";
import { phraseGroup, phraseIndex, type PhraseGroup, type PhraseIndex } from "../phrases";

export interface ToneCues {
  /** Courtesy: thanks, welcome, good wishes, a plain apology (the Reserved and Cordial bands). */
  warmth: PhraseIndex;
  /** Care: naming the person's feelings, understanding, reassurance, staying with them (Warm and Very warm). */
  care: PhraseIndex;
  /** A quiet positive note ("good news", "everything is in order"): the Calm and Positive enthusiasm bands. */
  positive: PhraseIndex;
  intensifiers: PhraseIndex;
  humor: PhraseIndex;
  institutional: PhraseIndex;
  /** First-person singular: the personal voice that institutional voice replaces. */
  personal: PhraseIndex;
}

const EN: ToneCues = {
  warmth: phraseIndex([
    "thank*", "thx", "sorry", "apologi*", "glad", "happy to help", "i'm happy", "pleasure", "hope", "take care",
    "have a great", "have a good", "have a nice", "feel free", "appreciate", "of course", "welcome", "dear",
    "good question", "great question", "no problem", "i can help", "we can help", "can i help", "can we help",
    "help you", "here to help", "here for your", "look forward", "looking forward", "wish you", "pleasant", "see you soon",
    "makes my day", "together", "let's take the time", "let us take the time", "take your time", "received your",
    "been received", "noted your", "is noted", "been noted", "understood your", "legitimate", "fair question",
    "fair request", "nice question", "want to help", "question's noted", "request's noted", "message's noted",
    "what i'm here for", "what we're here for", "what i am here for", "what we are here for",
    // The same availability said after the request ("Ask your question, I'm here for that"), and the
    // offer "what can I do for you?" (French: "faire pour vous").
    "i'm here for that", "i am here for that", "we're here for that", "we are here for that", "do for you",
    "got your message", "got your request", "got your question",
    // The same offers in formal English: "How may I assist you?"
    "i can assist", "we can assist", "assist you", "here to assist", "glad to assist", "happy to assist", "want to assist",
  ]),
  care: phraseIndex([
    "i understand", "we understand", "i completely understand", "i can understand", "i know how", "i can imagine",
    "i hear you", "i see how", "that must be", "this must be", "it must be", "must really be", "frustrat*", "worried",
    "worrying", "worry", "don't worry", "no worries", "stressful", "upsetting", "weighing on you", "weigh on you",
    "so sorry", "sorry to hear", "really sorry", "rest assured", "reassur*", "understandable", "stay with you",
    "by your side", "here for you", "i'm here", "we're here", "i am here", "we are here", "with you every step", "you're not alone",
    "i can tell", "we can tell", "not let this go", "won't let this go",
  ]),
  positive: phraseIndex([
    "good news", "nice news", "all set", "all good", "in order", "on track", "pleased", "glad to", "good to hear",
    "sounds good", "went well", "goes well", "smoothly", "ready for you",
  ]),
  intensifiers: phraseIndex([
    "really", "so much", "absolutely", "totally", "super", "great", "amazing", "awesome", "fantastic", "wonderful",
    "excellent", "brilliant", "love", "thrilled", "excited", "exciting", "delighted", "perfect", "incredible", "wow",
    "yay", "definitely", "huge", "best",
  ]),
  humor: phraseIndex(["haha*", "hehe*", "lol", "lmao", "rofl", "just kidding", "jk", "kidding", "joke", "joking", "pun intended", "no pun intended"]),
  institutional: phraseIndex([
    "we", "we're", "we've", "we'll", "we'd", "our", "us", "ours", "our team", "the company", "the department", "the administration", "the bank",
    "procedure*", "polic*", "regulation*", "pursuant", "in accordance with", "accordance", "applicable", "hereby",
    "please find", "we remain", "at your disposal", "kind regards", "yours sincerely", "yours faithfully", "compliance",
    "terms and conditions", "request*", "application*", "form", "eligib*", "deadline", "reference number", "supporting document*",
  ]),
  personal: phraseIndex(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'll", "i'd"]),
};

const FR: ToneCues = {
  warmth: phraseIndex([
    "merci", "desole*", "pardon", "excuse*", "pas de souci", "ravi*", "heureux", "heureuse", "avec plaisir", "plaisir",
    "j'espere", "esperons", "bonne journee", "bonne soiree", "belle journee", "n'hesitez", "n'hesite", "volontiers",
    "bien sur", "cher", "chere", "bienvenue", "je vous en prie", "je t'en prie", "bonne question", "tout naturel",
    "vous aider", "t'aider", "faire pour vous", "faire pour toi", "a votre service", "a ton service", "a votre ecoute",
    "a ton ecoute", "a bientot", "au plaisir", "bonne continuation", "ensemble", "prenons le temps", "prends ton temps",
    "prenez votre temps", "bien recu", "bien recue", "bien note", "bien notee", "bien compris", "legitime", "jolie question",
    "vous souhaite", "vous souhaitons", "te souhaite", "te souhaitons", "excellente journee", "excellente soiree",
    // "C'est ce pour quoi je suis là" is availability, a courtesy: its "je suis là" is not care (as "that's what I'm here for").
    "je suis la pour ca", "je suis la pour cela", "nous sommes la pour ca", "nous sommes la pour cela", "on est la pour ca",
  ]),
  care: phraseIndex([
    "je comprends", "je vous comprends", "je te comprends", "je le comprends", "nous comprenons", "nous vous comprenons",
    "nous le comprenons", "on comprend", "je le regrette", "nous le regrettons", "vraiment desole*", "sincerement desole*",
    "desole d'apprendre", "desolee d'apprendre", "c'est frustrant", "frustra*", "inquiet*", "ne vous inquietez",
    "ne t'inquiete", "t'inquiete", "pas d'inquietude", "penible", "vous peser", "te peser", "courage", "a vos cotes",
    "a tes cotes", "je suis la", "nous sommes la", "on est la", "rassur*", "c'est bien normal", "c'est normal",
    "j'entends", "nous entendons", "je sens", "nous sentons", "vous n'etes pas seul*", "tu n'es pas seul*",
    "ne vous lache", "ne te lache", "ne vous lachons", "ne te lachons",
  ]),
  positive: phraseIndex([
    "bonne nouvelle", "en ordre", "tout est pret", "tout est bon", "c'est bon", "en bonne voie", "content de",
    "contente de", "heureux de", "heureuse de", "ca roule", "sans souci", "tout s'est bien passe", "bien passe",
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
    "demarche*", "formulaire*", "delai*", "justificati*", "piece*", "veuillez", "nous restons",
    "je vous prie d'agreer", "agreer", "salutations distinguees", "cordialement", "ci-joint", "ci-dessous", "modalites",
    "eligib*", "reference",
    // As in English ("at your disposal", "application*", "the company", "terms and conditions", "deadline"). Not
    // "demande" for "request*": French says it in every band of the catalog, personal voice included.
    "a votre disposition", "a ta disposition", "candidature*", "l'entreprise", "conditions generales", "date limite",
  ]),
  personal: phraseIndex(["je", "j'*", "me", "m'*", "moi", "mon", "ma", "mes"]),
};

/** The tone cue phrases of a language. */
export function toneCues(language: Language): ToneCues {
  return language === "fr" ? FR : EN;
}

/** The cue names of the seven lists, in the order of toneGroup(). */
export const TONE_CUES = ["warmth", "intensifier", "humour", "institutional", "personal voice", "empathy", "positive note"] as const;
const group = (cues: ToneCues) =>
  phraseGroup([cues.warmth, cues.intensifiers, cues.humor, cues.institutional, cues.personal, cues.care, cues.positive]);
const GROUPS = { en: group(EN), fr: group(FR) };

/** The seven lists of a language, to read in one pass (matchPhraseGroup). */
export function toneGroup(language: Language): PhraseGroup {
  return GROUPS[language === "fr" ? "fr" : "en"];
}
