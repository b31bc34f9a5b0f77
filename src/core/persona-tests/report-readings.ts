/**
 * A check's or a drift reading's words for a client: "Registre" rather than "derived:register",
 * "3 · Soutenu" rather than "3", "vouvoiement" rather than "formal". The ids stay in JSON and
 * JUnit, which tools read; the HTML report is read by people.
 */
import { CATALOG } from "../persona/catalog";
import { DIMENSION_IDS, type DimensionId } from "../persona/constants";
import type { ReportLanguage } from "./report-words";

const OTHER_LABELS: Readonly<Record<string, Record<ReportLanguage, string>>> = {
  address: { fr: "Adresse (tu ou vous)", en: "Address (first name or title)" },
  lexicon: { fr: "Mots à éviter", en: "Avoided words" },
  mentions: { fr: "Mentionne", en: "Mentions" },
  "does-not-mention": { fr: "Ne mentionne pas", en: "Does not mention" },
  declines: { fr: "Refuse", en: "Declines" },
  "hands-over": { fr: "Oriente vers une personne", en: "Hands over" },
  "says-ai": { fr: "Dit être une IA", en: "Says it is an AI" },
  "at-most-sentences": { fr: "Longueur en phrases", en: "Length in sentences" },
};

const ADDRESS_FORMS: Readonly<Record<string, Record<ReportLanguage, string>>> = {
  formal: { fr: "vouvoiement", en: "formal" },
  informal: { fr: "tutoiement", en: "informal" },
  none: { fr: "aucune adresse", en: "no address" },
  mixed: { fr: "mélange tu et vous", en: "mixed" },
};

const isDimension = (id: string): id is DimensionId =>
  (DIMENSION_IDS as readonly string[]).includes(id);

/** "derived:register" → "Registre"; an unknown id is shown as it is. */
export function checkLabel(id: string, lang: ReportLanguage): string {
  const name = id.startsWith("derived:") ? id.slice("derived:".length) : id;
  if (isDimension(name)) return CATALOG[name].label[lang];
  return OTHER_LABELS[name]?.[lang] ?? id;
}

/** A band digit with its name, an address form in words; anything else as it is. */
export function readingText(id: string, value: string, lang: ReportLanguage): string {
  const band = bandName(id, value, lang);
  return band === undefined ? readingWords(id, value, lang) : `${value} · ${band}`;
}

/**
 * As readingText, with a band by its name alone ("Soutenu"): what the studio's own views
 * show, as the meter line under a reply does; the digit stays in reports.
 */
export function readingName(id: string, value: string, lang: ReportLanguage): string {
  return bandName(id, value, lang) ?? readingWords(id, value, lang);
}

function bandName(id: string, value: string, lang: ReportLanguage): string | undefined {
  const name = id.startsWith("derived:") ? id.slice("derived:".length) : id;
  return isDimension(name) && /^[0-4]$/.test(value)
    ? CATALOG[name].bands[Number(value) as 0 | 1 | 2 | 3 | 4].name[lang]
    : undefined;
}

function readingWords(id: string, value: string, lang: ReportLanguage): string {
  const name = id.startsWith("derived:") ? id.slice("derived:".length) : id;
  if (name === "address") return ADDRESS_FORMS[value]?.[lang] ?? value;
  // The meter's lexicon reading (meter/adherence.ts) is worded in English.
  if (name === "lexicon" && lang === "fr") {
    if (value === "no avoided words") return "aucun mot à éviter";
    if (value.startsWith("avoided: ")) return `à éviter\u00a0: ${value.slice("avoided: ".length)}`;
  }
  return value;
}
