import type { DimensionId } from "../../core/persona/constants";
import type { PersonaChange } from "../../core/review/persona-diff";
import { CATALOG } from "../../core/persona/catalog";
import { useUiLanguage } from "../studio-context";

type FieldChange = Extract<PersonaChange, { kind: "field" | "list" }>["field"];

const FIELD_NAMES: Record<"en" | "fr", Record<FieldChange, string>> = {
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
  },
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
  },
};

const en = {
  title: (name: string) => `Client feedback on “${name}”`,
  close: "Close",
  saved: (date: string) => `Saved by the client on ${date}`,
  runsOnRehearsal: "replies from the offline rehearsal",
  runsOnEndpoint: (model: string, host: string) => `replies from ${model} at ${host}`,
  fromFile: (file: string) => `file ${file}`,
  summary: (rated: number, up: number, down: number, comments: number) =>
    `${rated} ${rated === 1 ? "reply" : "replies"} reviewed: ${up} liked, ${down} disliked, ${comments} ${comments === 1 ? "comment" : "comments"}.`,
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
    list: (field: string, added: number, removed: number) => `${field}: ${added} added, ${removed} removed`,
    examples: (before: number, after: number) => `Example exchanges changed (${before} → ${after})`,
    scenarios: "Own scenarios changed",
    extensions: "Data kept for other tools changed",
    order: "Only the order of words or scenarios changed",
  },
};

export type FeedbackMessages = typeof en & { fields: Record<FieldChange, string>; dimension: (id: DimensionId) => string };

// French typography: a no-break space (\u00a0) before “:” and inside « ».
const fr: typeof en = {
  title: (name) => `Retours du client sur «\u00a0${name}\u00a0»`,
  close: "Fermer",
  saved: (date) => `Enregistrés par le client le ${date}`,
  runsOnRehearsal: "réponses de la répétition hors ligne",
  runsOnEndpoint: (model, host) => `réponses de ${model} sur ${host}`,
  fromFile: (file) => `fichier ${file}`,
  summary: (rated, up, down, comments) =>
    `${rated} ${rated === 1 ? "réponse relue" : "réponses relues"}\u00a0: ${up} appréciée${up > 1 ? "s" : ""}, ${down} rejetée${down > 1 ? "s" : ""}, ${comments} commentaire${comments > 1 ? "s" : ""}.`,
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
    list: (field, added, removed) => `${field}\u00a0: ${added} ajouté${added > 1 ? "s" : ""}, ${removed} retiré${removed > 1 ? "s" : ""}`,
    examples: (before, after) => `Exemples d’échanges modifiés (${before} → ${after})`,
    scenarios: "Scénarios personnels modifiés",
    extensions: "Données gardées pour d’autres outils modifiées",
    order: "Seul l’ordre des mots ou des scénarios a changé",
  },
};

export function useFeedbackMessages(): FeedbackMessages {
  const [ui] = useUiLanguage();
  return { ...(ui === "fr" ? fr : en), fields: FIELD_NAMES[ui], dimension: (id) => CATALOG[id].label[ui] };
}

export function changeText(change: PersonaChange, t: FeedbackMessages): string {
  switch (change.kind) {
    case "field":
      return t.changes.field(t.fields[change.field]);
    case "dimension":
      return t.changes.dimension(t.dimension(change.dimension), change.before, change.after);
    case "list":
      return t.changes.list(t.fields[change.field], change.added.length, change.removed.length);
    case "examples":
      return t.changes.examples(change.before, change.after);
    default:
      return t.changes[change.kind];
  }
}
