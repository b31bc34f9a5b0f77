/**
 * Where the English formality reading finds its data (four generated tables, the word lists and
 * the tagger's lexicon, about 200 KiB gzip): a French reading never needs it, so the meter's
 * worker loads it on the first English reply instead of carrying it (stores/meter-worker.ts).
 * analyze.ts provides it at once, for the CLI, the tests and every other synchronous caller.
 */
import type { EnglishData } from "./english-data-shape";

export type { EnglishData };

let data: EnglishData | undefined;

export function provideEnglishData(english: EnglishData): void {
  data ??= english;
}

export function hasEnglishData(): boolean {
  return data !== undefined;
}

/** The data, or an error naming the fix: reading English before it is loaded is a bug. */
export function englishData(): EnglishData {
  if (!data)
    throw new Error(
      "the English formality tables are not loaded: import meter/analyze or await loadEnglishData() first",
    );
  return data;
}

let loading: Promise<void> | undefined;

/** Fetches the data as its own chunk, once. */
export function loadEnglishData(): Promise<void> {
  loading ??= import("./english-data").then((module) => provideEnglishData(module.ENGLISH_DATA));
  return loading;
}
