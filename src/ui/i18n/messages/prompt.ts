/** The compiled prompt's panel. */
import { defineMessages, plural } from "../define-messages";

export const promptMessages = defineMessages({
  en: {
    title: "System prompt",
    text: "Prompt text",
    tokens: (n: number) => `≈ ${n} tokens (estimate)`,
    copy: "Copy prompt",
    copied: "Prompt copied to the clipboard.",
    copyFailed: "Could not copy: select the prompt and copy it by hand.",
    warnings: plural({ one: "# warning", other: "# warnings" }),
    noWarnings: "No conflicting settings.",
    changedLines: plural({ one: "# line changed", other: "# lines changed" }),
    writtenIn: (lang: string) => `Written in ${lang === "fr" ? "French" : "English"}`,
  },
  fr: {
    title: "Prompt système",
    text: "Texte du prompt",
    tokens: (n) => `≈ ${n} jetons (estimation)`,
    copy: "Copier le prompt",
    copied: "Prompt copié dans le presse-papiers.",
    copyFailed: "Copie impossible : sélectionnez le prompt et copiez-le à la main.",
    warnings: plural({
      one: "# avertissement",
      many: "# d’avertissements",
      other: "# avertissements",
    }),
    noWarnings: "Aucun réglage contradictoire.",
    changedLines: plural({
      one: "# ligne modifiée",
      many: "# de lignes modifiées",
      other: "# lignes modifiées",
    }),
    writtenIn: (lang) => `Rédigé en ${lang === "fr" ? "français" : "anglais"}`,
  },
});
