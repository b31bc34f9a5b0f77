/** The style meter's UI strings. */
import { defineMessages, plural } from "../define-messages";

const en = {
  meter: "Style meter",
  ok: "on target",
  drift: "drift",
  showEvidence: "Show evidence",
  hideEvidence: "Hide evidence",
  evidenceOf: (what: string) => `Evidence: ${what}`,
  address: "Address",
  lexicon: "Avoided words",
  none: "none",
  formal: "formal",
  informal: "informal",
  mixed: "mixed",
  noneUsed: "none used",
  target: (value: string) => `target ${value}`,
  score: (n: number) => `adherence ${n} %`,
  summary: "Across the conversation",
  noDrift: "Every reply matches the persona's settings.",
  // The count is worded through `replies`: French writes "dans 2 réponses sur 3", English "in 2 of 3 replies".
  addressDrift: (form: string, replies: string, of: number) =>
    `“${form}” used in ${replies} of ${of} replies`,
  avoidedDrift: (replies: string, of: number) => `avoided words in ${replies} of ${of} replies`,
  dimensionDrift: (label: string, replies: string, of: number) =>
    `${label} off target in ${replies} of ${of} replies`,
  replies: plural({ one: "#", other: "#" }),
  longer: (pct: number) => `replies ${pct} % longer than the target`,
  shorter: (pct: number) => `replies ${pct} % shorter than the target`,
  goTo: (n: number) => `Reply ${n}`,
  cell: (label: string, value: string) => `${label}: ${value}`,
};

const fr: typeof en = {
  meter: "Stylomètre",
  ok: "conforme",
  drift: "écart",
  showEvidence: "Voir les indices",
  hideEvidence: "Masquer les indices",
  evidenceOf: (what) => `Indices\u00a0: ${what}`,
  address: "Adresse",
  lexicon: "Mots à éviter",
  none: "aucune",
  formal: "vouvoiement",
  informal: "tutoiement",
  mixed: "mélange",
  noneUsed: "aucun",
  target: (value) => `cible ${value}`,
  score: (n) => `conformité ${n}\u00a0%`,
  summary: "Sur toute la conversation",
  noDrift: "Toutes les réponses respectent les réglages du persona.",
  addressDrift: (form, replies, of) => `«\u00a0${form}\u00a0» employé dans ${replies} sur ${of}`,
  avoidedDrift: (replies, of) => `mots à éviter dans ${replies} sur ${of}`,
  dimensionDrift: (label, replies, of) => `${label}\u00a0: écart dans ${replies} sur ${of}`,
  replies: plural({ one: "# réponse", many: "# de réponses", other: "# réponses" }),
  longer: (pct) => `réponses ${pct}\u00a0% plus longues que la cible`,
  shorter: (pct) => `réponses ${pct}\u00a0% plus courtes que la cible`,
  goTo: (n) => `Réponse ${n}`,
  cell: (label, value) => `${label}\u00a0: ${value}`,
};

export const meterMessages = defineMessages({ en, fr });
