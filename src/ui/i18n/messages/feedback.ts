/** A client's feedback, read in the studio beside the persona version it was given on. */
import type { PersonaChange } from "../../../core/review/persona-diff";
import { defineMessages, plural } from "../define-messages";

type FieldChange = Extract<PersonaChange, { kind: "field" | "list" }>["field"];

const FIELD_NAMES = {
  en: {
    id: "File id",
    name: "Persona name",
    language: "Language",
    description: "Description",
    "identity.assistantName": "Assistant’s name",
    "identity.role": "Role",
    "identity.organization": "Organisation",
    "identity.audience": "Audience",
    "identity.purpose": "Purpose",
    address: "Address form",
    "guardrails.escalation": "Escalation",
    "guardrails.discloseAI": "Says it is an AI",
    greeting: "Greeting",
    "lexicon.prefer": "Preferred words",
    "lexicon.avoid": "Avoided words",
    "guardrails.avoidTopics": "Topics to avoid",
  } satisfies Record<FieldChange, string>,
  fr: {
    id: "Identifiant du fichier",
    name: "Nom du persona",
    language: "Langue",
    description: "Description",
    "identity.assistantName": "Nom de l’assistant",
    "identity.role": "Rôle",
    "identity.organization": "Organisation",
    "identity.audience": "Public",
    "identity.purpose": "Mission",
    address: "Forme d’adresse",
    "guardrails.escalation": "Passage à un humain",
    "guardrails.discloseAI": "Dit qu’il est une IA",
    greeting: "Message d’accueil",
    "lexicon.prefer": "Mots préférés",
    "lexicon.avoid": "Mots à éviter",
    "guardrails.avoidTopics": "Sujets à éviter",
  } satisfies Record<FieldChange, string>,
};

const en = {
  title: (name: string) => `Client feedback on “${name}”`,
  saved: (date: string) => `Saved by the client on ${date}`,
  runsOnRehearsal: "replies from the offline rehearsal",
  runsOnEndpoint: (model: string, host: string) => `replies from ${model} at ${host}`,
  fromFile: (file: string) => `file ${file}`,
  /** Each count worded by the plural of the same name below. */
  summary: (reviewed: string, liked: string, disliked: string, comments: string) =>
    `${reviewed}: ${liked}, ${disliked}, ${comments}.`,
  reviewed: plural({ one: "# reply reviewed", other: "# replies reviewed" }),
  likedCount: plural({ one: "# liked", other: "# liked" }),
  dislikedCount: plural({ one: "# disliked", other: "# disliked" }),
  comments: plural({ one: "# comment", other: "# comments" }),
  sameVersion: (name: string) => `Given on the version of “${name}” you have now.`,
  changedSince: (name: string) => `“${name}” has changed since this review:`,
  notInLibrary: "This persona is not in your library.",
  openReviewed: "Open the reviewed version as a new persona",
  reviewedName: (name: string, date: string) => `${name} (reviewed ${date})`,
  opened: (name: string) => `“${name}” is open.`,
  liked: "Liked",
  disliked: "Disliked",
  notRated: "Not rated",
  user: "User",
  reply: "Reply",
  comment: "Comment:",
  scenario: (id: string) => `scenario ${id}`,
  changes: {
    field: (field: string) => `${field} changed`,
    dimension: (label: string, before: number, after: number) => `${label}: ${before} → ${after}`,
    list: (field: string, added: string, removed: string) => `${field}: ${added}, ${removed}`,
    added: plural({ one: "# added", other: "# added" }),
    removed: plural({ one: "# removed", other: "# removed" }),
    examples: (before: number, after: number) => `Example exchanges changed (${before} → ${after})`,
    scenarios: "Own scenarios changed",
    extensions: "Data kept for other tools changed",
    order: "Only the order of words or scenarios changed",
  },
  fields: FIELD_NAMES.en,
};

// French typography: a no-break space (\u00a0) before “:” and inside « ».
const fr: typeof en = {
  title: (name) => `Retours du client sur «\u00a0${name}\u00a0»`,
  saved: (date) => `Enregistrés par le client le ${date}`,
  runsOnRehearsal: "réponses de la répétition hors ligne",
  runsOnEndpoint: (model, host) => `réponses de ${model} sur ${host}`,
  fromFile: (file) => `fichier ${file}`,
  summary: (reviewed, liked, disliked, comments) =>
    `${reviewed}\u00a0: ${liked}, ${disliked}, ${comments}.`,
  reviewed: plural({
    one: "# réponse relue",
    many: "# de réponses relues",
    other: "# réponses relues",
  }),
  // Agreeing with « réponses », understood: no « de » before them.
  likedCount: plural({ one: "# appréciée", many: "# appréciées", other: "# appréciées" }),
  dislikedCount: plural({ one: "# rejetée", many: "# rejetées", other: "# rejetées" }),
  comments: plural({ one: "# commentaire", many: "# de commentaires", other: "# commentaires" }),
  sameVersion: (name) => `Donnés sur la version de «\u00a0${name}\u00a0» que vous avez maintenant.`,
  changedSince: (name) => `«\u00a0${name}\u00a0» a changé depuis cette relecture\u00a0:`,
  notInLibrary: "Ce persona n’est pas dans votre bibliothèque.",
  openReviewed: "Ouvrir la version relue comme nouveau persona",
  reviewedName: (name, date) => `${name} (relu le ${date})`,
  opened: (name) => `«\u00a0${name}\u00a0» est ouvert.`,
  liked: "Appréciée",
  disliked: "Rejetée",
  notRated: "Pas de note",
  user: "Utilisateur",
  reply: "Réponse",
  comment: "Commentaire\u00a0:",
  scenario: (id) => `scénario ${id}`,
  changes: {
    field: (field) => `${field} modifié`,
    dimension: (label, before, after) => `${label}\u00a0: ${before} → ${after}`,
    list: (field, added, removed) => `${field}\u00a0: ${added}, ${removed}`,
    added: plural({ one: "# ajouté", many: "# ajoutés", other: "# ajoutés" }),
    removed: plural({ one: "# retiré", many: "# retirés", other: "# retirés" }),
    examples: (before, after) => `Exemples d’échanges modifiés (${before} → ${after})`,
    scenarios: "Scénarios personnels modifiés",
    extensions: "Données gardées pour d’autres outils modifiées",
    order: "Seul l’ordre des mots ou des scénarios a changé",
  },
  fields: FIELD_NAMES.fr,
};

export const feedbackMessages = defineMessages({ en, fr });
