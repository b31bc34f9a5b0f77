import { makePersona } from "./make-persona";
import type { RestoreResult } from "../../src/core/persona/restore";

/** A refused persona's problems as "path: message" lines. */
export function problems(result: RestoreResult): string[] {
  return result.ok
    ? []
    : result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

/** Apply a change to a plain JSON copy of a valid persona. */
export function mutated(change: (doc: Record<string, any>) => void): Record<string, unknown> {
  const doc = JSON.parse(JSON.stringify(makePersona())) as Record<string, any>;
  change(doc);
  return doc;
}
