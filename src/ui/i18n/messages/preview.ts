/** The conversation preview's UI strings (the review page's chat reads them too). */
import type { EndpointPresetId } from "../../../providers/types";
import type { TurnStatus } from "../../../stores/chat-types";
import { defineMessages } from "../define-messages";

const en = {
  preview: "Preview",
  offline:
    "Offline rehearsal — voice only, not a language model: it follows your sliders, lexicon and guardrails, and understands simple requests.",
  offlineDocs: "What it does and does not do",
  runsOn: (model: string, host: string) => `${model} at ${host}`,
  settings: "Settings",
  scenario: "Scenario",
  noScenario: "No scenario",
  replay: "Replay",
  live: "Live replay",
  liveWaiting: "Waiting for you to stop editing…",
  conversation: "Conversation",
  empty: "No conversation yet: write a message or replay a scenario.",
  you: "You",
  assistant: "Assistant",
  status: {
    queued: "Queued",
    streaming: "Writing…",
    done: "Done",
    error: "Failed",
    stopped: "Stopped",
  } satisfies Record<TurnStatus, string>,
  fromCache: "Done (from cache, no request)",
  interrupted: "Interrupted: the text above is partial.",
  retry: "Retry",
  message: "Message",
  messageHint: "Enter sends, Shift+Enter starts a new line.",
  send: "Send",
  stop: "Stop",
  regenerate: "Regenerate",
  noOtherWording: "No other wording for this reply.",
  clear: "Clear",

  ownScenarios: "Your scenarios",
  scenarioTitle: "Scenario title",
  scenarioTurns: "User turns (one per line)",
  saveScenario: "Save scenario",
  scenarioSaved: (title: string) => `Scenario “${title}” saved with the persona.`,
  scenarioIncomplete: "Give the scenario a title and at least one user turn.",
  tooManyTurns: "A scenario holds at most 20 user turns.",
  deleteScenario: (title: string) => `Delete scenario ${title}`,
  noOwnScenarios: "None yet.",

  provider: "Provider",
  providerRehearsal: "Offline rehearsal",
  providerEndpoint: "OpenAI-compatible endpoint",
  rehearsalNote:
    "Replies are written on this device by rules from the persona's settings. No request leaves the browser.",
  endpoint: "Endpoint",
  presets: {
    openai: "OpenAI",
    mistral: "Mistral",
    ollama: "Ollama (local)",
    lmstudio: "LM Studio (local)",
    custom: "Custom",
  } satisfies Record<EndpointPresetId, string>,
  baseURL: "Base URL",
  model: "Model",
  temperature: "Temperature",
  maxTokens: "Max tokens",
  firstByteTimeout: "Wait for a first reply (seconds)",
  firstByteTimeoutNote:
    "Also the longest silence allowed in the middle of a reply before it counts as stalled.",
  apiKey: "API key",
  apiKeyNote: "Kept in this tab's memory only, unless you tick the box below.",
  apiKeyNoteFromFile:
    "Kept in this tab's memory only. “Remember on this device” is not offered here: this page was opened from a file, and every page opened from a file on this computer shares one storage, where any other HTML file could read the key.",
  remember: "Remember on this device",
  rememberWarning:
    "The key will be stored unencrypted in this browser's storage: anyone using this browser profile, and any script on this page, can read it. Untick to delete it at once.",
  testConnection: "Test connection",
  testing: "Testing the connection…",
  testOk: (model: string, host: string) => `Connected: ${model} at ${host} answered.`,
  testRehearsal: "The offline rehearsal needs no connection: it works.",
};

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: typeof en = {
  preview: "Aperçu",
  offline:
    "Répétition hors ligne — la voix seulement, pas un modèle de langage\u00a0: elle suit vos curseurs, votre lexique et vos garde-fous, et comprend les demandes simples.",
  offlineDocs: "Ce qu’elle fait et ne fait pas",
  runsOn: (model, host) => `${model} sur ${host}`,
  settings: "Réglages",
  scenario: "Scénario",
  noScenario: "Aucun scénario",
  replay: "Rejouer",
  live: "Rejeu en direct",
  liveWaiting: "En attente de la fin de vos réglages…",
  conversation: "Conversation",
  empty: "Pas encore de conversation\u00a0: écrivez un message ou rejouez un scénario.",
  you: "Vous",
  assistant: "Assistant",
  status: {
    queued: "En attente",
    streaming: "En cours d’écriture…",
    done: "Terminé",
    error: "Échec",
    stopped: "Arrêtée",
  },
  fromCache: "Terminé (depuis le cache, sans requête)",
  interrupted: "Interrompue\u00a0: le texte ci-dessus est partiel.",
  retry: "Réessayer",
  message: "Message",
  messageHint: "Entrée envoie, Maj+Entrée va à la ligne.",
  send: "Envoyer",
  stop: "Arrêter",
  regenerate: "Régénérer",
  noOtherWording: "Pas d’autre formulation pour cette réponse.",
  clear: "Effacer",

  ownScenarios: "Vos scénarios",
  scenarioTitle: "Titre du scénario",
  scenarioTurns: "Messages de l’utilisateur (un par ligne)",
  saveScenario: "Enregistrer le scénario",
  scenarioSaved: (title) => `Scénario «\u00a0${title}\u00a0» enregistré avec le persona.`,
  scenarioIncomplete: "Donnez un titre au scénario et au moins un message.",
  tooManyTurns: "Un scénario compte au plus 20 messages.",
  deleteScenario: (title) => `Supprimer le scénario ${title}`,
  noOwnScenarios: "Aucun pour l’instant.",

  provider: "Fournisseur",
  providerRehearsal: "Répétition hors ligne",
  providerEndpoint: "Point d’accès compatible OpenAI",
  rehearsalNote:
    "Les réponses sont écrites sur cet appareil, par des règles tirées des réglages du persona. Aucune requête ne quitte le navigateur.",
  endpoint: "Point d’accès",
  presets: {
    openai: "OpenAI",
    mistral: "Mistral",
    ollama: "Ollama (local)",
    lmstudio: "LM Studio (local)",
    custom: "Personnalisé",
  },
  baseURL: "URL de base",
  model: "Modèle",
  temperature: "Température",
  maxTokens: "Jetons maximum",
  firstByteTimeout: "Attente de la première réponse (secondes)",
  firstByteTimeoutNote:
    "C’est aussi le plus long silence admis au milieu d’une réponse avant de la considérer comme bloquée.",
  apiKey: "Clé d’API",
  apiKeyNote:
    "Gardée dans la mémoire de cet onglet seulement, sauf si vous cochez la case ci-dessous.",
  apiKeyNoteFromFile:
    "Gardée dans la mémoire de cet onglet seulement. «\u00a0Mémoriser sur cet appareil\u00a0» n’est pas proposé ici\u00a0: cette page a été ouverte depuis un fichier, et toutes les pages ouvertes depuis un fichier sur cet ordinateur partagent le même stockage, où n’importe quel autre fichier HTML pourrait lire la clé.",
  remember: "Mémoriser sur cet appareil",
  rememberWarning:
    "La clé sera enregistrée en clair dans le stockage de ce navigateur\u00a0: toute personne utilisant ce profil de navigateur, et tout script de cette page, pourra la lire. Décochez pour l’effacer aussitôt.",
  testConnection: "Tester la connexion",
  testing: "Test de la connexion…",
  testOk: (model, host) => `Connexion réussie\u00a0: ${model} sur ${host} a répondu.`,
  testRehearsal: "La répétition hors ligne n’a besoin d’aucune connexion\u00a0: elle fonctionne.",
};

export const previewMessages = defineMessages({ en, fr });
