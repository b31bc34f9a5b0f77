/**
 * Every edit the studio can make to a persona, as pure functions: the UI dispatches
 * these, the stores record them for undo, and nothing else reshapes a persona.
 */
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

export const removeTerm =
  (list: TermList, index: number): Edit =>
  (p) =>
    withList(
      p,
      list,
      listOf(p, list).filter((_, i) => i !== index),
    );

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
