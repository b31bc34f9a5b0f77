import { compile } from "../core/compiler/compile";
import type { CompileResult } from "../core/compiler/types";
import type { Persona } from "../core/persona/schema";

// Personas are immutable snapshots, so the object itself is the cache key: the prompt is
// derived once per edit and never stored as a second copy in state.
const cache = new WeakMap<Persona, CompileResult>();

export function compiledOf(persona: Persona): CompileResult {
  let result = cache.get(persona);
  if (!result) {
    result = compile(persona);
    cache.set(persona, result);
  }
  return result;
}
