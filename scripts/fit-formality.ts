/**
 * `npm run fit:formality`: refits the formality model on the PT16 training sentences and
 * writes the tables of src/core/meter/generated/: formality-weights.ts, the English
 * lexicon's formality-beginnings-en.ts and formality-endings-en.ts, the tag trigrams of
 * formality-trigrams-en.ts and the GloVe scores of formality-glove-en.ts. The method is
 * described in docs/formality.md; in short:
 * - target: each rating replaced by its rank, rescaled to the ratings' mean and spread
 *   (Spearman ρ only sees order; ranks keep the −3 / +3 pile-ups from pulling the fit);
 * - features: meter/formality/features.ts (PORTABLE, French too) and, for ENGLISH, the learned
 *   lexicon of word beginnings and endings (meter/formality/lexical.ts), each read as a mean and
 *   a lean, the part-of-speech values, and the GloVe word scores (fit/glove-en.ts). A training
 *   sentence reads the lexicon without its own rating (leave-one-out) and the GloVe table of
 *   the other inner folds, so its values look like those of an unseen sentence;
 * - ridge regression on standardized features, λ picked by 5-fold cross-validation
 *   repeated 3 times on TRAIN only; the lexicon is rebuilt inside each fold, so no fold
 *   sees the ratings of its test sentences.
 * The held-out file is never read here: scripts/eval.ts only measures it.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FEATURE_NAMES, formalityFeatures } from "../src/core/meter/formality/features";
import { GLOVE_NAMES, LEXICAL_NAMES, TAG_FEATURE_NAMES } from "../src/core/meter/formality/model";
import {
  keyRatings,
  LEXICON_PRIOR,
  readKeys,
  textKeys,
  type LexicalTable,
} from "../src/core/meter/formality/lexical";
import { tagShares, tagText, tagTrigrams } from "../src/core/meter/formality/tags-en";
import { ENGLISH_DATA } from "../src/core/meter/formality/english-data";
import { provideEnglishData } from "../src/core/meter/formality/english-source";
import { tokenize, type Token } from "../src/core/text/tokens";
import { readPt16, TRAIN_CSV } from "./eval/pt16";
import { requireData, runScript } from "./eval/shared-data";
import { generatedHeader } from "./fit/generated-header";
import { fitTable, gloveFile, gloveValues, loadVectors, meanVectors } from "./fit/glove-en";
import { fitRidge, predict, ranks, spearman } from "./fit/stats";

// The tagger reads wink-lexicon through the English data registry.
provideEnglishData(ENGLISH_DATA);

const LAMBDAS = [1, 3, 10, 30, 100, 300, 1000];
const FOLDS = 5;
const REPEATS = 3;
/** Training sentences a key needs to enter its table: every beginning, endings and tag trigrams seen twice. */
const MIN_COUNT = { beginnings: 1, endings: 2, trigrams: 2 } as const;
type TableName = keyof typeof MIN_COUNT;
const OUT = fileURLToPath(
  new URL("../src/core/meter/generated/formality-weights.ts", import.meta.url),
);
const BEGINNINGS_OUT = fileURLToPath(
  new URL("../src/core/meter/generated/formality-beginnings-en.ts", import.meta.url),
);
const ENDINGS_OUT = fileURLToPath(
  new URL("../src/core/meter/generated/formality-endings-en.ts", import.meta.url),
);
const TRIGRAMS_OUT = fileURLToPath(
  new URL("../src/core/meter/generated/formality-trigrams-en.ts", import.meta.url),
);
const GLOVE_OUT = fileURLToPath(
  new URL("../src/core/meter/generated/formality-glove-en.ts", import.meta.url),
);
/** Pairs per source line: the tables are data, read whole by nobody; this keeps each file short. */
const PAIRS_PER_LINE = 16;

interface Data {
  x: number[][];
  /** Key occurrences of each text, per table. */
  keys: Record<TableName, string[][]>;
  /** The English tag values of each text that need no fitting: tag shares, unknown-word share. */
  tags: number[][];
  y: number[];
  /** What the GloVe values are read from: the vectors, each text's tokens and weighted mean vector. */
  glove: { vectors: ReturnType<typeof loadVectors>; tokens: Token[][]; means: number[][] };
}

const mean = (v: readonly number[]) => v.reduce((s, a) => s + a, 0) / v.length;

