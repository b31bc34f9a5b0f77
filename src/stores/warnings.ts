import { lint } from "../core/compiler/lint";
import type { CompileWarning } from "../core/compiler/types";
import type { Persona } from "../core/persona/schema";

// Personas are immutable snapshots, so the object itself is the cache key: every control
// reading its warnings shares one lint per edit.
const cache = new WeakMap<Persona, CompileWarning[]>();

/** The compiler's warnings on a persona, without compiling its prompt. */
export function warningsOf(persona: Persona): CompileWarning[] {
  let warnings = cache.get(persona);
  if (!warnings) {
    warnings = lint(persona);
    cache.set(persona, warnings);
  }
  return warnings;
}
