/**
 * What a rehearsed reply depends on besides the conversation: the persona, each slider read
 * as its band, since the engine reads nothing finer (engine.ts). The reply cache keys the
 * rehearsal's replies by it, as it keys a model's by the system prompt, so the offline
 * preview never needs the compiler, and a slider moved inside its band still costs nothing.
 */
import { bandIndex } from "../persona/bands";
import type { Persona } from "../persona/schema";

// Personas are immutable snapshots: one string per snapshot, however many replies ask.
const cache = new WeakMap<Persona, string>();

export function rehearsalInputs(persona: Persona): string {
  let inputs = cache.get(persona);
  if (inputs === undefined) {
    const bands = Object.entries(persona.voice).map(([id, level]) => [id, bandIndex(level)]);
    inputs = JSON.stringify({ ...persona, voice: Object.fromEntries(bands) });
    cache.set(persona, inputs);
  }
  return inputs;
}
