/** Words every area uses, said once. */
import { defineMessages } from "../define-messages";

// French typography: a no-break space (\u00a0) before “:” and “;”.
export const commonMessages = defineMessages({
  en: {
    dismiss: "Dismiss",
    close: "Close",
    cancel: "Cancel",
    save: "Save",
    copy: "Copy",
    download: "Download",
    loading: "Loading…",
  },
  fr: {
    dismiss: "Fermer",
    close: "Fermer",
    cancel: "Annuler",
    save: "Enregistrer",
    copy: "Copier",
    download: "Télécharger",
    loading: "Chargement…",
  },
});
