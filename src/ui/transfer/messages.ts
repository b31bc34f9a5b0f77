import { useUiLanguage } from "../studio-context";

/** `source` is a file name, or null for pasted text. */
const en = {
  import: "Import",
  dialogTitle: "Import a persona",
  dialogHint: "A persona file (.json). It opens as a new persona; nothing you already have is replaced.",
  chooseFile: "Choose a file",
  or: "or",
  pasteJson: "Paste JSON",
  submit: "Import",
  close: "Close",
  dismiss: "Dismiss",
  imported: (name: string) => `Imported “${name}”: it is open as a new persona.`,
  invalid: (source: string | null, count: number) =>
    `${source ?? "The pasted JSON"} was not imported: ${count === 1 ? "1 problem" : `${count} problems`}. Nothing changed.`,
  tooLarge: (source: string | null) =>
    `${source ?? "The pasted JSON"} is larger than 1 MB; a persona file never is. Nothing was imported.`,
  notJson: (source: string | null) => `${source ?? "This"} is not a .json file. Nothing was imported.`,
  unreadable: (source: string | null) => `${source ?? "The file"} could not be read. Nothing was imported.`,
  dropHere: "Drop a persona file (.json) to import it",
  exportJson: "Export JSON",
};

export type TransferMessages = typeof en;

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: TransferMessages = {
  import: "Importer",
  dialogTitle: "Importer un persona",
  dialogHint: "Un fichier de persona (.json). Il s’ouvre comme un nouveau persona\u00a0; rien de ce que vous avez n’est remplacé.",
  chooseFile: "Choisir un fichier",
  or: "ou",
  pasteJson: "Coller du JSON",
  submit: "Importer",
  close: "Fermer",
  dismiss: "Fermer",
  imported: (name) => `«\u00a0${name}\u00a0» importé\u00a0: il est ouvert comme nouveau persona.`,
  invalid: (source, count) =>
    `${source ?? "Le JSON collé"} n’a pas été importé\u00a0: ${count === 1 ? "1 problème" : `${count} problèmes`}. Rien n’a changé.`,
  tooLarge: (source) =>
    `${source ?? "Le JSON collé"} dépasse 1 Mo\u00a0; un fichier de persona n’est jamais aussi gros. Rien n’a été importé.`,
  notJson: (source) => `${source ?? "Ceci"} n’est pas un fichier .json. Rien n’a été importé.`,
  unreadable: (source) => `${source ?? "Le fichier"} n’a pas pu être lu. Rien n’a été importé.`,
  dropHere: "Déposez un fichier de persona (.json) pour l’importer",
  exportJson: "Exporter le JSON",
};

export const TRANSFER_MESSAGES = { en, fr } as const;

export function useTransferMessages(): TransferMessages {
  return TRANSFER_MESSAGES[useUiLanguage()[0]];
}
