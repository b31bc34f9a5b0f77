/**
 * The editor's own UI strings. Dimension labels, poles and bands come from the catalog
 * (core/persona/catalog.ts); warnings come from the compiler, already in the persona's
 * language. Everything here follows the UI language instead.
 */
import type { TermList } from "../../../core/persona/edits";
import { defineMessages } from "../define-messages";

/** The voice panel's sections (see voice-panel.tsx for why they are not the catalog's groups). */
export type VoiceSectionId = "tone" | "register" | "institutional" | "length";

interface TermListMessages {
  title: string;
  input: string;
  duplicate: (term: string) => string;
}

const en = {
  voice: "Voice",
  sections: {
    tone: "Tone",
    register: "Register and address",
    institutional: "Institutional language",
    length: "Length and emoji",
  } satisfies Record<VoiceSectionId, string>,
  exampleLead: "Example: ",
  address: "Address",
  informal: "Informal (tu / first names)",
  formal: "Formal (vous / courtesy titles)",
  warning: "Warning: ",

  identity: "Identity",
  who: "Persona and assistant",
  personaName: "Persona name",
  description: "Description (for the designers, not in the prompt)",
  assistantName: "Assistant name",
  role: "Role",
  organization: "Organisation",
  audience: "Audience",
  purpose: "Purpose",
  greeting: "Greeting",
  personaLanguage: "Persona language",
  languages: { fr: "French", en: "English" },
  required: "Required: the persona keeps its previous value until you type one.",

  lexicon: "Lexicon",
  lists: {
    prefer: {
      title: "Words to use",
      input: "New word to use",
      duplicate: (t) => `“${t}” is already in the list.`,
    },
    avoid: {
      title: "Words to avoid",
      input: "New word to avoid",
      duplicate: (t) => `“${t}” is already in the list.`,
    },
    avoidTopics: {
      title: "Topics to avoid",
      input: "New topic to avoid",
      duplicate: (t) => `“${t}” is already in the list.`,
    },
  } satisfies Record<TermList, TermListMessages>,
  add: "Add",
  listFull: "The list is full.",
  remove: (term: string) => `Remove ${term}`,
  alsoRecognise: (topic: string) => `Also recognise for “${topic}”`,
  alsoRecogniseHint:
    "Words or phrases that also mark a topic to avoid, separated by commas (saved when you leave the field or press Enter).",

  guardrails: "Guardrails",
  escalation: "When to hand over to a person",
  discloseAI: "Say it is an AI",

  examples: "Example exchanges",
  exampleTitle: (n: number) => `Example ${n}`,
  exampleUser: (n: number) => `User, example ${n}`,
  exampleAssistant: (n: number) => `Assistant, example ${n}`,
  moveUp: (n: number) => `Move example ${n} up`,
  moveDown: (n: number) => `Move example ${n} down`,
  removeExample: (n: number) => `Remove example ${n}`,
  newExample: "New example",
  newUser: "What the user says",
  newAssistant: "What the assistant answers",
  addExample: "Add example",
  exampleIncomplete: "Write both what the user says and what the assistant answers.",
  noExamples: "No examples yet.",
};

const fr: typeof en = {
  voice: "Voix",
  sections: {
    tone: "Ton",
    register: "Registre et adresse",
    institutional: "Langage institutionnel",
    length: "Longueur et émojis",
  },
  exampleLead: "Exemple : ",
  address: "Adresse",
  informal: "Tutoiement",
  formal: "Vouvoiement",
  warning: "Avertissement : ",

  identity: "Identité",
  who: "Persona et assistant",
  personaName: "Nom du persona",
  description: "Description (pour les designers, absente du prompt)",
  assistantName: "Nom de l’assistant",
  role: "Rôle",
  organization: "Organisation",
  audience: "Public",
  purpose: "Mission",
  greeting: "Message d’accueil",
  personaLanguage: "Langue du persona",
  languages: { fr: "Français", en: "Anglais" },
  required:
    "Obligatoire : le persona garde sa valeur précédente tant que vous n’en saisissez pas une.",

  lexicon: "Lexique",
  lists: {
    prefer: {
      title: "Mots à employer",
      input: "Nouveau mot à employer",
      duplicate: (t) => `« ${t} » est déjà dans la liste.`,
    },
    avoid: {
      title: "Mots à éviter",
      input: "Nouveau mot à éviter",
      duplicate: (t) => `« ${t} » est déjà dans la liste.`,
    },
    avoidTopics: {
      title: "Sujets à éviter",
      input: "Nouveau sujet à éviter",
      duplicate: (t) => `« ${t} » est déjà dans la liste.`,
    },
  },
  add: "Ajouter",
  listFull: "La liste est pleine.",
  remove: (term) => `Retirer ${term}`,
  alsoRecognise: (topic) => `Reconnaître aussi pour « ${topic} »`,
  alsoRecogniseHint:
    "D’autres mots ou expressions qui signalent un sujet à éviter, séparés par des virgules (enregistrés quand vous quittez le champ ou appuyez sur Entrée).",

  guardrails: "Garde-fous",
  escalation: "Quand passer la main à un humain",
  discloseAI: "Se présenter comme une IA",

  examples: "Exemples d’échanges",
  exampleTitle: (n) => `Exemple ${n}`,
  exampleUser: (n) => `Utilisateur, exemple ${n}`,
  exampleAssistant: (n) => `Assistant, exemple ${n}`,
  moveUp: (n) => `Monter l’exemple ${n}`,
  moveDown: (n) => `Descendre l’exemple ${n}`,
  removeExample: (n) => `Supprimer l’exemple ${n}`,
  newExample: "Nouvel exemple",
  newUser: "Ce que dit l’utilisateur",
  newAssistant: "Ce que répond l’assistant",
  addExample: "Ajouter l’exemple",
  exampleIncomplete: "Écrivez à la fois ce que dit l’utilisateur et ce que répond l’assistant.",
  noExamples: "Aucun exemple pour l’instant.",
};

export const editorMessages = defineMessages({ en, fr });
