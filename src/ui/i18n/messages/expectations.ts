/** The words of the expectations a designer adds to a turn of their own scenario. */
import type { Expectation, ExpectationKind } from "../../../core/scenarios/expectations";
import { defineMessages } from "../define-messages";

const en = {
  expectations: (title: string) => `Expectations for “${title}”`,
  turn: (index: number, text: string) => `Turn ${index}: “${text}”`,
  turnChecks: (index: number) => `Expectations for turn ${index}`,
  none: "Derived checks only (the persona's sliders, address and lexicon).",
  kind: "Check",
  kinds: {
    mentions: "Mentions",
    "does-not-mention": "Does not mention",
    declines: "Declines (a guardrail refusal)",
    "hands-over": "Hands over (gives the escalation route)",
    "says-ai": "Says it is an AI",
    "at-most-sentences": "At most N sentences",
  } satisfies Record<ExpectationKind, string>,
  pattern: "Text, or /regular expression/",
  count: "Sentences at most",
  add: "Add expectation",
  remove: (label: string) => `Remove expectation: ${label}`,
  label: (e: Expectation): string => {
    switch (e.kind) {
      case "mentions":
        return `mentions “${e.pattern}”`;
      case "does-not-mention":
        return `does not mention “${e.pattern}”`;
      case "declines":
        return "declines";
      case "hands-over":
        return "hands over";
      case "says-ai":
        return "says it is an AI";
      case "at-most-sentences":
        return `at most ${e.count} sentences`;
    }
  },
  added: (label: string, index: number) => `Added to turn ${index}: ${label}.`,
  refused: {
    "invalid-pattern":
      "That is not a valid regular expression: check the text between the slashes.",
    "empty-pattern": "Write the text to look for.",
    "bad-count": "Give a whole number of sentences, from 1 to 50.",
    "too-many": "A turn holds at most 20 expectations.",
    gone: "This scenario or turn no longer exists.",
  },
};

// French typography: a no-break space (\u00a0) before “:” and inside « ».
const fr: typeof en = {
  expectations: (title) => `Attentes pour «\u00a0${title}\u00a0»`,
  turn: (index, text) => `Tour ${index}\u00a0: «\u00a0${text}\u00a0»`,
  turnChecks: (index) => `Attentes pour le tour ${index}`,
  none: "Contrôles dérivés seulement (curseurs, adresse et lexique du persona).",
  kind: "Contrôle",
  kinds: {
    mentions: "Mentionne",
    "does-not-mention": "Ne mentionne pas",
    declines: "Décline (refus d’un garde-fou)",
    "hands-over": "Passe la main (donne la voie d’escalade)",
    "says-ai": "Dit être une IA",
    "at-most-sentences": "Au plus N phrases",
  },
  pattern: "Texte, ou /expression régulière/",
  count: "Nombre de phrases au plus",
  add: "Ajouter l’attente",
  remove: (label) => `Retirer l’attente\u00a0: ${label}`,
  label: (e) => {
    switch (e.kind) {
      case "mentions":
        return `mentionne «\u00a0${e.pattern}\u00a0»`;
      case "does-not-mention":
        return `ne mentionne pas «\u00a0${e.pattern}\u00a0»`;
      case "declines":
        return "décline";
      case "hands-over":
        return "passe la main";
      case "says-ai":
        return "dit être une IA";
      case "at-most-sentences":
        return `au plus ${e.count} phrases`;
    }
  },
  added: (label, index) => `Ajouté au tour ${index}\u00a0: ${label}.`,
  refused: {
    "invalid-pattern":
      "Ce n’est pas une expression régulière valide\u00a0: vérifiez le texte entre les barres obliques.",
    "empty-pattern": "Écrivez le texte à chercher.",
    "bad-count": "Donnez un nombre entier de phrases, de 1 à 50.",
    "too-many": "Un tour porte au plus 20 attentes.",
    gone: "Ce scénario ou ce tour n’existe plus.",
  },
};

export const expectationMessages = defineMessages({ en, fr });
