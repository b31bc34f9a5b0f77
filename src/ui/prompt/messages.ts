export const PROMPT_MESSAGES = {
  en: {
    title: "System prompt",
    tokens: (n: number) => `≈ ${n} tokens (estimate)`,
    copy: "Copy prompt",
    copied: "Prompt copied to the clipboard.",
    copyFailed: "Could not copy: select the prompt and copy it by hand.",
    warnings: (n: number) => (n === 1 ? "1 warning" : `${n} warnings`),
    noWarnings: "No conflicting settings.",
    changedLines: (n: number) => (n === 1 ? "1 line changed" : `${n} lines changed`),
    writtenIn: (lang: string) => `Written in ${lang === "fr" ? "French" : "English"}`,
  },
  fr: {
    title: "Prompt système",
    tokens: (n: number) => `≈ ${n} jetons (estimation)`,
    copy: "Copier le prompt",
    copied: "Prompt copié dans le presse-papiers.",
    copyFailed: "Copie impossible : sélectionnez le prompt et copiez-le à la main.",
    warnings: (n: number) => (n === 1 ? "1 avertissement" : `${n} avertissements`),
    noWarnings: "Aucun réglage contradictoire.",
    changedLines: (n: number) => (n === 1 ? "1 ligne modifiée" : `${n} lignes modifiées`),
    writtenIn: (lang: string) => `Rédigé en ${lang === "fr" ? "français" : "anglais"}`,
  },
} as const;
