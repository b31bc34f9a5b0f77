/**
 * The sentences of replies that hand over or decline (hand-over.ts, guardrail.ts), in the
 * phrasebooks' notation (phrasebook.ts). $route, $handover and $purpose are filled from the
 * persona (hand-over.ts): already in its address and voice, without a final stop. French
 * typography as in phrases-fr.ts; no gendered adjective about the assistant.
 */
import type { Language } from "../persona/schema";
import type { Variants } from "./phrasebook";

export interface HandOverPhrases {
  /** One polite sentence declining an avoided topic, with the persona's purpose. */
  declinePurpose: Variants;
  /** The same without a purpose to name. */
  decline: Variants;
  /** Declining and giving the route in one sentence, for a one-sentence reply; no "I" or "we", which the route says. */
  declineRoute: Variants;
  /** The escalation route as a sentence of its own. */
  route: Variants;
  /** Before a clause of the escalation text that is not an instruction, quoted as written. */
  statementLead: string;
  /** "To speak to a person, …" before a route without its condition ($route). */
  toPerson: Variants;
  /** Said honestly when the persona has no usable escalation text, with $organisation or without. */
  noRoute: Variants;
  noRouteNoOrg: Variants;
  /** After a hand-over to a person: no promise of a call-back the persona never made. */
  personNext: Variants;
  personDetails: Variants;
  /** "Are you a bot?": a plain answer, by what was asked. */
  machineYes: Variants;
  personNo: Variants;
  either: Variants;
  identityAcknowledge: Variants;
  identityEmpathy: Variants;
  /** An urgent situation. */
  urgentAcknowledge: Variants;
  urgentEmpathy: Variants;
  urgentDetails: Variants;
  /** A request the brief sends elsewhere (refunds handled by another team…). */
  elsewhere: Variants;
  elsewhereNext: Variants;
  elsewhereDetails: Variants;
}

const FR: HandOverPhrases = {
  declinePurpose: [
    "Ce sujet ne relève pas de [mon|notre] rôle : [je suis là|nous sommes là] pour $purpose.",
    "[Je ne peux pas|Nous ne pouvons pas] {vous|te} répondre sur ce sujet, car [je suis là|nous sommes là] pour $purpose.",
  ],
  decline: [
    "Ce sujet ne relève pas de ce que [je peux|nous pouvons] traiter ici.",
    "[Je ne peux pas|Nous ne pouvons pas] {vous|te} répondre sur ce sujet.",
  ],
  declineRoute: [
    "Ce sujet ne relève pas de ce service ; $route.",
    "Ce sujet sort du cadre de cet échange ; $route.",
  ],
  route: ["$route."],
  statementLead: "voici la marche à suivre : ",
  toPerson: ["Pour parler à une personne, $route.", "Pour un échange avec une personne, $route."],
  noRoute: [
    "[Je ne peux pas|Nous ne pouvons pas] {vous|te} passer quelqu'un d'ici : pour parler à une personne, {contactez|contacte} directement $organisation.",
    "Une personne peut {vous|te} répondre si {vous contactez|tu contactes} directement $organisation : [je ne peux pas|nous ne pouvons pas] faire le lien d'ici.",
  ],
  noRouteNoOrg: [
    "[Je ne peux pas|Nous ne pouvons pas] {vous|te} passer quelqu'un d'ici : pour parler à une personne, {contactez|contacte} directement l'organisation qui propose ce service.",
    "Une personne peut {vous|te} répondre si {vous contactez|tu contactes} directement l'organisation qui propose ce service.",
  ],
  personNext: [
    "En attendant, [je reste|nous restons] à {votre|ton} écoute.",
    "{Vous pouvez|Tu peux} aussi poursuivre ici en attendant.",
  ],
  personDetails: [
    "Demander à parler à une personne est toujours possible.",
    "Une personne saura prendre le temps nécessaire.",
    "Cet échange reste ouvert d'ici là.",
  ],
  machineYes: [
    "Oui, {vous échangez|tu échanges} avec une IA, pas avec une personne.",
    "Oui, ces réponses viennent d'une intelligence artificielle, pas d'une personne.",
  ],
  personNo: [
    "Non, {vous échangez|tu échanges} avec une IA, pas avec une personne.",
    "Non, ces réponses viennent d'une intelligence artificielle, pas d'une personne.",
  ],
  either: [
    "{Vous échangez|Tu échanges} avec une IA, pas avec une personne.",
    "Ces réponses viennent d'une intelligence artificielle, pas d'une personne.",
  ],
  identityAcknowledge: ["Merci pour {votre|ta} question.", "La question est légitime."],
  identityEmpathy: [
    "[Je comprends|Nous comprenons] que {vous vouliez|tu veuilles} le savoir.",
    "Il est normal de vouloir savoir à qui l'on parle.",
  ],
  urgentAcknowledge: [
    "[Je prends|Nous prenons] {votre|ton} message au sérieux.",
    "Merci de [me|nous] prévenir.",
  ],
  urgentEmpathy: [
    "[Je comprends|Nous comprenons] que la situation soit inquiétante.",
    "Cette situation doit être difficile, [je le comprends|nous le comprenons].",
  ],
  urgentDetails: [
    "{Votre|Ta} sécurité passe avant tout le reste.",
    "Les services d'urgence répondent jour et nuit.",
  ],
  elsewhere: [
    "Cette demande ne se traite pas ici : $route.",
    "Ce n'est pas ici que cette demande se traite : $route.",
  ],
  elsewhereNext: [
    "[Je reste|Nous restons] à {votre|ton} écoute pour toute autre question.",
    "{Avez-vous|As-tu} une autre question ?",
  ],
  elsewhereDetails: [
    "Cette orientation évite de traiter deux fois la même demande.",
    "Les autres questions restent les bienvenues ici.",
  ],
};