/** The ratings' ranks, rescaled to the ratings' mean and standard deviation. */
function rankTarget(y: readonly number[]): number[] {
  const m = mean(y);
  const sd = Math.sqrt(mean(y.map((v) => (v - m) ** 2)));
  // A uniform variable on [0, 1] has standard deviation 1/√12.
  return ranks(y).map((r) => m + sd * Math.sqrt(12) * ((r - 0.5) / y.length - 0.5));
}

/** A table from some rated key sets: smoothed mean ratings of the keys seen MIN_COUNT times or more. */
function buildTable(
  keys: readonly (readonly string[])[],
  y: readonly number[],
  minCount: number,
): LexicalTable {
  const m = mean(y);
  const ratings = new Map<string, number>();
  for (const [key, e] of keyRatings(keys, y))
    if (e.count >= minCount)
      ratings.set(key, (e.sum + LEXICON_PRIOR * m) / (e.count + LEXICON_PRIOR));
  return { ratings, mean: m };
}

/** Lexical values of training texts, each read without its own rating (leave-one-out). */
function leaveOneOut(
  keys: readonly (readonly string[])[],
  y: readonly number[],
  minCount: number,
): number[][] {
  const m = mean(y);
  const stats = keyRatings(keys, y);
  return keys.map((list, i) => {
    const ratings = new Map<string, number>();
    for (const key of list) {
      const e = stats.get(key);
      if (e === undefined || e.count - 1 < minCount) continue;
      ratings.set(
        key,
        (e.sum - (y[i] as number) + LEXICON_PRIOR * m) / (e.count - 1 + LEXICON_PRIOR),
      );
    }
    const r = readKeys(list, { ratings, mean: m });
    return [r.mean, r.lean];
  });
}

/** Feature rows for `train` (leave-one-out lexicon) and `test` (the lexicon of `train`). */
function rows(
  data: Data,
  train: readonly number[],
  test: readonly number[],
  lexical: boolean,
): { trainX: number[][]; testX: number[][] } {
  const trainX = train.map((i) => [...(data.x[i] as number[])]);
  const testX = test.map((i) => [...(data.x[i] as number[])]);
  if (!lexical) return { trainX, testX };
  const trainY = train.map((i) => data.y[i] as number);
  // A learned table's mean and lean: leave-one-out for training rows, the training table for test rows.
  const pushTable = (name: TableName) => {
    const trainKeys = train.map((i) => data.keys[name][i] as string[]);
    leaveOneOut(trainKeys, trainY, MIN_COUNT[name]).forEach((v, k) =>
      (trainX[k] as number[]).push(...v),
    );
    const table = buildTable(trainKeys, trainY, MIN_COUNT[name]);
    test.forEach((i, k) => {
      const r = readKeys(data.keys[name][i] as string[], table);
      (testX[k] as number[]).push(r.mean, r.lean);
    });
  };
  // ENGLISH_MODEL order: the word tables, the tag values (nothing to learn), the tag trigram table.
  pushTable("beginnings");
  pushTable("endings");
  train.forEach((i, k) => (trainX[k] as number[]).push(...(data.tags[i] as number[])));
  test.forEach((i, k) => (testX[k] as number[]).push(...(data.tags[i] as number[])));
  pushTable("trigrams");
  const glove = gloveValues(
    data.glove.vectors,
    data.glove.means,
    data.glove.tokens,
    train,
    rankTarget(trainY),
    test,
  );
  glove.train.forEach((v, k) => (trainX[k] as number[]).push(...v));
  glove.test.forEach((v, k) => (testX[k] as number[]).push(...v));
  return { trainX, testX };
}

/** The fold of each row in repeat `repeat`: index modulo k on a seeded order, the same every run. */
function folds(n: number, repeat: number): number[] {
  const fold = Array.from({ length: n }, () => 0);
  Array.from({ length: n }, (_, i) => i)
    .map((i) => [hashIndex(i, repeat), i] as const)
    .toSorted((a, b) => a[0] - b[0] || a[1] - b[1])
    .forEach(([, row], k) => (fold[row] = k % FOLDS));
  return fold;
}

