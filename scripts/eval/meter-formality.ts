/**
 * The meter's formality against the PT16 human ratings (train and held-out), and against
 * the register slider of the offline rehearsal engine. The held-out file is only measured
 * here, never used to fit or tune (scripts/fit-formality.ts reads train.csv alone).
 */
import { existsSync } from "node:fs";
import { analyze } from "../../src/core/meter/analyze";
import { FIT_CV_RHO } from "../../src/core/meter/generated/formality-weights";
import { spearman } from "../fit/stats";
import { HELDOUT_CSV, readPt16, TRAIN_CSV } from "./pt16";
import { registerSweep, SWEEP_LEVELS, sweepRho } from "./register-sweep";
import { presetPersonas } from "./rehearsal-agreement";
import type { EvalSection } from "./types";

const GOAL_HELDOUT = 0.72;
const GOAL_SWEEP = 0.9;

function rhoOn(path: string): { rho: number; n: number } | undefined {
  if (!existsSync(path)) return undefined;
  const data = readPt16(path);
  const scores = data.map((d) => analyze(d.text, "en").formality.score);
  return {
    rho: spearman(
      scores,
      data.map((d) => d.rating),
    ),
    n: data.length,
  };
}

function cell(r: { rho: number; n: number } | undefined): string {
  return r === undefined ? "file missing | –" : `${r.rho.toFixed(4)} | ${r.n}`;
}

/**
 * One standard error of a Spearman ρ measured on n pairs, in units of ρ: Fisher's z with
 * Fieller, Hartley & Pearson's (1957) variance 1.06 / (n − 3), taken back through tanh.
 */
function standardError(rho: number, n: number): number {
  const z = Math.atanh(rho);
  const se = Math.sqrt(1.06 / (n - 3));
  return (Math.tanh(z + se) - Math.tanh(z - se)) / 2;
}

/** "goal reached" or not, and whether the margin is within the measurement's own noise. */
function heldoutVerdict(heldout: { rho: number; n: number } | undefined): string {
  if (heldout === undefined) return "not measured";
  // Four decimals: at three, a ρ just under the goal would print as the goal itself.
  const verdict = heldout.rho >= GOAL_HELDOUT ? "goal reached" : "goal NOT reached";
  const margin = Math.abs(heldout.rho - GOAL_HELDOUT);
  const se = standardError(heldout.rho, heldout.n);
  if (margin >= se) return verdict;
  return `${verdict}, by ${margin.toFixed(4)}: within one standard error of ρ at n = ${heldout.n} (about ${se.toFixed(3)}), so this set cannot tell the model from one at the goal`;
}

/** Spearman ρ of the meter's formality with the PT16 ratings. */
export function pt16Section(): EvalSection {
  const train = rhoOn(TRAIN_CSV);
  const heldout = rhoOn(HELDOUT_CSV);
  const verdict = heldoutVerdict(heldout);
  return {
    title: "Formality against human ratings (PT16)",
    markdown: [
      'Spearman ρ between `analyze(text, "en").formality.score` and the mean human formality rating',
      "(Pavlick & Tetreault 2016, −3…+3). The model was fitted on train only, its λ picked by",
      `cross-validation (${FIT_CV_RHO.folds}-fold ×${FIT_CV_RHO.repeats}); held-out is only measured. Sentences are detokenised first`,
      "(`scripts/eval/pt16.ts`). The method: docs/formality.md.",
      "",
      "| set | Spearman ρ | n |",
      "| --- | ---: | ---: |",
      `| train, in-sample (the lexicon has seen these ratings) | ${cell(train)} |`,
      `| train, cross-validated (\`npm run fit:formality\`) | ${FIT_CV_RHO.english.toFixed(4)} | ${train?.n ?? "–"} |`,
      `| held-out | ${cell(heldout)} |`,
      "",
      `Goal on held-out: ρ ≥ ${GOAL_HELDOUT} (${verdict}).`,
    ].join("\n"),
    summary: [
      `PT16 formality ρ: train ${train?.rho.toFixed(4) ?? "–"} (n=${train?.n ?? 0}; CV ${FIT_CV_RHO.english.toFixed(4)}), held-out ${heldout?.rho.toFixed(4) ?? "–"} (n=${heldout?.n ?? 0}) — ${verdict}`,
    ],
  };
}

/** Formality of the offline rehearsal replies along a register sweep. */
export function rehearsalSection(): EvalSection {
  const list = presetPersonas();
  const points = registerSweep(list);
  const rho = sweepRho(points);
  const rows = list.map((p) => {
    const means = SWEEP_LEVELS.filter((l) => l % 20 === 0).map((level) => {
      const at = points.filter((x) => x.persona === p.id && x.register === level);
      return Math.round(at.reduce((s, x) => s + x.formality, 0) / at.length);
    });
    return `| ${p.id} (${p.language}) | ${means.join(" | ")} |`;
  });
  const verdict = rho.levelMeans >= GOAL_SWEEP ? "goal reached" : "goal NOT reached";
  return {
    title: "The offline rehearsal measured by the meter",
    markdown: [
      `Register swept 0, 10 … 100 on each of the ${list.length} presets, ${points.length / list.length / SWEEP_LEVELS.length} fixed user messages per language;`,
      "each reply's formality measured. Spearman ρ of register level against formality:",
      "",
      "| aggregate | Spearman ρ |",
      "| --- | ---: |",
      `| mean formality per level | ${rho.levelMeans.toFixed(3)} |`,
      `| per preset, mean | ${rho.perPersonaMean.toFixed(3)} |`,
      `| per preset, lowest | ${rho.perPersonaMin.toFixed(3)} |`,
      `| all replies pooled | ${rho.pooled.toFixed(3)} |`,
      "",
      `Goal: ≥ ${GOAL_SWEEP} on the mean per level (${verdict}). The engine writes the same reply across a band`,
      "(salutations, closings and the rewrites of src/core/rehearsal/register-*.ts change band by band), so",
      "per-preset ρ carries many ties; pooled ρ mixes presets whose other sliders differ. A French preset that",
      'says "vous" with an institutional voice stays near consultative at register 0: the rewrites make its',
      "sentences casual, not intimate.",
      "",
      "Mean formality per preset at register 0, 20, 40, 60, 80, 100:",
      "",
      "| preset | 0 | 20 | 40 | 60 | 80 | 100 |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
    ].join("\n"),
    summary: [
      `rehearsal register sweep ρ: per-level means ${rho.levelMeans.toFixed(3)}, per preset mean ${rho.perPersonaMean.toFixed(3)} (min ${rho.perPersonaMin.toFixed(3)}), pooled ${rho.pooled.toFixed(3)} — ${verdict}`,
    ],
  };
}
