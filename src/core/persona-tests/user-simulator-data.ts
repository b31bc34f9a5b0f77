/**
 * What the offline user simulator says once a scenario's own turns are used up: everyday
 * follow-ups of the kind people send to a public service, a bank or a support desk, with no
 * field of their own so that they fit any persona. Each kind has its openers and its endings;
 * the simulator combines them in a fixed order (user-simulator.ts). Users say "vous" and write
 * plainly: a long conversation should test the persona, not lead it.
 */
import type { Language } from "../persona/constants";

export interface FollowUps {
  /** "Et pour {topic} ?" */
  topic: { openers: readonly string[]; items: readonly string[] };
  /** "Merci, autre chose : {question}" */
  question: { openers: readonly string[]; items: readonly string[] };
  /** "D'accord. Et si {case} ?" */
  hypothesis: { openers: readonly string[]; items: readonly string[] };
  /** Going back to one of the scenario's own turns. */
  back: { openers: readonly string[] };
}

export const FOLLOW_UPS: Readonly<Record<Language, FollowUps>> = {
  fr: {
    topic: {
      openers: ["Et pour {} ?", "Et concernant {} ?", "Et pour ce qui est de {} ?"],
      items: [
        "les horaires du samedi",
        "un rendez-vous la semaine prochaine",
        "les documents à apporter",
        "un proche qui ne peut pas se déplacer",
        "le délai de réponse",
        "les frais éventuels",
        "le suivi de ma demande",
        "une personne qui ne parle pas bien français",
      ],
    },
    question: {
      openers: ["Merci, autre chose : {}", "Très bien. {}", "Ah, et aussi : {}"],
      items: [
        "comment je peux vous joindre par téléphone ?",
        "est-ce que je peux faire la démarche en ligne ?",
        "combien de temps ça prend en général ?",
        "il faut prendre rendez-vous ?",
        "je peux venir avec mon enfant ?",
        "où est-ce que je trouve le formulaire ?",
        "vous pouvez me l'envoyer par écrit ?",
        "c'est ouvert pendant les vacances ?",
      ],
    },
    hypothesis: {
      openers: ["D'accord. Et si {} ?", "Je vois. Et si jamais {} ?", "Bon. Et au cas où {} ?"],
      items: [
        "je n'ai pas tous les papiers",
        "je suis en retard au rendez-vous",
        "je déménage entre-temps",
        "je n'ai pas d'adresse e-mail",
        "le site ne marche pas",
        "je dois annuler",
        "ma demande est refusée",
        "je n'ai pas de réponse dans un mois",
      ],
    },
    back: {
      openers: ["Je reviens à ma question : {}", "Pour être sûr : {}", "Encore une fois : {}"],
    },
  },
  en: {
    topic: {
      openers: ["And what about {}?", "And for {}?", "What about {}, then?"],
      items: [
        "Saturday opening hours",
        "an appointment next week",
        "the documents I should bring",
        "a relative who can't come in person",
        "how long an answer takes",
        "any fees",
        "following up on my request",
        "someone who doesn't speak English well",
      ],
    },
    question: {
      openers: ["Thanks. One more thing: {}", "Great. {}", "Oh, and also: {}"],
      items: [
        "how can I reach you by phone?",
        "can I do this online?",
        "how long does it usually take?",
        "do I need an appointment?",
        "can I bring my child?",
        "where do I find the form?",
        "could you send me that in writing?",
        "are you open during the holidays?",
      ],
    },
    hypothesis: {
      openers: ["Okay. And if {}?", "I see. What if {}?", "Right. And in case {}?"],
      items: [
        "I don't have all the papers",
        "I'm late for the appointment",
        "I move house in the meantime",
        "I don't have an email address",
        "the website doesn't work",
        "I have to cancel",
        "my request is turned down",
        "I hear nothing back within a month",
      ],
    },
    back: { openers: ["Back to my question: {}", "Just to be sure: {}", "Once more: {}"] },
  },
};
