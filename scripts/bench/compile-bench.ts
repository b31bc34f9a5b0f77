/**
 * Compile throughput over the preset personas plus deterministic variations of
 * them (other bands, the other address form), so every section and lint rule
 * is exercised. The goal is 50,000 compiles/s on one core: the studio
 * recompiles on every slider move.
 *
 * compile_throughput is that studio case: texts unchanged between compiles, so
 * lint's memoised text analysis is warm. compile_throughput_new_text gives
 * every compile greeting and example texts it has never seen (typing in an
 * example), which is the cold path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/core/compiler/compile";
import { restorePersonaText } from "../../src/core/persona/restore";
import { DIMENSION_IDS, type Persona } from "../../src/core/persona/schema";
import { latencies, median, percentile, throughput } from "./harness";
import type { Bench, Metric, RunOptions } from "./types";

const PERSONAS_DIR = fileURLToPath(new URL("../../personas/", import.meta.url));

function loadPresets(): Persona[] {
  const files = readdirSync(PERSONAS_DIR)
    .filter((name) => name.endsWith(".json"))
    .toSorted();
  return files.map((file) => {
    const restored = restorePersonaText(readFileSync(`${PERSONAS_DIR}${file}`, "utf8"));
    if (!restored.ok)
      throw new Error(
        `${file}: ${restored.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
      );
    return restored.persona;
  });
}

/** mulberry32: a tiny seeded generator, so every run benches the same personas. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variations(presets: readonly Persona[]): Persona[] {
  const random = seeded(20_250_101);
  const out: Persona[] = [...presets];
  for (const preset of presets) {
    for (let k = 0; k < 3; k++) {
      const voice = { ...preset.voice };
      for (const dimension of DIMENSION_IDS) voice[dimension] = Math.floor(random() * 101);
      const address =
        k === 1 ? preset.address : preset.address === "formal" ? "informal" : "formal";
      out.push({ ...preset, voice, address });
    }
  }
  return out;
}

/** Copies of the workload whose greeting and example replies are all distinct strings. */
function withNewTexts(workload: readonly Persona[], copies: number): Persona[] {
  const out: Persona[] = [];
  for (let n = 0; n < copies; n++) {
    const persona = workload[n % workload.length] as Persona;
    out.push({
      ...persona,
      greeting: persona.greeting === undefined ? undefined : `${persona.greeting} (${n})`,
      examples: persona.examples.map((example) => ({
        ...example,
        assistant: `${example.assistant} (${n})`,
      })),
    });
  }
  return out;
}

function measure(workload: readonly Persona[], { runs, minRunMs }: RunOptions): number[] {
  const count = workload.length;
  let sink = 0; // keeps the results alive so the optimiser cannot drop the calls
  const op = (i: number) => {
    sink += compile(workload[i % count] as Persona).systemPrompt.length;
  };
  throughput(op, minRunMs, count); // warm-up: let the JIT settle
  const perRun: number[] = [];
  for (let r = 0; r < runs; r++) perRun.push(throughput(op, minRunMs, count));
  if (sink === 0) throw new Error("compile produced empty prompts");
  return perRun;
}

function spread(perRun: readonly number[], { runs, minRunMs }: RunOptions): string {
  return `median of ${runs} runs of ≥${minRunMs / 1000} s; min ${Math.round(Math.min(...perRun))}, max ${Math.round(Math.max(...perRun))}`;
}

export const compileBench: Bench = {
  id: "compile",
  description: "compile() over the presets and variations of them",
  run(options) {
    const presets = loadPresets();
    if (presets.length === 0) throw new Error(`no presets in ${PERSONAS_DIR}`);
    const workload = variations(presets);
    const perRun = measure(workload, options);
    const times = latencies((i) => compile(workload[i % workload.length] as Persona), 20_000);
    // 4,096 copies hold far more distinct texts than lint's caches keep, so every compile misses.
    const perRunNewText = measure(withNewTexts(workload, 4096), options);

    const workloadNote = `${presets.length} presets + ${workload.length - presets.length} variations`;
    const metrics: Metric[] = [
      {
        name: "compile_throughput",
        value: Math.round(median(perRun)),
        unit: "compiles/s",
        detail: `${spread(perRun, options)}; ${workloadNote}`,
      },
      {
        name: "compile_p50_us",
        value: round2(percentile(times, 50)),
        unit: "us",
        detail: "per single compile, 20,000 timed calls",
      },
      {
        name: "compile_p99_us",
        value: round2(percentile(times, 99)),
        unit: "us",
        detail: "per single compile, 20,000 timed calls",
      },
      {
        name: "compile_throughput_new_text",
        value: Math.round(median(perRunNewText)),
        unit: "compiles/s",
        detail: `${spread(perRunNewText, options)}; every greeting and example text unseen`,
      },
    ];
    return metrics;
  },
};

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
