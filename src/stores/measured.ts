/**
 * The style meter's reading of a reply against the open persona, derived and cached: a
 * reply is measured once per (persona snapshot, text), never stored as state.
 */
import { adherence } from "../core/meter/adherence";
import { analyze } from "../core/meter/analyze";
import type { Adherence, Measurement } from "../core/meter/types";
import type { Persona } from "../core/persona/schema";

export interface ReplyReading {
  measurement: Measurement;
  adherence: Adherence;
}

const cache = new WeakMap<Persona, Map<string, ReplyReading>>();

/** Bounded per persona snapshot: a long live session must not keep every text alive. */
const PER_PERSONA = 200;

export function readingOf(text: string, persona: Persona): ReplyReading {
  let byText = cache.get(persona);
  if (!byText) {
    byText = new Map();
    cache.set(persona, byText);
  }
  let reading = byText.get(text);
  if (!reading) {
    const measurement = analyze(text, persona.language, persona.lexicon);
    reading = { measurement, adherence: adherence(measurement, persona) };
    if (byText.size >= PER_PERSONA) byText.clear();
    byText.set(text, reading);
  }
  return reading;
}
