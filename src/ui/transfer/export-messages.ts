import type { ExportKind } from "../../stores/exports";
import { useUiLanguage } from "../studio-context";

type Item = ExportKind | "snippets" | "share" | "review-page";

const en = {
  items: {
    ccv2: "Character Card V2 (JSON)",
    ccv3: "Character Card V3 (JSON)",
    "ccv3-png": "Character Card V3 in a PNG image",
    "prompt-md": "System prompt (Markdown)",
    "prompt-txt": "System prompt (plain text)",
    openai: "OpenAI request body (JSON)",
    snippets: "API code: curl, JavaScript, Python…",
    promptfoo: "promptfoo test configuration (YAML)",
    share: "Share for review…",
    "review-page": "Review page (one HTML file)",
  } satisfies Record<Item, string>,
  groupCards: "Character Cards",
  compiledPrompt: "Use the compiled prompt as the card’s system prompt",
  groupPrompt: "Prompt and API",
  groupReview: "Client review",
  saved: (filename: string) => `Saved ${filename}.`,
  failed: (detail: string) => `The export failed: ${detail}. Nothing was saved.`,
  dismiss: "Dismiss",
  close: "Close",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "The browser refused to copy: select the text and copy it yourself.",
  download: "Download",
  snippetsTitle: "Call the persona from code",
  snippetsHint: (model: string, host: string) =>
    `For the endpoint chosen in the preview settings: ${model} at ${host}. The key is read from the environment variable; it is never written here.`,
  tabs: { body: "Request body", curl: "curl", javascript: "JavaScript", python: "Python" },
  shareTitle: "Share for review",
  shareHint:
    "Send this link to your client: it opens a review page with only the assistant’s name, its greeting, the chat and the scenarios to try. The persona travels inside the link, after the #: it is never sent to a server, but anyone with the link can read it.",
  shareLink: "Review link",
  linkLength: (n: number) => `${n.toLocaleString("en")} characters`,
  longLink: "Some mail and chat apps cut links this long: send the review page file instead.",
  openLink: "Open the review page",
};

export type ExportMessages = typeof en;

// French typography: a no-break space (\u00a0) before “:” and “;”.
const fr: ExportMessages = {
  items: {
    ccv2: "Character Card V2 (JSON)",
    ccv3: "Character Card V3 (JSON)",
    "ccv3-png": "Character Card V3 dans une image PNG",
    "prompt-md": "Prompt système (Markdown)",
    "prompt-txt": "Prompt système (texte brut)",
    openai: "Requête OpenAI (JSON)",
    snippets: "Code d’appel\u00a0: curl, JavaScript, Python…",
    promptfoo: "Configuration de test promptfoo (YAML)",
    share: "Partager pour relecture…",
    "review-page": "Page de relecture (un fichier HTML)",
  },
  groupCards: "Character Cards",
  compiledPrompt: "Utiliser le prompt compilé comme prompt système de la carte",
  groupPrompt: "Prompt et API",
  groupReview: "Relecture client",
  saved: (filename) => `${filename} enregistré.`,
  failed: (detail) => `L’export a échoué\u00a0: ${detail}. Rien n’a été enregistré.`,
  dismiss: "Fermer",
  close: "Fermer",
  copy: "Copier",
  copied: "Copié.",
  copyFailed: "Le navigateur a refusé de copier\u00a0: sélectionnez le texte et copiez-le vous-même.",
  download: "Télécharger",
  snippetsTitle: "Appeler le persona depuis du code",
  snippetsHint: (model, host) =>
    `Pour le point d’accès choisi dans les réglages de l’aperçu\u00a0: ${model} sur ${host}. La clé est lue dans la variable d’environnement\u00a0; elle n’est jamais écrite ici.`,
  tabs: { body: "Corps de la requête", curl: "curl", javascript: "JavaScript", python: "Python" },
  shareTitle: "Partager pour relecture",
  shareHint:
    "Envoyez ce lien à votre client\u00a0: il ouvre une page de relecture avec seulement le nom de l’assistant, son message d’accueil, la conversation et les scénarios à essayer. Le persona voyage dans le lien, après le #\u00a0: il n’est jamais envoyé à un serveur, mais toute personne qui a le lien peut le lire.",
  shareLink: "Lien de relecture",
  linkLength: (n) => `${n.toLocaleString("fr")}\u00a0caractères`,
  longLink: "Certaines messageries coupent les liens aussi longs\u00a0: envoyez plutôt le fichier de la page de relecture.",
  openLink: "Ouvrir la page de relecture",
};

export const EXPORT_MESSAGES = { en, fr } as const;

export function useExportMessages(): ExportMessages {
  return EXPORT_MESSAGES[useUiLanguage()[0]];
}
