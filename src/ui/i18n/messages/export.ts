/** "Export JSON", the Export menu, and the dialogs it opens (API code, Share for review). */
import type { ExportKind } from "../../../stores/exports";
import { defineMessages } from "../define-messages";

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
  copied: "Copied.",
  copyFailed: "The browser refused to copy: select the text and copy it yourself.",
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
  share: {
    localOnly: (where: string, reviewPage: string) =>
      `This link points to ${where}, which only this computer can open: your client could not. To send the persona, save “${reviewPage}” from the Export menu and send that file, or set the studio’s public address below.`,
    publicAddress: "Studio’s public address (for links)",
    publicAddressHint:
      "Where the studio is published, such as https://studio.example.org/. Review links start with it instead of this page’s address.",
    usePublicAddress: "Use for links",
    publicAddressSaved: (address: string) => `Links now start with ${address}`,
    publicAddressCleared: "Links start with this page’s address again.",
    publicAddressInvalid:
      "Enter an address that starts with http:// or https://, without a user name or password, such as https://studio.example.org/.",
  },
};

// French typography: a no-break space (\u00a0) before “:” and “;”.
const fr: typeof en = {
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
  copied: "Copié.",
  copyFailed:
    "Le navigateur a refusé de copier\u00a0: sélectionnez le texte et copiez-le vous-même.",
  snippetsTitle: "Appeler le persona depuis du code",
  snippetsHint: (model, host) =>
    `Pour le point d’accès choisi dans les réglages de l’aperçu\u00a0: ${model} sur ${host}. La clé est lue dans la variable d’environnement\u00a0; elle n’est jamais écrite ici.`,
  tabs: { body: "Corps de la requête", curl: "curl", javascript: "JavaScript", python: "Python" },
  shareTitle: "Partager pour relecture",
  shareHint:
    "Envoyez ce lien à votre client\u00a0: il ouvre une page de relecture avec seulement le nom de l’assistant, son message d’accueil, la conversation et les scénarios à essayer. Le persona voyage dans le lien, après le #\u00a0: il n’est jamais envoyé à un serveur, mais toute personne qui a le lien peut le lire.",
  shareLink: "Lien de relecture",
  linkLength: (n) => `${n.toLocaleString("fr")}\u00a0caractères`,
  longLink:
    "Certaines messageries coupent les liens aussi longs\u00a0: envoyez plutôt le fichier de la page de relecture.",
  openLink: "Ouvrir la page de relecture",
  share: {
    localOnly: (where, reviewPage) =>
      `Ce lien pointe vers ${where}, que seul cet ordinateur peut ouvrir\u00a0: votre client ne le pourrait pas. Pour lui envoyer le persona, enregistrez «\u00a0${reviewPage}\u00a0» depuis le menu d’export et envoyez ce fichier, ou indiquez ci-dessous l’adresse publique du studio.`,
    publicAddress: "Adresse publique du studio (pour les liens)",
    publicAddressHint:
      "L’adresse où le studio est publié, par exemple https://studio.example.org/. Les liens de relecture commencent alors par elle au lieu de l’adresse de cette page.",
    usePublicAddress: "Utiliser pour les liens",
    publicAddressSaved: (address) => `Les liens commencent maintenant par ${address}`,
    publicAddressCleared: "Les liens commencent de nouveau par l’adresse de cette page.",
    publicAddressInvalid:
      "Indiquez une adresse qui commence par http:// ou https://, sans nom d’utilisateur ni mot de passe, par exemple https://studio.example.org/.",
  },
};

export const exportMessages = defineMessages({ en, fr });
