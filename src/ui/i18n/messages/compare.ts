/** The A/B comparison's strings: two versions side by side on one conversation. */
import { defineMessages } from "../define-messages";

type Count = { held: number; total: number };

const en = {
  title: "Compare two versions",
  description:
    "The same conversation runs on both sides at once: choose a persona version and a target for each, then Run.",
  close: "Close",
  side: { a: "Version A", b: "Version B" },
  conversation: { a: "Conversation A", b: "Conversation B" },
  persona: "Persona",
  current: (name: string) => `${name} (as it is now)`,
  now: "as it is now",
  savedVersions: "Saved versions",
  otherPersonas: "Other personas",
  versionOption: (name: string, date: string) => `${name} — ${date}`,
  target: "Target",
  offline: "Offline rehearsal",
  endpoint: (host: string) => `Model on ${host}`,
  noEndpoint: "Model on an endpoint (choose one in the preview’s Settings)",
  model: "Model",
  run: "Run both",
  stop: "Stop",
  exportHtml: "Export comparison (HTML)",
  exportMarkdown: "Export comparison (Markdown)",
  noConversation:
    "Select a scenario or type a message in the preview first: there is nothing to run.",
  turns: (count: number) =>
    `${count} ${count === 1 ? "user turn" : "user turns"}: the conversation on screen, else the selected scenario`,
  user: "User",
  turnLabel: (turn: number) => `Turn ${turn}`,
  waiting: "Waiting",
  writing: "Writing…",
  stopped: "Stopped",
  fromCache: "from cache",
  personaGone: "This version or persona is no longer there: choose another.",
  summaryLabel: "Targets held",
  summary: (a: Count, b: Count) =>
    `A: ${a.held} of ${a.total} targets held — B: ${b.held} of ${b.total}`,
  shortSummary: (held: number, total: number) => `${held} of ${total}`,
  readings: (side: string) => `Style meter, ${side}`,
  targetIs: (target: string) => `target ${target}`,
  held: "held",
  notHeld: "not held",
};

const fr: typeof en = {
  title: "Comparer deux versions",
  description:
    "La même conversation se joue des deux côtés à la fois\u00a0: choisissez une version du persona et une cible pour chacun, puis lancez.",
  close: "Fermer",
  side: { a: "Version A", b: "Version B" },
  conversation: { a: "Conversation A", b: "Conversation B" },
  persona: "Persona",
  current: (name: string) => `${name} (tel qu’il est)`,
  now: "tel qu’il est",
  savedVersions: "Versions enregistrées",
  otherPersonas: "Autres personas",
  versionOption: (name: string, date: string) => `${name} — ${date}`,
  target: "Cible",
  offline: "Répétition hors ligne",
  endpoint: (host: string) => `Modèle sur ${host}`,
  noEndpoint: "Modèle sur un serveur (à choisir dans les Réglages de l’aperçu)",
  model: "Modèle",
  run: "Lancer les deux",
  stop: "Arrêter",
  exportHtml: "Exporter la comparaison (HTML)",
  exportMarkdown: "Exporter la comparaison (Markdown)",
  noConversation:
    "Choisissez un scénario ou écrivez un message dans l’aperçu d’abord\u00a0: il n’y a rien à lancer.",
  turns: (count: number) =>
    `${count} ${count <= 1 ? "tour" : "tours"} de l’utilisateur\u00a0: la conversation à l’écran, sinon le scénario choisi`,
  user: "Utilisateur",
  turnLabel: (turn: number) => `Tour ${turn}`,
  waiting: "En attente",
  writing: "Rédaction…",
  stopped: "Arrêtée",
  fromCache: "du cache",
  personaGone: "Cette version ou ce persona n’existe plus\u00a0: choisissez-en un autre.",
  summaryLabel: "Cibles tenues",
  summary: (a: Count, b: Count) =>
    `A\u00a0: ${a.held} cibles tenues sur ${a.total} — B\u00a0: ${b.held} sur ${b.total}`,
  shortSummary: (held: number, total: number) => `${held} sur ${total}`,
  readings: (side: string) => `Mesure du style, ${side}`,
  targetIs: (target: string) => `cible ${target}`,
  held: "tenu",
  notHeld: "non tenu",
};

export const compareMessages = defineMessages({ en, fr });