const EN: HandOverPhrases = {
  declinePurpose: [
    "This topic is outside [my|our] role: [{I am|I'm}|{we are|we're}] here to $purpose.",
    "[I {cannot|can't}|We {cannot|can't}] answer on this topic, as [{I am|I'm}|{we are|we're}] here to $purpose.",
  ],
  decline: [
    "This topic is not something [I can|we can] handle here.",
    "[I {cannot|can't}|We {cannot|can't}] answer you on this topic.",
  ],
  declineRoute: [
    "This topic is outside this service; $route.",
    "This topic is beyond this conversation; $route.",
  ],
  route: ["$route."],
  statementLead: "here is the way forward: ",
  toPerson: [
    "To speak to a person, $route.",
    "If {you would|you'd} rather talk to a person, $route.",
  ],
  noRoute: [
    "[I {cannot|can't}|We {cannot|can't}] put you through from here: to speak to a person, please contact $organisation directly.",
    "A person can help if you contact $organisation directly; [I {cannot|can't}|we {cannot|can't}] connect you from here.",
  ],
  noRouteNoOrg: [
    "[I {cannot|can't}|We {cannot|can't}] put you through from here: to speak to a person, please contact the organisation behind this service directly.",
    "A person can help if you contact the organisation behind this service directly.",
  ],
  personNext: [
    "In the meantime, [{I am|I'm}|{we are|we're}] here if you need anything.",
    "You can also carry on here in the meantime.",
  ],
  personDetails: [
    "Asking to speak to a person is always possible.",
    "A person will be able to take the time needed.",
    "This conversation stays open until then.",
  ],
  machineYes: [
    "Yes, {you are|you're} talking to an AI, not a person.",
    "Yes, these replies come from an AI, not from a person.",
  ],
  personNo: [
    "No, {you are|you're} talking to an AI, not a person.",
    "No, these replies come from an AI, not from a person.",
  ],
  either: [
    "{You are|You're} talking to an AI, not a person.",
    "These replies come from an AI, not from a person.",
  ],
  identityAcknowledge: ["Thank you for your question.", "{That is|That's} a fair question."],
  identityEmpathy: [
    "[I understand|We understand] that you want to know.",
    "{It is|It's} natural to want to know who you are talking to.",
  ],
  urgentAcknowledge: [
    "[I am|We are] taking your message seriously.",
    "Thank you for telling [me|us].",
  ],
  urgentEmpathy: [
    "[I understand|We understand] this situation is worrying.",
    "This must be a difficult moment, and [I understand|we understand].",
  ],
  urgentDetails: ["Your safety comes first.", "Emergency services answer day and night."],
  elsewhere: [
    "This request is not dealt with here: $route.",
    "{That is|That's} not something for this conversation: $route.",
  ],
  elsewhereNext: [
    "[{I am|I'm}|{We are|We're}] here for any other question.",
    "Do you have another question?",
  ],
  elsewhereDetails: [
    "This way, the same request is not handled twice.",
    "Other questions are always welcome here.",
  ],
};

export const HAND_OVER_PHRASES: Readonly<Record<Language, HandOverPhrases>> = { fr: FR, en: EN };
