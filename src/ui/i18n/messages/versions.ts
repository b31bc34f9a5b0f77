/** Versions: saving one, the list, comparing two, restoring, and the history file. */
import type { VersionOrigin } from "../../../core/versions/types";
import { defineMessages, plural } from "../define-messages";

// French typography: a no-break space (\u00a0) before “:” and inside « ».
export const versionsMessages = defineMessages({
  en: {
    saveTitle: "Save a version",
    saveHint:
      "A version keeps this persona exactly as it is now. You can compare with it or go back to it later.",
    name: "Name",
    note: "Note (optional)",
    nameRequired: "Give the version a name.",
    save: "Save version",
    unavailable:
      "Versions are unavailable in this browser (private browsing, or its storage is full or blocked). Your persona itself is saved as usual.",
    listTitle: (persona: string) => `Versions of ${persona}`,
    listHint:
      "Pick one version to restore it or open it as a new persona; pick two to compare them.",
    listLabel: "Saved versions",
    empty:
      "No version yet. “Save version” keeps one; every export, share link and review page keeps one too.",
    firstVersion: "First version",
    origin: {
      manual: "Saved by hand",
      export: "Export",
      share: "Review link",
      review: "Review page",
      import: "Imported",
    } satisfies Record<VersionOrigin, string>,
    unreadable: plural({
      one: "# stored version could not be read and is not shown (it is kept as it is).",
      other: "# stored versions could not be read and are not shown (they are kept as they are).",
    }),
    selected: plural({ one: "# version selected", other: "# versions selected" }),
    compare: "Compare versions",
    restore: "Restore",
    openAsNew: "Open as new persona",
    exportHistory: "Export with history",
    restored: (name: string) => `Restored “${name}”. Undo brings back what you had.`,
    opened: (name: string) => `Opened “${name}” as a new persona.`,
    exported: (file: string) => `Saved ${file}.`,
    changes: "Changes",
    comparing: (before: string, after: string) => `From “${before}” to “${after}”`,
    voiceChanges: "Sliders",
    otherChanges: "Identity, lexicon, guardrails, examples and scenarios",
    noChange: "No change between these two versions.",
    promptDiff: "Compiled prompt",
    added: "Added",
    removed: "Removed",
    unchangedLines: plural({ one: "  … # unchanged line", other: "  … # unchanged lines" }),
    sharedName: "Review link",
    newPersonaName: (persona: string, version: string) => `${persona} (${version})`,
    givenOn: (name: string) => `Given on version “${name}”.`,
    historyAdded: plural({ one: "# version added", other: "# versions added" }),
    historySkipped: plural({ one: "# already there", other: "# already there" }),
    historyUnavailable: "Its versions could not be kept: versions are unavailable in this browser.",
  },
  fr: {
    saveTitle: "Enregistrer une version",
    saveHint:
      "Une version garde ce persona tel qu’il est maintenant. Vous pourrez vous y comparer ou y revenir plus tard.",
    name: "Nom",
    note: "Note (facultative)",
    nameRequired: "Donnez un nom à la version.",
    save: "Enregistrer la version",
    unavailable:
      "Les versions ne sont pas disponibles dans ce navigateur (navigation privée, ou stockage plein ou bloqué). Votre persona lui-même est enregistré comme d’habitude.",
    listTitle: (persona) => `Versions de ${persona}`,
    listHint:
      "Choisissez une version pour la restaurer ou l’ouvrir comme nouveau persona\u00a0; deux pour les comparer.",
    listLabel: "Versions enregistrées",
    empty:
      "Aucune version pour l’instant. «\u00a0Enregistrer une version\u00a0» en garde une\u00a0; chaque export, lien de relecture et page de relecture aussi.",
    firstVersion: "Première version",
    origin: {
      manual: "Enregistrée à la main",
      export: "Export",
      share: "Lien de relecture",
      review: "Page de relecture",
      import: "Importée",
    },
    unreadable: plural({
      one: "# version enregistrée n’a pas pu être lue et n’est pas affichée (elle est conservée telle quelle).",
      other:
        "# versions enregistrées n’ont pas pu être lues et ne sont pas affichées (elles sont conservées telles quelles).",
      many: "# de versions enregistrées n’ont pas pu être lues et ne sont pas affichées (elles sont conservées telles quelles).",
    }),
    selected: plural({
      one: "# version choisie",
      other: "# versions choisies",
      many: "# de versions choisies",
    }),
    compare: "Comparer les versions",
    restore: "Restaurer",
    openAsNew: "Ouvrir comme nouveau persona",
    exportHistory: "Exporter avec l’historique",
    restored: (name) => `«\u00a0${name}\u00a0» restaurée. Annuler rend ce que vous aviez.`,
    opened: (name) => `«\u00a0${name}\u00a0» ouvert comme nouveau persona.`,
    exported: (file) => `${file} enregistré.`,
    changes: "Modifications",
    comparing: (before, after) => `De «\u00a0${before}\u00a0» à «\u00a0${after}\u00a0»`,
    voiceChanges: "Curseurs",
    otherChanges: "Identité, lexique, garde-fous, exemples et scénarios",
    noChange: "Aucune différence entre ces deux versions.",
    promptDiff: "Prompt compilé",
    added: "Ajouté",
    removed: "Retiré",
    unchangedLines: plural({
      one: "  … # ligne inchangée",
      other: "  … # lignes inchangées",
      many: "  … # de lignes inchangées",
    }),
    sharedName: "Lien de relecture",
    newPersonaName: (persona, version) => `${persona} (${version})`,
    givenOn: (name) => `Donné sur la version «\u00a0${name}\u00a0».`,
    historyAdded: plural({
      one: "# version ajoutée",
      other: "# versions ajoutées",
      many: "# de versions ajoutées",
    }),
    historySkipped: plural({
      one: "# déjà présente",
      other: "# déjà présentes",
      many: "# déjà présentes",
    }),
    historyUnavailable:
      "Ses versions n’ont pas pu être gardées\u00a0: les versions ne sont pas disponibles dans ce navigateur.",
  },
});
