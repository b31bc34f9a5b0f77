/** The storage problems and the library's notices shown above the studio. */
import { defineMessages, plural } from "../define-messages";

const en = {
  quota:
    "Your browser's storage is full: your work is kept in this tab but not saved. Export it to keep it.",
  unavailable:
    "Your browser's storage is disabled: your work is kept in this tab only and is lost when you close it. Export it to keep it.",
  corrupted: "Saved data could not be read; it was set aside.",
  corruptedNotMoved:
    "Saved data could not be read, nor set aside: this tab will not save over it. Your work stays in this tab only; export it to keep it.",
  downloadSetAside: "Download set-aside data",
  changedElsewhere:
    "This persona was changed in another tab; that version is now open. Undo brings yours back.",
  savedAsCopy: (name: string) =>
    `Another tab saved this persona first: your changes were saved as a copy, ${name}.`,
  setAside: plural({
    one: "One saved persona could not be opened: it stays saved as it was, and a copy was set aside to download.",
    other:
      "# saved personas could not be opened: they stay saved as they were, and copies were set aside to download.",
  }),
};

// French typography: a no-break space (\u00a0) before “:” and “;” and inside « ».
const fr: typeof en = {
  quota:
    "Le stockage de votre navigateur est plein\u00a0: votre travail est conservé dans cet onglet, mais il n’est pas enregistré. Exportez-le pour le garder.",
  unavailable:
    "Le stockage de votre navigateur est désactivé\u00a0: votre travail n’existe que dans cet onglet et sera perdu à sa fermeture. Exportez-le pour le garder.",
  corrupted: "Des données enregistrées n’ont pas pu être lues\u00a0; elles ont été mises de côté.",
  corruptedNotMoved:
    "Des données enregistrées n’ont pas pu être lues ni mises de côté\u00a0: cet onglet n’enregistrera rien par-dessus. Votre travail n’existe que dans cet onglet\u00a0; exportez-le pour le garder.",
  downloadSetAside: "Télécharger les données mises de côté",
  changedElsewhere:
    "Ce persona a été modifié dans un autre onglet\u00a0; c’est cette version qui est ouverte. Annuler ramène la vôtre.",
  savedAsCopy: (name) =>
    `Un autre onglet a enregistré ce persona avant vous\u00a0: vos modifications ont été enregistrées dans une copie, ${name}.`,
  setAside: plural({
    one: "Un persona enregistré n’a pas pu être ouvert\u00a0: il reste enregistré tel quel, et une copie a été mise de côté à télécharger.",
    many: "# de personas enregistrés n’ont pas pu être ouverts\u00a0: ils restent enregistrés tels quels, et des copies ont été mises de côté à télécharger.",
    other:
      "# personas enregistrés n’ont pas pu être ouverts\u00a0: ils restent enregistrés tels quels, et des copies ont été mises de côté à télécharger.",
  }),
};

export const noticeMessages = defineMessages({ en, fr });
