import { useUiLanguage } from "../studio-context";

const en = {
  dismiss: "Dismiss",
  quota:
    "Your browser's storage is full: your work is kept in this tab but not saved. Export it to keep it.",
  unavailable:
    "Your browser's storage is disabled: your work is kept in this tab only and is lost when you close it. Export it to keep it.",
  corrupted: "Saved data could not be read; it was set aside.",
  corruptedNotMoved: "Saved data could not be read, nor set aside.",
  downloadSetAside: "Download set-aside data",
  changedElsewhere: "This persona was changed in another tab; that version is now open. Undo brings yours back.",
  savedAsCopy: (name: string) => `Another tab saved this persona first: your changes were saved as a copy, ${name}.`,
  setAside: (count: number) =>
    count === 1
      ? "One saved persona no longer validates; it was set aside, not deleted."
      : `${count} saved personas no longer validate; they were set aside, not deleted.`,
};

export type CommonMessages = typeof en;

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: CommonMessages = {
  dismiss: "Fermer",
  quota:
    "Le stockage de votre navigateur est plein\u00a0: votre travail est conservé dans cet onglet, mais il n’est pas enregistré. Exportez-le pour le garder.",
  unavailable:
    "Le stockage de votre navigateur est désactivé\u00a0: votre travail n’existe que dans cet onglet et sera perdu à sa fermeture. Exportez-le pour le garder.",
  corrupted: "Des données enregistrées n’ont pas pu être lues\u00a0; elles ont été mises de côté.",
  corruptedNotMoved: "Des données enregistrées n’ont pas pu être lues ni mises de côté.",
  downloadSetAside: "Télécharger les données mises de côté",
  changedElsewhere:
    "Ce persona a été modifié dans un autre onglet\u00a0; c’est cette version qui est ouverte. Annuler ramène la vôtre.",
  savedAsCopy: (name) =>
    `Un autre onglet a enregistré ce persona avant vous\u00a0: vos modifications ont été enregistrées dans une copie, ${name}.`,
  setAside: (count) =>
    count === 1
      ? "Un persona enregistré n’est plus valide\u00a0; il a été mis de côté, pas supprimé."
      : `${count} personas enregistrés ne sont plus valides\u00a0; ils ont été mis de côté, pas supprimés.`,
};

export const COMMON_MESSAGES = { en, fr } as const;

export function useCommonMessages(): CommonMessages {
  return COMMON_MESSAGES[useUiLanguage()[0]];
}
