import { useUiLanguage } from "../studio-context";

const en = {
  import: "Import",
  dialogTitle: "Import a persona",
  dialogHint:
    "A persona file (.json), a Character Card (.json or .png) or a client’s review feedback (.json). A persona or card opens as a new persona; nothing you already have is replaced.",
  chooseFile: "Choose a file",
  or: "or",
  pasteJson: "Paste JSON",
  submit: "Import",
  close: "Close",
  dismiss: "Dismiss",
  dropHere: "Drop a persona, a Character Card (.json, .png) or a feedback file to import it",
  exportJson: "Export JSON",
  share: {
    localOnly: (where: string, reviewPage: string) =>
      `This link points to ${where}, which only this computer can open: your client could not. To send the persona, save “${reviewPage}” from the Export menu and send that file, or set the studio’s public address below.`,
    publicAddress: "Studio’s public address (for links)",
    publicAddressHint: "Where the studio is published, such as https://studio.example.org/. Review links start with it instead of this page’s address.",
    usePublicAddress: "Use for links",
    publicAddressSaved: (address: string) => `Links now start with ${address}`,
    publicAddressCleared: "Links start with this page’s address again.",
    publicAddressInvalid: "Enter an address that starts with http:// or https://, without a user name or password, such as https://studio.example.org/.",
  },
};

export type TransferMessages = typeof en;

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: TransferMessages = {
  import: "Importer",
  dialogTitle: "Importer un persona",
  dialogHint:
    "Un fichier de persona (.json), une Character Card (.json ou .png) ou les retours d’un client (.json). Un persona ou une carte s’ouvre comme un nouveau persona\u00a0; rien de ce que vous avez n’est remplacé.",
  chooseFile: "Choisir un fichier",
  or: "ou",
  pasteJson: "Coller du JSON",
  submit: "Importer",
  close: "Fermer",
  dismiss: "Fermer",
  dropHere: "Déposez un persona, une Character Card (.json, .png) ou des retours client pour les importer",
  exportJson: "Exporter le JSON",
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

export const TRANSFER_MESSAGES = { en, fr } as const;

export function useTransferMessages(): TransferMessages {
  return TRANSFER_MESSAGES[useUiLanguage()[0]];
}
