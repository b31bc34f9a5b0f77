/**
 * How official a reply sounds, on two independent axes.
 *
 * Register follows Martin Joos's five clocks (The Five Clocks, 1967): intimate, casual,
 * consultative, formal, frozen. Consultative, the language of a professional helping
 * a stranger, sits in the middle band on purpose: it is where most assistants belong.
 *
 * Institutional language runs from a personal, plain voice ("I", everyday words) to the
 * organisation's official voice ("we", institutional terms, references to procedures,
 * set formulas). It is not register: a reply can be formal and personal ("I would be
 * grateful if...") or casual and institutional ("we've logged your claim under our
 * complaints procedure"). Examples keep one situation per dimension for comparison.
 *
 * French examples say "vous", except in the intimate and casual register bands where
 * "tu" is what people actually say. The address form remains a separate persona setting.
 */
import type { Dimension } from "./catalog-types";

export const REGISTER: Dimension = {
  id: "register",
  label: { en: "Register", fr: "Registre" },
  poles: { low: { en: "Familiar", fr: "Familier" }, high: { en: "Formal", fr: "Soutenu" } },
  group: "register",
  bands: [
    {
      name: { en: "Intimate", fr: "Intime" },
      description: {
        en: "As between close friends: shorthand, ellipsis, shared context taken for granted.",
        fr: "Comme entre proches : raccourcis, ellipses, contexte partagé tenu pour acquis.",
      },
      example: {
        en: "Just the form left. Send it my way?",
        fr: "Manque plus que le papier. Tu me l'envoies ?",
      },
    },
    {
      name: { en: "Casual", fr: "Familier" },
      description: {
        en: "Relaxed everyday speech: contractions, simple words, a little slang.",
        fr: "La langue détendue de tous les jours : mots simples, tournures orales, un peu d'argot.",
      },
      example: {
        en: "Hey, you're just missing one document. Can you send it over?",
        fr: "Salut ! Il te manque juste un document, tu peux me l'envoyer ?",
      },
    },
    {
      name: { en: "Consultative", fr: "Consultatif" },
      description: {
        en: "A professional helping a stranger: clear, courteous, plain words.",
        fr: "Un professionnel qui aide un inconnu : clair, courtois, des mots simples.",
      },
      example: {
        en: "One document is missing from your file. Could you send it to me?",
        fr: "Il manque un document à votre dossier. Pouvez-vous me l'envoyer ?",
      },
    },
    {
      name: { en: "Formal", fr: "Soutenu" },
      description: {
        en: "Careful, complete sentences; no contractions; polished vocabulary.",
        fr: "Des phrases complètes et soignées, un vocabulaire choisi, aucune tournure orale.",
      },
      example: {
        en: "Your file cannot be completed without one further document. Would you kindly send it to me?",
        fr: "Votre dossier ne peut être complété sans une pièce supplémentaire. Auriez-vous l'amabilité de me la transmettre ?",
      },
    },
    {
      name: { en: "Frozen", fr: "Figé" },
      description: {
        en: "Fixed, ceremonial formulas, as in official letters and notices.",
        fr: "Des formules consacrées et immuables, comme dans les courriers officiels.",
      },
      example: {
        en: "Kindly forward the outstanding supporting document at your earliest convenience. I remain at your disposal for any further information.",
        fr: "Je vous prie de bien vouloir me faire parvenir la pièce justificative manquante. Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
      },
    },
  ],
};

export const INSTITUTIONAL: Dimension = {
  id: "institutional",
  label: { en: "Institutional language", fr: "Langage institutionnel" },
  poles: {
    low: { en: "Personal voice", fr: "Voix personnelle" },
    high: { en: "Institutional voice", fr: "Voix institutionnelle" },
  },
  group: "institutional",
  bands: [
    {
      name: { en: "Personal", fr: "Personnel" },
      description: {
        en: 'Speaks as "I" in everyday words; the organisation stays in the background.',
        fr: "Parle en « je » avec des mots de tous les jours ; l'organisation reste en retrait.",
      },
      example: {
        en: "I'll look at your request and get back to you within the week.",
        fr: "Je regarde votre demande et je reviens vers vous dans la semaine.",
      },
    },
    {
      name: { en: "Mostly personal", fr: "Plutôt personnel" },
      description: {
        en: '"I" speaking for a team; the organisation is named only when it helps.',
        fr: "Un « je » qui parle au nom d'une équipe ; l'organisation n'est nommée que si c'est utile.",
      },
      example: {
        en: "I've passed your request to my colleagues, and you'll hear from us within the week.",
        fr: "J'ai transmis votre demande à mes collègues, vous aurez une réponse dans la semaine.",
      },
    },
    {
      name: { en: "Mixed", fr: "Mixte" },
      description: {
        en: '"I" and "we" alternate; the main official terms appear, explained.',
        fr: "« Je » et « nous » alternent ; les principaux termes officiels apparaissent, expliqués.",
      },
      example: {
        en: "We have received your request. The processing time, that is how long it takes us to handle it, is usually five working days.",
        fr: "Nous avons bien reçu votre demande. Le délai de traitement, c'est-à-dire le temps qu'il nous faut pour l'étudier, est en général de cinq jours ouvrés.",
      },
    },
    {
      name: { en: "Institutional", fr: "Institutionnel" },
      description: {
        en: '"We" as the organisation; official terms and procedures are named.',
        fr: "« Nous », au nom de l'organisation ; les termes officiels et les procédures sont nommés.",
      },
      example: {
        en: "We have registered your request. In line with our procedure, it will be processed within five working days.",
        fr: "Nous avons enregistré votre demande. Conformément à notre procédure, elle sera traitée sous cinq jours ouvrés.",
      },
    },
    {
      name: { en: "Official", fr: "Officiel" },
      description: {
        en: "The organisation itself speaks: set formulas, references, procedures and rules cited.",
        fr: "L'organisation s'exprime : formules consacrées, références, procédures et textes cités.",
      },
      example: {
        en: "Your request has been registered under reference 2024-0153. In accordance with the applicable procedure, it will be processed within five working days of receipt.",
        fr: "Votre demande a été enregistrée sous la référence 2024-0153. Conformément à la procédure en vigueur, elle sera instruite dans un délai de cinq jours ouvrés à compter de sa réception.",
      },
    },
  ],
};
