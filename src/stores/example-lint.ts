/**
 * The style meter's warnings on the open persona's example replies, derived and cached
 * per persona snapshot like the compiled prompt (compiled.ts). The replies are measured
 * where the preview measures its own (measured.ts: in the meter's worker, so the page
 * never loads the meter's 225 kB (gzip) of word lists, word scores and weights); the main thread only holds
 * each measurement against the persona, which costs microseconds.
 */
import { createStore } from "zustand/vanilla";
import type { CompileWarning } from "../core/compiler/types";
import type { Measurement } from "../core/meter/types";
import type { Persona } from "../core/persona/schema";

type Drift = typeof import("../core/compiler/example-drift");
type Measured = typeof import("./measured");

/** Enough for the largest persona the schema allows (50 examples) in a few languages and lexicons. */
const MAX_MEASUREMENTS = 1024;

const cache = new WeakMap<Persona, readonly CompileWarning[]>();
/**
 * Measurements by text, language and avoided words, across snapshots: a slider step makes
 * a new persona but the same replies, so it needs no new measurement, only new warnings.
 */
const measurements = new Map<string, Measurement>();

// Loaded with the first reading, not with the panel: the list paints before either is needed.
let loading: Promise<[Drift, Measured]> | undefined;
function modules(): Promise<[Drift, Measured]> {
  loading ??= Promise.all([import("../core/compiler/example-drift"), import("./measured")]).catch(
    (error: unknown) => {
      loading = undefined; // a failed chunk load (offline) is tried again on the next edit
      throw error;
    },
  );
  return loading;
}

async function measure(
  { measurementKey }: Drift,
  { readingOf }: Measured,
  persona: Persona,
  text: string,
): Promise<Measurement> {
  const key = measurementKey(persona, text);
  const known = measurements.get(key);
  if (known) return known;
  const { measurement } = await readingOf(text, persona);
  if (measurements.size >= MAX_MEASUREMENTS) measurements.clear();
  measurements.set(key, measurement);
  return measurement;
}

/**
 * The meter's warnings the prompt panel shows now, and the persona (by id) they were read
 * for: the editor's notes beside each control read them from here, so a reading is made once.
 */
export const shownExampleWarnings = createStore<{
  owner: string;
  warnings: readonly CompileWarning[];
}>()(() => ({
  owner: "",
  warnings: [],
}));

/** The warnings if they were already computed for this snapshot: lets a view paint them at once. */
export function cachedExampleWarningsOf(persona: Persona): readonly CompileWarning[] | undefined {
  return cache.get(persona);
}

/**
 * Reads every example reply of `persona` with the meter and caches the warnings for that
 * snapshot. Resolves undefined when `signal` aborts first, as it does when the persona
 * changed again before the reading came back.
 */
export async function exampleWarningsOf(
  persona: Persona,
  signal?: AbortSignal,
): Promise<readonly CompileWarning[] | undefined> {
  const done = cache.get(persona);
  if (done) return done;
  const [drift, measured] = await modules();
  // The worker reads the language, lexicon, voice and address; each job copies the persona
  // to it, and fifty examples sent fifty times over would be most of that copy.
  const sent: Persona = { ...persona, examples: [] };
  const read = await Promise.all(
    persona.examples.map(({ assistant }) =>
      assistant.trim() === "" ? undefined : measure(drift, measured, sent, assistant),
    ),
  );
  if (signal?.aborted) return undefined;
  const warnings = read.flatMap((measurement, index) =>
    measurement ? drift.exampleDriftWarnings(persona, index, measurement) : [],
  );
  cache.set(persona, warnings);
  return warnings;
}
