/** The studio's frame: its header, its landmarks, and what shows when it cannot start. */
import { defineMessages } from "../define-messages";

export const shellMessages = defineMessages({
  en: {
    tagline: "Design how an AI assistant speaks.",
    undo: "Undo",
    redo: "Redo",
    interfaceLanguage: "Interface language",
    library: "Library",
    editor: "Editor",
    voice: "Voice",
    identity: "Identity and rules",
    preview: "Preview",
    toolbar: "Persona actions",
    versionTools: "Versions",
    exportAs: "Export as…",
    cannotStart: (reason: string) =>
      `Psydesign Studio could not start: ${reason}. Reload the page to try again.`,
  },
  fr: {
    tagline: "Décidez comment parle un assistant IA.",
    undo: "Annuler",
    redo: "Rétablir",
    interfaceLanguage: "Langue de l’interface",
    library: "Bibliothèque",
    editor: "Éditeur",
    voice: "Voix",
    identity: "Identité et règles",
    preview: "Aperçu",
    toolbar: "Actions sur le persona",
    versionTools: "Versions",
    exportAs: "Exporter en…",
    cannotStart: (reason) =>
      `Psydesign Studio n’a pas pu démarrer\u00a0: ${reason}. Rechargez la page pour réessayer.`,
  },
});
