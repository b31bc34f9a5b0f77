/**
 * The words of the exported comparison (HTML and Markdown), in French and English. The file
 * is sent to a client and read outside the studio, so it carries its own words rather than
 * the UI's i18n module (which core may not import), as the persona test reports do.
 */
import type { SideSummary } from "./types";

export interface CompareWords {
  title: string;
  generated: string;
  versionA: string;
  versionB: string;
  version: string;
  target: string;
  settings: string;
  setting: string;
  language: string;
  address: string;
  addressForms: Record<"formal" | "informal", string>;
  languages: Record<"en" | "fr", string>;
  promptDiff: string;
  promptSame: string;
  added: string;
  removed: string;
  conversation: string;
  turn: string;
  user: string;
  noReply: string;
  meter: string;
  held: string;
  notHeld: string;
  targetIs: (target: string) => string;
  /** "A: 18 of 21 targets held" */
  sideSummary: (side: string, summary: SideSummary) => string;
  /** "A: 18 of 21 targets held — B: 21 of 21" */
  summary: (a: SideSummary, b: SideSummary) => string;
}

const EN: CompareWords = {
  title: "Comparison",
  generated: "Made on",
  versionA: "Version A",
  versionB: "Version B",
  version: "Version",
  target: "Target",
  settings: "Settings",
  setting: "Setting",
  language: "Language",
  address: "Address",
  addressForms: { formal: "formal", informal: "informal" },
  languages: { en: "English", fr: "French" },
  promptDiff: "Prompt: A against B",
  promptSame: "The two prompts are the same.",
  added: "only in B",
  removed: "only in A",
  conversation: "Conversation",
  turn: "Turn",
  user: "User",
  noReply: "No reply.",
  meter: "Style meter",
  held: "held",
  notHeld: "not held",
  targetIs: (target) => `target ${target}`,
  sideSummary: (side, s) => `${side}: ${s.held} of ${s.total} targets held`,
  summary: (a, b) => `A: ${a.held} of ${a.total} targets held — B: ${b.held} of ${b.total}`,
};

const FR: CompareWords = {
  title: "Comparaison",
  generated: "Faite le",
  versionA: "Version A",
  versionB: "Version B",
  version: "Version",
  target: "Cible",
  settings: "Réglages",
  setting: "Réglage",
  language: "Langue",
  address: "Adresse",
  addressForms: { formal: "vouvoiement", informal: "tutoiement" },
  languages: { en: "anglais", fr: "français" },
  promptDiff: "Prompt\u00a0: A face à B",
  promptSame: "Les deux prompts sont identiques.",
  added: "seulement dans B",
  removed: "seulement dans A",
  conversation: "Conversation",
  turn: "Tour",
  user: "Utilisateur",
  noReply: "Pas de réponse.",
  meter: "Mesure du style",
  held: "tenu",
  notHeld: "non tenu",
  targetIs: (target) => `cible ${target}`,
  sideSummary: (side, s) => `${side}\u00a0: ${s.held} cibles tenues sur ${s.total}`,
  summary: (a, b) =>
    `A\u00a0: ${a.held} cibles tenues sur ${a.total} — B\u00a0: ${b.held} sur ${b.total}`,
};

export const COMPARE_WORDS: Readonly<Record<"en" | "fr", CompareWords>> = { en: EN, fr: FR };
