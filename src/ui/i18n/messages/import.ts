/** The ways in for a persona file: the Import dialog and a drop on the window. */
import { defineMessages } from "../define-messages";

const en = {
  import: "Import",
  dialogTitle: "Import a persona",
  dialogHint:
    "A persona file (.json), a Character Card (.json or .png) or a client’s review feedback (.json). A persona or card opens as a new persona; nothing you already have is replaced.",
  chooseFile: "Choose a file",
  or: "or",
  pasteJson: "Paste JSON",
  submit: "Import",
  dropHere: "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
};

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: typeof en = {
  import: "Importer",
  dialogTitle: "Importer un persona",
  dialogHint:
    "Un fichier de persona (.json), une Character Card (.json ou .png) ou les retours d’un client (.json). Un persona ou une carte s’ouvre comme un nouveau persona\u00a0; rien de ce que vous avez n’est remplacé.",
  chooseFile: "Choisir un fichier",
  or: "ou",
  pasteJson: "Coller du JSON",
  submit: "Importer",
  dropHere:
    "Déposez un persona, une Character Card (.json, .png) ou des retours client pour les importer",
};

export const importMessages = defineMessages({ en, fr });
