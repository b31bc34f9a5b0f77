/**
 * The style meter's reading of a reply against the open persona, derived and cached: a
 * reply is measured once per (persona snapshot, text), never stored as state. In a browser
 * the meter runs in a worker, so a long reply never blocks the page; where there is no
 * Worker (tests in jsdom, old browsers) it runs in a task of its own on the main thread.
 */
import type { Adherence, Measurement } from "../core/meter/types";
import type { Persona } from "../core/persona/schema";
import type { MeterJob } from "./meter-worker";

export interface ReplyReading {
  measurement: Measurement;
  adherence: Adherence;
}

const cache = new WeakMap<Persona, Map<string, ReplyReading>>();
const pending = new WeakMap<Persona, Map<string, Promise<ReplyReading>>>();

/** Bounded per persona snapshot: a long live session must not keep every text alive. */
const PER_PERSONA = 200;

function remember(persona: Persona, text: string, reading: ReplyReading): ReplyReading {
  let byText = cache.get(persona);
  if (!byText) {
    byText = new Map();
    cache.set(persona, byText);
  }
  if (byText.size >= PER_PERSONA) byText.clear();
  byText.set(text, reading);
  return reading;
}

/** The reading if it was already computed: lets a view paint it without waiting. */
export function cachedReadingOf(text: string, persona: Persona): ReplyReading | undefined {
  return cache.get(persona)?.get(text);
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve(reading: ReplyReading): void; reject(error: Error): void }
>();

function meterWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === "function"
        ? new Worker(new URL("./meter-worker.ts", import.meta.url), { type: "module" })
        : null;
  } catch {
    worker = null;
  }
  worker?.addEventListener(
    "message",
    (event: MessageEvent<{ id: number; reading?: ReplyReading; error?: string }>) => {
      const job = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (event.data.reading) job?.resolve(event.data.reading);
      else job?.reject(new Error(event.data.error ?? "the meter failed"));
    },
  );
  return worker;
}

async function measureHere(text: string, persona: Persona): Promise<ReplyReading> {
  const [{ analyze }, { adherence }] = await Promise.all([
    import("../core/meter/analyze"),
    import("../core/meter/adherence"),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const measurement = analyze(text, persona.language, persona.lexicon);
  return { measurement, adherence: adherence(measurement, persona) };
}

/** Measures a reply (once per persona snapshot and text) and caches the reading. */
export function readingOf(text: string, persona: Persona): Promise<ReplyReading> {
  const done = cachedReadingOf(text, persona);
  if (done) return Promise.resolve(done);
  let byText = pending.get(persona);
  if (!byText) {
    byText = new Map();
    pending.set(persona, byText);
  }
  const inFlight = byText.get(text);
  if (inFlight) return inFlight;
  const target = meterWorker();
  const job: Promise<ReplyReading> = target
    ? new Promise<ReplyReading>((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Worker, not a window
        target.postMessage({ id, text, persona } satisfies MeterJob);
      })
    : measureHere(text, persona);
  const settled = job.then((reading) => remember(persona, text, reading));
  byText.set(text, settled);
  void settled.finally(() => byText.delete(text)).catch(() => undefined);
  return settled;
}
