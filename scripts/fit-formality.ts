/**
 * `npm run fit:formality`: refits the formality model (src/core/meter/formality-weights.ts)
 * on the PT16 training sentences. Ridge regression on standardized features; the penalty
 * λ is picked by 5-fold cross-validation on TRAIN only (Spearman ρ, the evaluation
 * measure). The held-out file is never read here: scripts/eval.ts only measures it.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FEATURE_NAMES, formalityFeatures } from "../src/core/meter/formality-features";
import { LEXICON_PRIOR, lexicalScore, wordRatings } from "../src/core/meter/lexical-formality";
import { fitRidge, predict, spearman } from "../src/core/meter/stats";
import { tokenize, type Token } from "../src/core/meter/tokens";
import { wordsFor } from "../src/core/meter/words";
import { readPt16, TRAIN_CSV } from "./eval/pt16";

const LAMBDAS = [0.3, 1, 3, 10, 30, 100, 300, 1000];
const FOLDS = 5;
const OUT = fileURLToPath(new URL("../src/core/meter/formality-weights.ts", import.meta.url));
const LEXICON_OUT = fileURLToPath(new URL("../src/core/meter/formality-lexicon-en.ts", import.meta.url));

const MIN_COUNT = 2;
const LEXICON_SIZE = 4000;

/** Feature vectors for English sentences. */
function features(texts: readonly string[]): number[][] {
  const lists = wordsFor("en");
  return texts.map((text) => formalityFeatures(text, tokenize(text), lists, "en").values);
}

/**
 * The word lexicon from some rated texts: words seen MIN_COUNT times or more, smoothed toward
 * the mean, the LEXICON_SIZE words that move furthest (times √count) kept.
 */
