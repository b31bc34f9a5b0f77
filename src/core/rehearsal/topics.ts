/**
 * The other two ways the rehearsal recognises an avoided topic, after the topic's own words
 * (intents.ts): the trigger words the designer added to it (`guardrails.topicTriggers`, the
 * editor's "Also recognise"), and a small built-in thesaurus of the usual sensitive fields
 * (thesaurus-fr.ts, thesaurus-en.ts), used for a topic whose text names its field
 * ("conseil juridique" → legal). Both languages are read, as the intent cues are.
 */
import type { Persona } from "../persona/schema";
import { fold } from "../text/fold";
import { THESAURUS_EN, type SensitiveField } from "./thesaurus-en";
import { THESAURUS_FR } from "./thesaurus-fr";

export type { SensitiveField };

/** A message on an avoided topic, and how it was recognised. */
export interface TopicHit {
  topic: string;
  by: "trigger" | "thesaurus";
  /** The thesaurus field that recognised it. */
  field?: SensitiveField;
}

/** Words in a term or a message: folded, one plural -s or -x dropped ("élections" is "election"). */
interface Pattern {
  words: readonly string[];
  /** The last word matches any word it begins ("avocat*": avocat, avocate, avocats). */
  stem: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function singular(word: string): string {
  return word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/** The words of a text as topics and messages are compared: folded, split at apostrophes and hyphens. */
export function topicTokens(text: string): string[] {
  return (fold(text).match(WORD) ?? []).map(singular);
}

function pattern(term: string, stems: boolean): Pattern | undefined {
  const stem = stems && term.endsWith("*");
  const words = topicTokens(stem ? term.slice(0, -1) : term);
  return words.length === 0 ? undefined : { words, stem };
}

function matchesAt(tokens: readonly string[], at: number, p: Pattern): boolean {
  const last = p.words.length - 1;
  return p.words.every((word, k) => {
    const token = tokens[at + k];
    return token !== undefined && (k === last && p.stem ? token.startsWith(word) : token === word);
  });
}

function occurs(tokens: readonly string[], p: Pattern): boolean {
  for (let at = 0; at + p.words.length <= tokens.length; at++)
    if (matchesAt(tokens, at, p)) return true;
  return false;
}

const FIELDS = Object.keys(THESAURUS_EN) as SensitiveField[];
const compileAll = (terms: readonly string[]) =>
  terms.map((term) => pattern(term, true)).filter((p) => p !== undefined);
/** Built once: each field's names and terms in both languages. */
const THESAURUS = new Map(
  FIELDS.map((field) => [
    field,
    {
      names: compileAll([...THESAURUS_FR[field].names, ...THESAURUS_EN[field].names]),
      terms: compileAll([...THESAURUS_FR[field].terms, ...THESAURUS_EN[field].terms]),
    },
  ]),
);

/** The sensitive fields a topic's text names: "conseil juridique" is legal, "medical advice" medical. */
export function fieldsOf(topic: string): readonly SensitiveField[] {
  let fields = FIELDS_OF.get(topic);
  if (fields === undefined) {
    const tokens = topicTokens(topic);
    fields = FIELDS.filter((field) => THESAURUS.get(field)?.names.some((p) => occurs(tokens, p)));
    // Topics change as a designer types: keep the cache from growing with every keystroke.
    if (FIELDS_OF.size >= 1000) FIELDS_OF.clear();
    FIELDS_OF.set(topic, fields);
  }
  return fields;
}
const FIELDS_OF = new Map<string, readonly SensitiveField[]>();

/** What recognises each of a persona's topics besides its own words. */
interface TopicCues {
  topic: string;
  triggers: Pattern[];
  fields: { field: SensitiveField; terms: Pattern[] }[];
}

/**
 * A thesaurus term with a word of the persona's own field is left out: a town hall whose
 * purpose names "élections" answers "Où voter aux élections ?", and only the topic's own
 * words, read in pairs, decline it (intents.ts).
 */
function inDomain(p: Pattern, domain: ReadonlySet<string>, words: readonly string[]): boolean {
  return p.words.some((word, k) =>
    k === p.words.length - 1 && p.stem ? words.some((d) => d.startsWith(word)) : domain.has(word),
  );
}

function cuesOf(persona: Persona, domain: ReadonlySet<string>): readonly TopicCues[] {
  let cues = CUES.get(persona);
  if (cues === undefined) {
    const { avoidTopics, topicTriggers } = persona.guardrails;
    const words = [...domain];
    cues = avoidTopics.map((topic) => ({
      topic,
      // Trigger words are the designer's own: whole words, never a stem, never left out.
      triggers: (Object.hasOwn(topicTriggers, topic) ? (topicTriggers[topic] ?? []) : [])
        .map((term) => pattern(term, false))
        .filter((p) => p !== undefined),
      fields: fieldsOf(topic).map((field) => ({
        field,
        terms: (THESAURUS.get(field)?.terms ?? []).filter((p) => !inDomain(p, domain, words)),
      })),
    }));
    CUES.set(persona, cues);
  }
  return cues;
}
/** Per persona (objects are replaced, never changed): every message of a conversation asks again. */
const CUES = new WeakMap<Persona, readonly TopicCues[]>();

/**
 * The first avoided topic a message names by one of its trigger words or by a thesaurus term
 * of its field. `domain` holds the words of the persona's own field (intents.ts), singular.
 */
export function triggeredTopic(
  text: string,
  persona: Persona,
  domain: ReadonlySet<string>,
): TopicHit | undefined {
  if (persona.guardrails.avoidTopics.length === 0) return undefined;
  const tokens = topicTokens(text);
  if (tokens.length === 0) return undefined;
  for (const cues of cuesOf(persona, domain)) {
    if (cues.triggers.some((p) => occurs(tokens, p))) return { topic: cues.topic, by: "trigger" };
    const field = cues.fields.find(({ terms }) => terms.some((p) => occurs(tokens, p)));
    if (field !== undefined) return { topic: cues.topic, by: "thesaurus", field: field.field };
  }
  return undefined;
}
