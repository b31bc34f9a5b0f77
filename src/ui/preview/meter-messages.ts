/** The style meter's UI strings. */
import { useUiLanguage } from "../studio-context";

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
  addressDrift: (form: string, n: number, of: number) => `“${form}” used in ${n} of ${of} replies`,
  avoidedDrift: (n: number, of: number) => `avoided words in ${n} of ${of} replies`,
  dimensionDrift: (label: string, n: number, of: number) => `${label} off target in ${n} of ${of} replies`,
  longer: (pct: number) => `replies ${pct} % longer than the target`,
  shorter: (pct: number) => `replies ${pct} % shorter than the target`,
  goTo: (n: number) => `Reply ${n}`,
  cell: (label: string, value: string) => `${label}: ${value}`,
};

export type MeterMessages = typeof en;

const fr: MeterMessages = {
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
  addressDrift: (form, n, of) => `«\u00a0${form}\u00a0» employé dans ${n} réponse${n > 1 ? "s" : ""} sur ${of}`,
  avoidedDrift: (n, of) => `mots à éviter dans ${n} réponse${n > 1 ? "s" : ""} sur ${of}`,
  dimensionDrift: (label, n, of) => `${label}\u00a0: écart dans ${n} réponse${n > 1 ? "s" : ""} sur ${of}`,
  longer: (pct) => `réponses ${pct}\u00a0% plus longues que la cible`,
  shorter: (pct) => `réponses ${pct}\u00a0% plus courtes que la cible`,
  goTo: (n) => `Réponse ${n}`,
  cell: (label, value) => `${label}\u00a0: ${value}`,
};

/** French address is named by its pronoun ("tu", "vous") whatever the UI language. */
export function addressName(form: "formal" | "informal" | "none" | "mixed", personaLanguage: string, t: MeterMessages): string {
  if (personaLanguage === "fr" && form === "formal") return "vous";
  if (personaLanguage === "fr" && form === "informal") return "tu";
  return t[form];
}

export function useMeterMessages(): MeterMessages {
  const [ui] = useUiLanguage();
  return ui === "fr" ? fr : en;
}
