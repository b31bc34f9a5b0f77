/** Words every area uses, said once; and what shows where a part of the page failed. */
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
    reload: "Reload",
    panelFailed:
      "This part of the studio could not be shown. Your persona is saved: reload the page to try again.",
    panelFailedUnsaved:
      "This part of the studio could not be shown. Your persona is not saved in this browser: export it before you reload the page.",
  },
  fr: {
    dismiss: "Fermer",
    close: "Fermer",
    cancel: "Annuler",
    save: "Enregistrer",
    copy: "Copier",
    download: "Télécharger",
    loading: "Chargement…",
    reload: "Recharger",
    panelFailed:
      "Cette partie du studio n’a pas pu s’afficher. Votre persona est enregistré\u00a0: rechargez la page pour réessayer.",
    panelFailedUnsaved:
      "Cette partie du studio n’a pas pu s’afficher. Votre persona n’est pas enregistré dans ce navigateur\u00a0: exportez-le avant de recharger la page.",
  },
});
