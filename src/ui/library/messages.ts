import { useUiLanguage } from "../studio-context";

const en = {
  library: "Library",
  search: "Search personas",
  yours: "Your personas",
  presets: "Presets",
  presetsNote: "Read-only. Duplicate one to edit your own copy.",
  noneYet: "No persona yet: create one or duplicate a preset.",
  noMatch: (query: string) => `No persona matches “${query}”.`,
  newPersona: "New persona",
  name: "Name",
  language: "Language of the assistant",
  languages: { fr: "French", en: "English" },
  create: "Create",
  cancel: "Cancel",
  nameRequired: "Give the persona a name.",
  duplicateToEdit: "Duplicate to edit",
  duplicateToEditLabel: (name: string) => `Duplicate to edit: ${name}`,
  duplicate: "Duplicate",
  duplicateLabel: (name: string) => `Duplicate: ${name}`,
  copyName: (name: string) => `${name} (copy)`,
  rename: "Rename",
  renameLabel: (name: string) => `Rename: ${name}`,
  newName: (name: string) => `New name for ${name}`,
  renameHint: "Enter saves, Escape cancels.",
  save: "Save",
  remove: "Delete",
  removeLabel: (name: string) => `Delete: ${name}`,
  openMarker: "open",
  deleted: (name: string) => `Deleted ${name}.`,
  undoDelete: "Undo delete",
  dismiss: "Dismiss",
};

export type LibraryMessages = typeof en;

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: LibraryMessages = {
  library: "Bibliothèque",
  search: "Rechercher un persona",
  yours: "Vos personas",
  presets: "Modèles",
  presetsNote: "En lecture seule. Dupliquez-en un pour modifier votre propre copie.",
  noneYet: "Aucun persona pour l’instant\u00a0: créez-en un ou dupliquez un modèle.",
  noMatch: (query) => `Aucun persona ne correspond à «\u00a0${query}\u00a0».`,
  newPersona: "Nouveau persona",
  name: "Nom",
  language: "Langue de l’assistant",
  languages: { fr: "Français", en: "Anglais" },
  create: "Créer",
  cancel: "Annuler",
  nameRequired: "Donnez un nom au persona.",
  duplicateToEdit: "Dupliquer pour modifier",
  duplicateToEditLabel: (name) => `Dupliquer pour modifier\u00a0: ${name}`,
  duplicate: "Dupliquer",
  duplicateLabel: (name) => `Dupliquer\u00a0: ${name}`,
  copyName: (name) => `${name} (copie)`,
  rename: "Renommer",
  renameLabel: (name) => `Renommer\u00a0: ${name}`,
  newName: (name) => `Nouveau nom pour ${name}`,
  renameHint: "Entrée enregistre, Échap annule.",
  save: "Enregistrer",
  remove: "Supprimer",
  removeLabel: (name) => `Supprimer\u00a0: ${name}`,
  openMarker: "ouvert",
  deleted: (name) => `Persona «\u00a0${name}\u00a0» supprimé.`,
  undoDelete: "Annuler la suppression",
  dismiss: "Fermer",
};

export const LIBRARY_MESSAGES = { en, fr } as const;

export function useLibraryMessages(): LibraryMessages {
  return LIBRARY_MESSAGES[useUiLanguage()[0]];
}