function buildLexicon(tokens: readonly (readonly Token[])[], y: readonly number[]): { lexicon: Map<string, number>; mean: number } {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const stats = wordRatings(tokens, y);
  const scored = [...stats]
    .filter(([, e]) => e.count >= MIN_COUNT)
    .map(([w, e]) => [w, (e.sum + LEXICON_PRIOR * mean) / (e.count + LEXICON_PRIOR), e.count] as const)
    .toSorted((a, b) => Math.abs(b[1] - mean) * Math.sqrt(b[2]) - Math.abs(a[1] - mean) * Math.sqrt(a[2]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, LEXICON_SIZE);
  return { lexicon: new Map(scored.map(([w, s]) => [w, s])), mean };
}

/** Leave-one-out lexical scores for training texts, so a sentence never rates itself. */
function lexicalLoo(tokens: readonly (readonly Token[])[], y: readonly number[]): number[] {
  const mean = y.reduce((s, v) => s + v, 0) / y.length;
  const stats = wordRatings(tokens, y);
  return tokens.map((toks, i) => {
    let sum = 0;
    let n = 0;
    for (const word of wordRatings([toks], [0]).keys()) {
      const e = stats.get(word);
      if (e === undefined || e.count - 1 < MIN_COUNT) continue;
      sum += (e.sum - (y[i] as number) + LEXICON_PRIOR * mean) / (e.count - 1 + LEXICON_PRIOR);
      n++;
    }
    return n === 0 ? mean : sum / n;
  });
}

/** The fold each row belongs to: index modulo k on a seeded order, the same every run. */
function folds(n: number): number[] {
  const fold = Array.from({ length: n }, () => 0);
  Array.from({ length: n }, (_, i) => i)
    .toSorted((a, b) => hashIndex(a) - hashIndex(b))
    .forEach((row, k) => (fold[row] = k % FOLDS));
  return fold;
}

interface Data {
  x: number[][];
  tokens: Token[][];
  y: number[];
}

/** Rows with the lexical feature appended: leave-one-out on `train`, the train lexicon on `test`. */
function withLexical(data: Data, train: readonly number[], test: readonly number[]): { trainX: number[][]; testX: number[][] } {
  const trainTokens = train.map((i) => data.tokens[i] as Token[]);
  const trainY = train.map((i) => data.y[i] as number);
  const loo = lexicalLoo(trainTokens, trainY);
  const { lexicon, mean } = buildLexicon(trainTokens, trainY);
  return {
    trainX: train.map((i, k) => [...(data.x[i] as number[]), loo[k] as number]),
    testX: test.map((i) => [...(data.x[i] as number[]), lexicalScore(data.tokens[i] as Token[], lexicon, mean)]),
  };
}

/** Mean Spearman ρ over the folds, with or without the English word lexicon. */
function crossValidate(data: Data, lambda: number, lexical: boolean): number {
  const fold = folds(data.y.length);
  let total = 0;
  for (let f = 0; f < FOLDS; f++) {
    const test = fold.flatMap((k, i) => (k === f ? [i] : []));
    const train = fold.flatMap((k, i) => (k !== f ? [i] : []));
    const { trainX, testX } = lexical
      ? withLexical(data, train, test)
      : { trainX: train.map((i) => data.x[i] as number[]), testX: test.map((i) => data.x[i] as number[]) };
    const model = fitRidge(trainX, train.map((i) => data.y[i] as number), lambda);
    total += spearman(testX.map((row) => predict(model, row)), test.map((i) => data.y[i] as number));
  }
  return total / FOLDS;
}

function hashIndex(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

const round = (v: number) => Number(v.toPrecision(6));

function pick(data: Data, lexical: boolean, label: string): { lambda: number; rho: number } {
  let best = { lambda: LAMBDAS[0] as number, rho: -1 };
  for (const lambda of LAMBDAS) {
    const rho = crossValidate(data, lambda, lexical);
    process.stdout.write(`${label} λ=${String(lambda).padEnd(5)} CV Spearman ρ = ${rho.toFixed(4)}\n`);
    if (rho > best.rho) best = { lambda, rho };
  }
  return best;
}

function weightRows(model: ReturnType<typeof fitRidge>, names: readonly string[]): string {
  return names
    .map((name, j) => `  { name: "${name}", mean: ${round(model.means[j] as number)}, scale: ${round(model.scales[j] as number)}, weight: ${round(model.weights[j] as number)} },`)
    .join("\n");
}

function main(): void {
  const rated = readPt16(TRAIN_CSV);
  const tokens = rated.map((d) => tokenize(d.text));
  const data: Data = { x: features(rated.map((d) => d.text)), tokens, y: rated.map((d) => d.rating) };
  const n = rated.length;
  const portable = pick(data, false, "portable");
  const english = pick(data, true, "english ");
  const all = data.y.map((_, i) => i);
  const portableModel = fitRidge(data.x, data.y, portable.lambda);
  const { trainX } = withLexical(data, all, []);
  const englishModel = fitRidge(trainX, data.y, english.lambda);
  const { lexicon, mean } = buildLexicon(tokens, data.y);
  process.stdout.write(
    `portable (French too): λ=${portable.lambda}, CV ρ = ${portable.rho.toFixed(4)}\n` +
      `english (+ word lexicon): λ=${english.lambda}, CV ρ = ${english.rho.toFixed(4)} (n = ${n})\n`,
  );
  writeFileSync(
    OUT,
    `/**
 * GENERATED by \`npm run fit:formality\` (scripts/fit-formality.ts): do not edit by hand.
 * Ridge regressions of the PT16 human formality ratings (−3…+3, ${n} training sentences)
 * on the standardized features of formality-features.ts, λ chosen by ${FOLDS}-fold
 * cross-validation on the training set only:
 * - PORTABLE (the language-independent features; French reads with it):
 *   λ = ${portable.lambda}, CV Spearman ρ = ${portable.rho.toFixed(3)};
 * - ENGLISH (the same plus the word lexicon of formality-lexicon-en.ts, last row):
 *   λ = ${english.lambda}, CV Spearman ρ = ${english.rho.toFixed(3)}.
 */
import type { FormalityModel } from "./formality-model";

export const PORTABLE_MODEL: FormalityModel = {
  intercept: ${round(portableModel.intercept)},
  features: [
${weightRows(portableModel, FEATURE_NAMES)}
  ],
};

export const ENGLISH_MODEL: FormalityModel = {
  intercept: ${round(englishModel.intercept)},
  features: [
${weightRows(englishModel, [...FEATURE_NAMES, "lexical"])}
  ],
};
`,
  );
  const entries = [...lexicon].toSorted((a, b) => (a[0] < b[0] ? -1 : 1)).map(([w, s]) => `${w} ${s.toFixed(2)}`);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += 8) lines.push(`  ${JSON.stringify(entries.slice(i, i + 8).join(" "))},`);
  writeFileSync(
    LEXICON_OUT,
    `/**
 * GENERATED by \`npm run fit:formality\`: do not edit by hand. The ${entries.length} English words
 * whose PT16 training sentences were rated furthest from the mean (seen ${MIN_COUNT}+ times,
 * smoothed with a prior of ${LEXICON_PRIOR} sentences), as "word rating" pairs.
 */

/** Mean rating of the training sentences: the score of a text with no known word. */
export const LEXICON_MEAN_EN = ${round(mean)};

/** "word rating" pairs, space-separated; parsed once on first use. */
export const LEXICON_EN_SOURCE: readonly string[] = [
${lines.join("\n")}
];
`,
  );
  process.stdout.write(`wrote ${OUT}\nwrote ${LEXICON_OUT}\n`);
}

main();