function hashIndex(i: number, seed: number): number {
  let h = Math.imul(i ^ (0x9e3779b9 + seed * 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mean Spearman ρ over the folds of every repeat, for each λ (the folds' rows built once). */
function crossValidate(data: Data, lexical: boolean): number[] {
  const totals = LAMBDAS.map(() => 0);
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const fold = folds(data.y.length, repeat);
    for (let f = 0; f < FOLDS; f++) {
      const test = fold.flatMap((k, i) => (k === f ? [i] : []));
      const train = fold.flatMap((k, i) => (k !== f ? [i] : []));
      const { trainX, testX } = rows(data, train, test, lexical);
      const target = rankTarget(train.map((i) => data.y[i] as number));
      const truth = test.map((i) => data.y[i] as number);
      LAMBDAS.forEach((lambda, l) => {
        const model = fitRidge(trainX, target, lambda);
        totals[l] =
          (totals[l] as number) +
          spearman(
            testX.map((row) => predict(model, row)),
            truth,
          );
      });
    }
  }
  return totals.map((t) => t / (FOLDS * REPEATS));
}

const round = (v: number) => Number(v.toPrecision(6));

function pick(data: Data, lexical: boolean, label: string): { lambda: number; rho: number } {
  const rhos = crossValidate(data, lexical);
  let best = { lambda: LAMBDAS[0] as number, rho: -1 };
  LAMBDAS.forEach((lambda, l) => {
    const rho = rhos[l] as number;
    process.stdout.write(
      `${label} λ=${String(lambda).padEnd(5)} CV Spearman ρ = ${rho.toFixed(4)}\n`,
    );
    if (rho > best.rho) best = { lambda, rho };
  });
  return best;
}

function weightRows(model: ReturnType<typeof fitRidge>, names: readonly string[]): string {
  return names
    .map(
      (name, j) =>
        `  { name: "${name}", mean: ${round(model.means[j] as number)}, scale: ${round(model.scales[j] as number)}, weight: ${round(model.weights[j] as number)} },`,
    )
    .join("\n");
}

/** A table as source lines of "key rating" pairs, PAIRS_PER_LINE to a line, sorted by key. */
function tableSource(table: LexicalTable): string {
  const entries = [...table.ratings]
    .toSorted((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, r]) => `${k} ${r.toFixed(2)}`);
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += PAIRS_PER_LINE)
    lines.push(`  ${JSON.stringify(entries.slice(i, i + PAIRS_PER_LINE).join(" "))},`);
  return lines.join("\n");
}

function main(): void {
  // Before the vectors, which take seconds to read; the tables stay as they are.
  requireData(
    [TRAIN_CSV],
    "the fit reads the PT16 training ratings from shared/ beside the repository",
  );
  const vectors = loadVectors();
  const rated = readPt16(TRAIN_CSV);
  const lists = ENGLISH_DATA.words;
  const tokens = rated.map((d) => tokenize(d.text));
  const keys = tokens.map(textKeys);
  const tagged = rated.map((d, i) => tagText(d.text, tokens[i] ?? []));
  const data: Data = {
    x: rated.map((d, i) => formalityFeatures(d.text, tokens[i] ?? [], lists, "en").values),
    keys: {
      beginnings: keys.map((k) => k.beginnings),
      endings: keys.map((k) => k.endings),
      trigrams: tagged.map((t) => tagTrigrams(t.tags)),
    },
    tags: tagged.map((t) => [...tagShares(t.tags), t.unknownShare]),
    y: rated.map((d) => d.rating),
    glove: { vectors, tokens, means: meanVectors(vectors, tokens) },
  };
  const n = rated.length;
  const portable = pick(data, false, "portable");
  const english = pick(data, true, "english ");
  const all = data.y.map((_, i) => i);
  const target = rankTarget(data.y);
  const portableModel = fitRidge(data.x, target, portable.lambda);
  const englishModel = fitRidge(rows(data, all, [], true).trainX, target, english.lambda);
  const beginnings = buildTable(data.keys.beginnings, data.y, MIN_COUNT.beginnings);
  const endings = buildTable(data.keys.endings, data.y, MIN_COUNT.endings);
  const trigrams = buildTable(data.keys.trigrams, data.y, MIN_COUNT.trigrams);
  const glove = fitTable(vectors, data.glove.means, all, target);
  process.stdout.write(
    `portable (French too): λ=${portable.lambda}, CV ρ = ${portable.rho.toFixed(4)}\n` +
      `english (+ lexicon): λ=${english.lambda}, CV ρ = ${english.rho.toFixed(4)} (n = ${n})\n`,
  );
  writeFileSync(
    OUT,
    `/**
${generatedHeader("scripts/fit-formality.ts")}
 * Ridge regressions of the PT16 human formality ratings (−3…+3, ${n} training sentences,
 * as ranks rescaled to the ratings' mean and spread) on the standardized features of
 * formality/features.ts, λ chosen by ${FOLDS}-fold cross-validation (×${REPEATS}) on the training set
 * only (docs/formality.md):
 * - PORTABLE (the language-independent features; French reads with it):
 *   λ = ${portable.lambda}, CV Spearman ρ = ${portable.rho.toFixed(3)};
 * - ENGLISH (the same, then the lexicon of formality-beginnings-en.ts and formality-endings-en.ts, then the
 *   part-of-speech values of formality/tags-en.ts with the tag trigrams of formality-trigrams-en.ts, then
 *   the GloVe word scores of formality-glove-en.ts):
 *   λ = ${english.lambda}, CV Spearman ρ = ${english.rho.toFixed(3)}.
 * Plain data that imports nothing: measure-formality.ts reads each model as a FormalityModel
 * (formality/model.ts), which checks every feature name.
 */

/** Cross-validated Spearman ρ on the training set, as fitted (npm run eval reports them). */
export const FIT_CV_RHO = { portable: ${round(portable.rho)}, english: ${round(english.rho)}, folds: ${FOLDS}, repeats: ${REPEATS} } as const;

export const PORTABLE_MODEL = {
  intercept: ${round(portableModel.intercept)},
  features: [
${weightRows(portableModel, FEATURE_NAMES)}
  ],
} as const;

export const ENGLISH_MODEL = {
  intercept: ${round(englishModel.intercept)},
  features: [
${weightRows(englishModel, [...FEATURE_NAMES, ...LEXICAL_NAMES, ...TAG_FEATURE_NAMES, ...GLOVE_NAMES])}
  ],
} as const;
`,
  );
  writeFileSync(
    BEGINNINGS_OUT,
    `/**
${generatedHeader("scripts/fit-formality.ts")}
 * The smoothed mean PT16 rating (prior of ${LEXICON_PRIOR} sentences at the mean) of the training
 * sentences holding each word beginning (${beginnings.ratings.size} keys, seen ${MIN_COUNT.beginnings}+ times):
 * see formality/lexical.ts.
 * The endings are in formality-endings-en.ts.
 */

/** Mean rating of the training sentences: the reading of a text with no known key. */
export const LEXICON_MEAN_EN = ${round(beginnings.mean)};

/** "beginning rating" pairs, space-separated; parsed once on first use. */
export const BEGINNINGS_EN: readonly string[] = [
${tableSource(beginnings)}
];
`,
  );
  writeFileSync(
    ENDINGS_OUT,
    `/**
${generatedHeader("scripts/fit-formality.ts")}
 * The smoothed mean PT16 rating (prior of ${LEXICON_PRIOR} sentences at the mean) of the training
 * sentences holding each word ending (${endings.ratings.size} keys, seen ${MIN_COUNT.endings}+ times):
 * see formality/lexical.ts.
 */

/** "-ending rating" pairs, space-separated; parsed once on first use. */
export const ENDINGS_EN: readonly string[] = [
${tableSource(endings)}
];
`,
  );
  writeFileSync(
    TRIGRAMS_OUT,
    `/**
${generatedHeader("scripts/fit-formality.ts")}
 * The smoothed mean PT16 rating (prior of ${LEXICON_PRIOR} sentences at the mean) of the training
 * sentences holding each trigram of part-of-speech tags (${trigrams.ratings.size} keys,
 * seen ${MIN_COUNT.trigrams}+ times): see formality/tags-en.ts.
 */

/** "trigram rating" pairs, space-separated; parsed once on first use. */
export const TRIGRAMS_EN: readonly string[] = [
${tableSource(trigrams)}
];
`,
  );
  writeFileSync(GLOVE_OUT, gloveFile(glove));
  process.stdout.write(
    `wrote ${OUT}\nwrote ${BEGINNINGS_OUT}\nwrote ${ENDINGS_OUT}\nwrote ${TRIGRAMS_OUT}\nwrote ${GLOVE_OUT}\n`,
  );
}

await runScript("npm run fit:formality", main);
