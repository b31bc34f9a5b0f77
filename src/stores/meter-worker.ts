/**
 * Runs the style meter off the main thread: a long reply's reading would otherwise block
 * the page for tens of milliseconds right after it finished streaming.
 */
import { adherence } from "../core/meter/adherence";
import { analyze } from "../core/meter/analyze";
import type { Persona } from "../core/persona/schema";

export interface MeterJob {
  id: number;
  text: string;
  persona: Persona;
}

const scope = globalThis as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<MeterJob>) => void): void;
  postMessage(message: unknown): void;
};

// A worker's postMessage goes to the page that started it: there is no origin to name.
/* oxlint-disable unicorn/require-post-message-target-origin */
scope.addEventListener("message", (event) => {
  const { id, text, persona } = event.data;
  try {
    const measurement = analyze(text, persona.language, persona.lexicon);
    scope.postMessage({ id, reading: { measurement, adherence: adherence(measurement, persona) } });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
});
