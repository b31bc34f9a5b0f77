/**
 * Runs the style meter off the main thread: a long reply's reading would otherwise block
 * the page for tens of milliseconds right after it finished streaming. The English formality
 * data (about 200 KiB gzip) is fetched on the first English reply: a French persona's
 * first screen never loads it.
 */
import { adherence } from "../core/meter/adherence";
import { loadEnglishData } from "../core/meter/formality/english-source";
import { analyze } from "../core/meter/measure";
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
scope.addEventListener("message", async (event) => {
  const { id, text, persona } = event.data;
  try {
    if (persona.language === "en") await loadEnglishData();
    const measurement = analyze(text, persona.language, persona.lexicon);
    scope.postMessage({ id, reading: { measurement, adherence: adherence(measurement, persona) } });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
});
