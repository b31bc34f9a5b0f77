/**
 * What changed between two versions of a persona, as a list a designer can read: the cause
 * shown beside a reply's "before", the one-line summary of a version, the "Changes" of two
 * versions compared. Pure data in, pure data out; the words are in ./diff-words.ts.
 */
import { DIMENSION_IDS } from "./constants";
import type { PersonaChange, TermList, TextField } from "./diff-types";
import type { Example, Persona } from "./schema";

export type { PersonaChange, TermList, TextField } from "./diff-types";

const SCENARIOS_KEY = "psydesign.scenarios";

const TEXT_FIELDS: readonly [TextField, (p: Persona) => string | undefined][] = [
  ["name", (p) => p.name],
  ["description", (p) => p.description],
  ["greeting", (p) => p.greeting],
  ["identity.assistantName", (p) => p.identity.assistantName],
  ["identity.role", (p) => p.identity.role],
  ["identity.organization", (p) => p.identity.organization],
  ["identity.audience", (p) => p.identity.audience],
  ["identity.purpose", (p) => p.identity.purpose],
  ["guardrails.escalation", (p) => p.guardrails.escalation],
];

/** Terms of `b` not in `a`, in `b`'s order, counting repeats (a multiset difference). */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const t of a) left.set(t, (left.get(t) ?? 0) + 1);
  const out: string[] = [];
  for (const t of b) {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    else out.push(t);
  }
  return out;
}

/** What a list gained and lost, or undefined when it holds the same terms. */
function termChange(before: readonly string[], after: readonly string[]) {
  const added = missingFrom(before, after);
  const removed = missingFrom(after, before);
  return added.length + removed.length === 0 ? undefined : { added, removed };
}

const sameExample = (a: Example, b: Example) => a.user === b.user && a.assistant === b.assistant;

/**
 * Examples compared by position, but a list that only grew or shrank at one point reads as
 * that one insertion or removal, not as every later example "edited": the common prefix and
 * suffix are matched first, and only the middle is paired by position.
 */
function exampleChanges(before: readonly Example[], after: readonly Example[]): PersonaChange[] {
  let head = 0;
  while (head < before.length && head < after.length && sameExample(before[head]!, after[head]!))
    head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    sameExample(before[before.length - 1 - tail]!, after[after.length - 1 - tail]!)
  )
    tail++;
  const oldMiddle = before.slice(head, before.length - tail);
  const newMiddle = after.slice(head, after.length - tail);
  const out: PersonaChange[] = [];
  const paired = Math.min(oldMiddle.length, newMiddle.length);
  for (let i = 0; i < paired; i++)
    out.push({
      kind: "example",
      change: "edited",
      index: head + i,
      before: oldMiddle[i],
      after: newMiddle[i],
    });
  for (let i = paired; i < newMiddle.length; i++)
    out.push({ kind: "example", change: "added", index: head + i, after: newMiddle[i] });
  for (let i = paired; i < oldMiddle.length; i++)
    out.push({ kind: "example", change: "removed", index: head + i, before: oldMiddle[i] });
  return out;
}

interface ScenarioLike {
  id: string;
  title: string;
  json: string;
}

/** The designer's scenarios, read loosely: the diff must not need zod, nor fail on odd data. */
function scenariosOf(persona: Persona): ScenarioLike[] {
  const raw = persona.extensions[SCENARIOS_KEY];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((s: unknown, i) => {
    if (typeof s !== "object" || s === null) return [];
    const r = s as Record<string, unknown>;
    const id = typeof r.id === "string" ? r.id : `#${i + 1}`;
    const title = typeof r.title === "string" ? r.title : id;
    return [{ id, title, json: JSON.stringify(s) }];
  });
}

function scenarioChanges(before: Persona, after: Persona): PersonaChange[] {
  const old = new Map(scenariosOf(before).map((s) => [s.id, s]));
  const now = scenariosOf(after);
  const out: PersonaChange[] = [];
  for (const s of now) {
    const was = old.get(s.id);
    if (!was) out.push({ kind: "scenario", change: "added", name: s.title });
    else if (was.json !== s.json) out.push({ kind: "scenario", change: "edited", name: s.title });
    old.delete(s.id);
  }
  for (const s of old.values()) out.push({ kind: "scenario", change: "removed", name: s.title });
  return out;
}

function otherExtensions(before: Persona, after: Persona): PersonaChange[] {
  const keys = new Set([...Object.keys(before.extensions), ...Object.keys(after.extensions)]);
  keys.delete(SCENARIOS_KEY);
  const changed = [...keys].filter(
    (k) => JSON.stringify(before.extensions[k]) !== JSON.stringify(after.extensions[k]),
  );
  return changed.length === 0 ? [] : [{ kind: "extensions", keys: changed.toSorted() }];
}

function triggerChanges(before: Persona, after: Persona): PersonaChange[] {
  const a = before.guardrails.topicTriggers;
  const b = after.guardrails.topicTriggers;
  const topics = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...topics].flatMap((topic) => {
    const change = termChange(a[topic] ?? [], b[topic] ?? []);
    return change ? [{ kind: "topicTriggers" as const, topic, ...change }] : [];
  });
}

/**
 * Every difference between two personas, in the order the studio shows them: voice, address,
 * language, texts, lexicon, guardrails, examples, scenarios, other tools' data. The `id` and
 * format fields are not the designer's and are left out. Equal personas give [].
 */
export function diffPersonas(before: Persona, after: Persona): PersonaChange[] {
  if (before === after) return [];
  const out: PersonaChange[] = [];
  for (const dimension of DIMENSION_IDS) {
    const b = before.voice[dimension];
    const a = after.voice[dimension];
    if (a !== b) out.push({ kind: "voice", dimension, before: b, after: a });
  }
  if (before.address !== after.address)
    out.push({
      kind: "address",
      before: before.address,
      after: after.address,
      language: after.language,
    });
  if (before.language !== after.language)
    out.push({ kind: "language", before: before.language, after: after.language });
  for (const [field, read] of TEXT_FIELDS) {
    const b = read(before) ?? "";
    const a = read(after) ?? "";
    if (a !== b) out.push({ kind: "text", field, before: b, after: a });
  }
  const lists: [TermList, (p: Persona) => readonly string[]][] = [
    ["prefer", (p) => p.lexicon.prefer],
    ["avoid", (p) => p.lexicon.avoid],
    ["avoidTopics", (p) => p.guardrails.avoidTopics],
  ];
  for (const [list, read] of lists) {
    const change = termChange(read(before), read(after));
    if (change) out.push({ kind: "terms", list, ...change });
  }
  out.push(...triggerChanges(before, after));
  if (before.guardrails.discloseAI !== after.guardrails.discloseAI)
    out.push({
      kind: "discloseAI",
      before: before.guardrails.discloseAI,
      after: after.guardrails.discloseAI,
    });
  out.push(...exampleChanges(before.examples, after.examples));
  out.push(...scenarioChanges(before, after));
  out.push(...otherExtensions(before, after));
  return out;
}

export { describeChange, describeChanges } from "./diff-words";
