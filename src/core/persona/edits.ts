/**
 * Every edit the studio can make to a persona, as pure functions: the UI dispatches
 * these, the stores record them for undo, and nothing else reshapes a persona.
 */
import { FORBIDDEN_KEYS } from "./json-walk";
import type { Address, DimensionId, Example, Identity, Language, Persona } from "./schema";

export type Edit = (persona: Persona) => Persona;

const clampLevel = (level: number) => Math.min(100, Math.max(0, Math.round(level)));

export const setVoice =
  (id: DimensionId, level: number): Edit =>
  (p) =>
    p.voice[id] === clampLevel(level)
      ? p
      : { ...p, voice: { ...p.voice, [id]: clampLevel(level) } };

export const setAddress =
  (address: Address): Edit =>
  (p) =>
    p.address === address ? p : { ...p, address };

export const setLanguage =
  (language: Language): Edit =>
  (p) =>
    p.language === language ? p : { ...p, language };

export const setName =
  (name: string): Edit =>
  (p) => ({ ...p, name });

export const setDescription =
  (description: string): Edit =>
  (p) =>
    withOptional(p, "description", description);

export const setGreeting =
  (greeting: string): Edit =>
  (p) =>
    withOptional(p, "greeting", greeting);

export type IdentityField = keyof Identity;

export const setIdentity =
  (field: IdentityField, value: string): Edit =>
  (p) => {
    const identity: Identity = { ...p.identity };
    if (field === "assistantName" || field === "role" || value !== "") identity[field] = value;
    else delete identity[field];
    return { ...p, identity };
  };

export type TermList = "prefer" | "avoid" | "avoidTopics";

function listOf(p: Persona, list: TermList): string[] {
  return list === "avoidTopics" ? p.guardrails.avoidTopics : p.lexicon[list];
}

function withList(p: Persona, list: TermList, terms: string[]): Persona {
  return list === "avoidTopics"
    ? { ...p, guardrails: { ...p.guardrails, avoidTopics: terms } }
    : { ...p, lexicon: { ...p.lexicon, [list]: terms } };
}

/** Adds a term unless it is blank or already there (compared case-insensitively). */
export const addTerm =
  (list: TermList, term: string): Edit =>
  (p) => {
    const clean = term.trim();
    const current = listOf(p, list);
    if (clean === "" || current.some((t) => t.toLocaleLowerCase() === clean.toLocaleLowerCase()))
      return p;
    return withList(p, list, [...current, clean]);
  };

/** Removes a term by position; removing an avoided topic drops its trigger words too. */
export const removeTerm =
  (list: TermList, index: number): Edit =>
  (p) => {
    const next = withList(
      p,
      list,
      listOf(p, list).filter((_, i) => i !== index),
    );
    const topic = list === "avoidTopics" ? p.guardrails.avoidTopics[index] : undefined;
    if (
      topic === undefined ||
      next.guardrails.avoidTopics.includes(topic) ||
      !Object.hasOwn(next.guardrails.topicTriggers, topic)
    )
      return next;
    return withTriggers(next, topic, []);
  };

/** A list of terms as the format keeps them: trimmed, no blanks, no repeats (any case), at most 200. */
function cleanTerms(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (const term of terms) {
    const clean = term.trim();
    if (clean !== "" && !out.some((t) => t.toLocaleLowerCase() === clean.toLocaleLowerCase()))
      out.push(clean);
  }
  return out.slice(0, 200);
}

function withTriggers(p: Persona, topic: string, terms: string[]): Persona {
  const topicTriggers = { ...p.guardrails.topicTriggers };
  if (terms.length === 0) delete topicTriggers[topic];
  else topicTriggers[topic] = terms;
  return { ...p, guardrails: { ...p.guardrails, topicTriggers } };
}

/**
 * Sets the words that also mark an avoided topic ("Also recognise: avocat, tribunal"), given
 * the topic exactly as avoidTopics writes it. An empty list removes the entry. Nothing changes
 * for a text that is not an avoided topic, nor for one named like an object's prototype
 * ("constructor"), which a persona file may not hold as a key (json-walk.ts).
 */
export const setTopicTriggers =
  (topic: string, terms: readonly string[]): Edit =>
  (p) => {
    if (!p.guardrails.avoidTopics.includes(topic) || FORBIDDEN_KEYS.has(topic)) return p;
    const clean = cleanTerms(terms);
    const current = triggersOf(p, topic);
    if (current.length === clean.length && clean.every((term, i) => current[i] === term)) return p;
    return withTriggers(p, topic, clean);
  };

/** Adds one trigger word to an avoided topic (blank or repeated words change nothing). */
export const addTopicTrigger =
  (topic: string, term: string): Edit =>
  (p) =>
    setTopicTriggers(topic, [...triggersOf(p, topic), term])(p);

/** Removes an avoided topic's trigger word by position. */
export const removeTopicTrigger =
  (topic: string, index: number): Edit =>
  (p) =>
    setTopicTriggers(
      topic,
      triggersOf(p, topic).filter((_, i) => i !== index),
    )(p);

/** An avoided topic's trigger words, [] when it has none. */
export function triggersOf(p: Persona, topic: string): readonly string[] {
  return Object.hasOwn(p.guardrails.topicTriggers, topic)
    ? (p.guardrails.topicTriggers[topic] ?? [])
    : [];
}

export const setEscalation =
  (text: string): Edit =>
  (p) => {
    const guardrails = { ...p.guardrails };
    if (text === "") delete guardrails.escalation;
    else guardrails.escalation = text;
    return { ...p, guardrails };
  };

export const setDiscloseAI =
  (discloseAI: boolean): Edit =>
  (p) => ({ ...p, guardrails: { ...p.guardrails, discloseAI } });

export const addExample =
  (example: Example): Edit =>
  (p) => ({ ...p, examples: [...p.examples, example] });

export const updateExample =
  (index: number, patch: Partial<Example>): Edit =>
  (p) => ({
    ...p,
    examples: p.examples.map((e, i) => (i === index ? { ...e, ...patch } : e)),
  });

export const removeExample =
  (index: number): Edit =>
  (p) => ({ ...p, examples: p.examples.filter((_, i) => i !== index) });

/** Moves an example by `delta` places (−1 up, +1 down); out-of-range moves change nothing. */
export const moveExample =
  (index: number, delta: number): Edit =>
  (p) => {
    const target = index + delta;
    if (index < 0 || index >= p.examples.length || target < 0 || target >= p.examples.length)
      return p;
    const examples = [...p.examples];
    const [moved] = examples.splice(index, 1);
    if (moved) examples.splice(target, 0, moved);
    return { ...p, examples };
  };

function withOptional<K extends "description" | "greeting">(
  p: Persona,
  key: K,
  value: string,
): Persona {
  const next = { ...p };
  if (value === "") delete next[key];
  else next[key] = value;
  return next;
}
