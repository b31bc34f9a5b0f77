/** The workbench's frame: its column tabs, the library's toggle, the toasts. */
import { defineMessages } from "../define-messages";

export const workbenchMessages = defineMessages({
  en: {
    editorSections: "Editor sections",
    outputSections: "Output",
    views: "Views",
    voiceTab: "Voice",
    identityTab: "Identity",
    conversationTab: "Conversation",
    promptTab: "Prompt",
    testsTab: "Tests",
    showLibrary: "Show the library",
    hideLibrary: "Hide the library",
    notices: "Notices",
  },
  fr: {
    editorSections: "Sections de l’éditeur",
    outputSections: "Résultat",
    views: "Vues",
    voiceTab: "Voix",
    identityTab: "Identité",
    conversationTab: "Conversation",
    promptTab: "Prompt",
    testsTab: "Tests",
    showLibrary: "Afficher la bibliothèque",
    hideLibrary: "Masquer la bibliothèque",
    notices: "Notifications",
  },
});
