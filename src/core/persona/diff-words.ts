/**
 * The words for a persona change, in the studio's two languages. French typography: a
 * no-break space before the colon and inside « », so a line never breaks there.
 */
import { bandOf, CATALOG } from "./catalog";
import type { Language } from "./constants";
import type { PersonaChange, TermList, TextField } from "./diff-types";

const NBSP = "\u00a0";
/** Texts longer than this are said to be edited, not quoted whole. */
const QUOTE_MAX = 40;

const quote = (ui: Language, s: string) => (ui === "fr" ? `«${NBSP}${s}${NBSP}»` : `'${s}'`);
const quoteAll = (ui: Language, terms: readonly string[]) =>
  terms.map((t) => quote(ui, t)).join(", ");
const colon = (ui: Language) => (ui === "fr" ? `${NBSP}: ` : ": ");

const FIELD: Record<TextField, { en: string; fr: string }> = {
  name: { en: "Persona name", fr: "Nom du persona" },
  description: { en: "Description", fr: "Description" },
  greeting: { en: "Greeting", fr: "Message d'accueil" },
  "identity.assistantName": { en: "Assistant's name", fr: "Nom de l'assistant" },
  "identity.role": { en: "Role", fr: "Rôle" },
  "identity.organization": { en: "Organisation", fr: "Organisation" },
  "identity.audience": { en: "Audience", fr: "Public" },
  "identity.purpose": { en: "Purpose", fr: "Objectif" },
  "guardrails.escalation": { en: "Hand-over rule", fr: "Règle de passage à un humain" },
};

/** [singular, plural] nouns for each list. */
const LIST: Record<TermList, { en: [string, string]; fr: [string, string] }> = {
  prefer: { en: ["preferred word", "preferred words"], fr: ["mot préféré", "mots préférés"] },
  avoid: { en: ["avoided word", "avoided words"], fr: ["mot évité", "mots évités"] },
  avoidTopics: { en: ["avoided topic", "avoided topics"], fr: ["sujet évité", "sujets évités"] },
};

const LANGUAGE_NAME = {
  en: { en: "English", fr: "French" },
  fr: { en: "anglais", fr: "français" },
} as const;

function addressName(ui: Language, address: "formal" | "informal", persona: Language): string {
  if (persona === "fr") return address === "formal" ? "vous" : "tu";
  if (ui === "fr") return address === "formal" ? "formelle" : "familière";
  return address;
}

function termsLine(ui: Language, list: TermList, added: string[], removed: string[]): string {
  const parts: string[] = [];
  const noun = (n: number) => LIST[list][ui][n === 1 ? 0 : 1];
  if (added.length > 0) {
    const verb = ui === "fr" ? (added.length === 1 ? "ajouté" : "ajoutés") : "added";
    parts.push(`${noun(added.length)} ${verb}${colon(ui)}${quoteAll(ui, added)}`);
  }
  if (removed.length > 0) {
    const verb = ui === "fr" ? (removed.length === 1 ? "retiré" : "retirés") : "removed";
    parts.push(`${noun(removed.length)} ${verb}${colon(ui)}${quoteAll(ui, removed)}`);
  }
  return parts.join(" · ");
}

const CHANGE_VERB = {
  en: { added: "added", removed: "removed", edited: "edited" },
  fr: { added: "ajouté", removed: "supprimé", edited: "modifié" },
} as const;

/**
 * One change in a designer's words: "Warmth 35 → 80", "Address: vous → tu", "avoided word
 * added: 'problème'". With `bands`, a slider change also names its bands ("Warmth: Reserved
 * (35) → Warm (80)"), which is what a client reading a comparison understands.
 */
export function describeChange(
  change: PersonaChange,
  ui: Language,
  options: { bands?: boolean } = {},
): string {
  const c = colon(ui);
  switch (change.kind) {
    case "voice": {
      const label = CATALOG[change.dimension].label[ui];
      if (!options.bands) return `${label} ${change.before} → ${change.after}`;
      const band = (level: number) => `${bandOf(change.dimension, level).name[ui]} (${level})`;
      return `${label}${c}${band(change.before)} → ${band(change.after)}`;
    }
    case "address": {
      const name = (a: typeof change.before) => addressName(ui, a, change.language);
      return `${ui === "fr" ? "Adresse" : "Address"}${c}${name(change.before)} → ${name(change.after)}`;
    }
    case "language":
      return `${ui === "fr" ? "Langue" : "Language"}${c}${LANGUAGE_NAME[ui][change.before]} → ${LANGUAGE_NAME[ui][change.after]}`;
    case "text": {
      const label = FIELD[change.field][ui];
      const short = (s: string) => s.length <= QUOTE_MAX && !s.includes("\n");
      if (short(change.before) && short(change.after)) {
        const show = (s: string) => (s === "" ? "—" : quote(ui, s));
        return `${label}${c}${show(change.before)} → ${show(change.after)}`;
      }
      return `${label} ${ui === "fr" ? "modifié" : "edited"}`;
    }
    case "terms":
      return termsLine(ui, change.list, change.added, change.removed);
    case "topicTriggers": {
      const head =
        ui === "fr"
          ? `mots du sujet ${quote(ui, change.topic)}`
          : `words for ${quote(ui, change.topic)}`;
      const parts: string[] = [];
      if (change.added.length > 0)
        parts.push(`${ui === "fr" ? "ajout" : "added"} ${quoteAll(ui, change.added)}`);
      if (change.removed.length > 0)
        parts.push(`${ui === "fr" ? "retrait" : "removed"} ${quoteAll(ui, change.removed)}`);
      return `${head}${c}${parts.join(", ")}`;
    }
    case "discloseAI": {
      const yes = (b: boolean) => (ui === "fr" ? (b ? "oui" : "non") : b ? "on" : "off");
      return `${ui === "fr" ? "Dit être une IA" : "Says it is an AI"}${c}${yes(change.before)} → ${yes(change.after)}`;
    }
    case "example":
      return `${ui === "fr" ? "exemple" : "example"} ${change.index + 1} ${CHANGE_VERB[ui][change.change]}`;
    case "scenario":
      return `${ui === "fr" ? "scénario" : "scenario"} ${quote(ui, change.name)} ${CHANGE_VERB[ui][change.change]}`;
    case "extensions":
      return `${ui === "fr" ? "données d'autres outils modifiées" : "other tools' data changed"} (${change.keys.join(", ")})`;
  }
}

/** Changes on one line: the first `max`, then how many more; "No change" when there is none. */
export function describeChanges(changes: readonly PersonaChange[], ui: Language, max = 3): string {
  if (changes.length === 0) return ui === "fr" ? "Aucun changement" : "No change";
  const shown = changes.slice(0, max).map((c) => describeChange(c, ui));
  const rest = changes.length - shown.length;
  if (rest > 0) shown.push(ui === "fr" ? `+${rest} autre${rest > 1 ? "s" : ""}` : `+${rest} more`);
  return shown.join(" · ");
}
