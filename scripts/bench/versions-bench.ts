/**
 * version_diff_ms: what "Compare versions" computes for two versions of a heavy persona (50
 * example exchanges each): the persona diff, both compiled prompts and their line diff. Goal
 * under 10 ms. Every pair carries texts no compile has seen (a suffix per pair), so the
 * compiler's memoised text analysis is cold, as it is when a designer opens a comparison.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/core/compiler/compile";
import { diffPersonas } from "../../src/core/persona/diff";
import { restorePersonaText } from "../../src/core/persona/restore";
import type { Persona } from "../../src/core/persona/schema";
import { lineDiff } from "../../src/core/text/text-diff";
import { latencies, median, percentile } from "./harness";
import type { Bench, Metric, RunOptions } from "./types";

const PERSONAS_DIR = fileURLToPath(new URL("../../personas/", import.meta.url));
const PAIRS_PER_RUN = 40;

function presets(): Persona[] {
  return readdirSync(PERSONAS_DIR)
    .filter((name) => name.endsWith(".json"))
    .toSorted()
    .flatMap((file) => {
      const restored = restorePersonaText(readFileSync(`${PERSONAS_DIR}${file}`, "utf8"));
      return restored.ok ? [restored.persona] : [];
    });
}

/** Two versions of one persona, 50 examples each, a month of work apart. */
export function versionPair(all: readonly Persona[], tag: string): [Persona, Persona] {
  const base = all.find((p) => p.id === "service-public") ?? all[0];
  if (!base) throw new Error("no presets");
  const texts = all.filter((p) => p.language === base.language).flatMap((p) => p.examples);
  const examples = Array.from({ length: 50 }, (_, i) => {
    const e = texts[i % texts.length]!;
    return { user: `${e.user} (${tag}-${i})`, assistant: `${e.assistant} (${tag}-${i})` };
  });
  const before: Persona = { ...base, id: "bench-versions", examples };
  const after: Persona = {
    ...before,
    voice: { ...before.voice, warmth: 85, register: 20, verbosity: 70 },
    address: before.address === "formal" ? "informal" : "formal",
    lexicon: { ...before.lexicon, avoid: [...before.lexicon.avoid, "problème", `mot ${tag}`] },
    greeting: `${before.greeting ?? ""} Bienvenue (${tag}).`,
    examples: [
      ...examples.slice(0, 10),
      { user: "Nouvelle question", assistant: `Nouvelle réponse ${tag}` },
      ...examples
        .slice(12)
        .map((e, i) => (i % 9 === 0 ? { ...e, assistant: `${e.assistant} !` } : e)),
    ],
  };
  return [before, after];
}

export function versionDiff(before: Persona, after: Persona): number {
  const changes = diffPersonas(before, after);
  const parts = lineDiff(compile(before).systemPrompt, compile(after).systemPrompt);
  return changes.length + parts.length;
}

export const versionsBench: Bench = {
  id: "versions",
  description: "diff of two persona versions (50 examples each) and their compiled prompts",
  run({ runs }: RunOptions): Metric[] {
    const all = presets();
    const samples: number[] = [];
    // One pass unmeasured: the JIT's first compile of the diff and the compiler is not a comparison.
    for (const pair of Array.from({ length: 5 }, (_, i) => versionPair(all, `warm${i}`)))
      versionDiff(...pair);
    for (let run = 0; run < runs; run++) {
      const pairs = Array.from({ length: PAIRS_PER_RUN }, (_, i) =>
        versionPair(all, `r${run}p${i}`),
      );
      samples.push(
        ...latencies((i) => void versionDiff(...pairs[i]!), PAIRS_PER_RUN).map((us) => us / 1000),
      );
    }
    return [
      {
        name: "version_diff_ms",
        value: median(samples),
        unit: "ms",
        detail: `median of ${samples.length} cold comparisons; p95 ${percentile(samples, 95).toFixed(2)} ms; goal < 10 ms`,
      },
      { name: "version_diff_p95_ms", value: percentile(samples, 95), unit: "ms" },
    ];
  },
};
