/**
 * Replies about what was said: the answer takes up the subject of the message ("Nous
 * pouvons vous aider pour votre carte d'identité") instead of asking what it is about,
 * and asks for details only when the message names nothing. Templates use the
 * phrasebook notation (phrasebook.ts) and `$subject`, the subject said back in the
 * persona's address (subject.ts). `$subject` never follows "de" or "à", which would
 * have to contract with "le" and "les".
 */
import type { Language, Persona } from "../persona/schema";
import type { Intent } from "./intent-cues";
import type { Variants } from "./phrasebook";
import { languageBooks } from "./language-books";
import { findSubject, sayBack } from "./subject";

type TakeUpIntent = "information" | "complaint" | "refund";

interface TakeUpPhrases {
  /** The answer, about the subject. */
  core: Readonly<Record<TakeUpIntent, Variants>>;
  /** What happens next, where the usual one refers to details the answer no longer asks for. */
  next: Readonly<Partial<Record<TakeUpIntent, Variants>>>;
}

const FR: TakeUpPhrases = {
  core: {
    information: [
      "[Je peux|Nous pouvons] {vous |t'}aider pour $subject.",
      "[Je vais|Nous allons] {vous |t'}indiquer la marche à suivre pour $subject.",
      "Voyons ensemble ce qu'il faut savoir pour $subject.",
    ],
    complaint: [
      "Concernant $subject, [je m'en occupe|nous nous en occupons] dès maintenant.",
      "[Je regarde|Nous regardons] tout de suite ce qu'il en est pour $subject.",
      "[Je vais vérifier|Nous allons vérifier] la situation pour $subject et revenir vers {vous|toi} rapidement.",
    ],
    refund: [
      "[Je m'occupe|Nous nous occupons] de {votre|ta} demande concernant $subject.",
      "{Votre|Ta} demande concernant $subject peut être lancée dès réception de {votre|ton} numéro de commande ou de contrat.",
    ],
  },
  next: {
    information: [
      "{[Indiquez-moi|Indiquez-nous]|[Indique-moi|Indique-nous]} {votre|ton} numéro de dossier si {vous en avez|tu en as} un : la réponse sera plus précise.",
      "[Je reste|Nous restons] à {votre|ton} écoute pour la suite de {votre|ta} démarche.",
    ],
  },
};

const EN: TakeUpPhrases = {
  core: {
    information: [
      "[I can|We can] help you with $subject.",
      "[I will|We will] tell you how to proceed with $subject.",
      "{Let us|Let's} see together what you need to know about $subject.",
    ],
    complaint: [
      "[{I am|I'm}|{We are|We're}] looking into what happened with $subject.",
      "[I will|We will] check what is going on with $subject and get back to you quickly.",
      "[{I am|I'm}|{We are|We're}] taking care of $subject right away.",
    ],
    refund: [
      "[I will|We will] take care of your request about $subject.",
      "Your request about $subject can be started as soon as you send your order or contract number.",
    ],
  },
  next: {
    information: [
      "If you have a file number, send it to [me|us] for a more precise answer.",
      "[I am|We are] here for the next steps.",
    ],
  },
};

const PHRASES: Readonly<Record<Language, TakeUpPhrases>> = { fr: FR, en: EN };

export interface TakeUp {
  /** The intent to answer: a message that only names a thing ("Mon passeport.") asks about it. */
  intent: Intent;
  /** The subject in the persona's address, for `$subject`. */
  subject?: string;
  /** The answer and next step about it, in place of the phrasebook's. */
  about?: { core: Variants; next?: Variants };
}

/**
 * What a reply to `text` takes up of it, for the intents that answer a request. A message
 * that names nothing ("Combien de temps faut-il pour la recevoir ?") is about what the
 * message before it named (`before`, the previous user message).
 */
export function takeUp(text: string, intent: Intent, persona: Persona, before?: string): TakeUp {
  if (
    intent !== "information" &&
    intent !== "complaint" &&
    intent !== "refund" &&
    intent !== "fallback"
  )
    return { intent };
  const rules = languageBooks(persona.language).subject;
  const found =
    findSubject(text, rules) ?? (before === undefined ? undefined : findSubject(before, rules));
  const subject =
    found === undefined ? undefined : sayBack(found, rules, persona.address === "informal");
  if (subject === undefined) return { intent };
  const asked: TakeUpIntent = intent === "fallback" ? "information" : intent;
  const phrases = PHRASES[persona.language];
  return {
    intent: asked,
    subject,
    about: { core: phrases.core[asked], next: phrases.next[asked] },
  };
}
