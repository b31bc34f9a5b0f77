/**
 * The statistics the formality model needs, small enough to keep in TypeScript: Spearman's
 * rank correlation (the PT16 evaluation measure) and ridge regression on standardized
 * features, solved in closed form ((XᵀX + λI) w = Xᵀy, a 35×35 system).
 */

/** Ranks of `values` (1-based), ties sharing their mean rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).toSorted((a, b) => a[0] - b[0]);
  const out = Array.from({ length: values.length }, () => 0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Pearson's correlation; 0 when either side is constant. */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) return 0;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let cov = 0,
    va = 0,
    vb = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - ma;
    const db = (b[i] as number) - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va === 0 || vb === 0 ? 0 : cov / Math.sqrt(va * vb);
}

/** Spearman's ρ: Pearson's correlation of the ranks (ties averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  return pearson(ranks(a), ranks(b));
}

/** A linear model on standardized features: y ≈ intercept + Σ weight·(x − mean)/scale. */
export interface LinearModel {
  intercept: number;
  means: number[];
  scales: number[];
  weights: number[];
}

/** Fits ridge regression with penalty `lambda` (on standardized features, intercept free). */
export function fitRidge(
  rows: readonly (readonly number[])[],
  targets: readonly number[],
  lambda: number,
): LinearModel {
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const means = Array.from(
    { length: d },
    (_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / n,
  );
  const scales = means.map((m, j) => {
    const sd = Math.sqrt(rows.reduce((s, r) => s + ((r[j] as number) - m) ** 2, 0) / n);
    return sd > 1e-12 ? sd : 1;
  });
  const yMean = targets.reduce((s, v) => s + v, 0) / n;
  const a = Array.from({ length: d }, (_row, i) =>
    Array.from({ length: d }, (_col, j) => (i === j ? lambda : 0)),
  );
  const b = Array.from({ length: d }, () => 0);
  for (let r = 0; r < n; r++) {
    const z = (rows[r] as readonly number[]).map(
      (v, j) => (v - (means[j] as number)) / (scales[j] as number),
    );
    const y = (targets[r] as number) - yMean;
    for (let i = 0; i < d; i++) {
      const zi = z[i] as number;
      b[i] = (b[i] as number) + zi * y;
      const row = a[i] as number[];
      for (let j = 0; j < d; j++) row[j] = (row[j] as number) + zi * (z[j] as number);
    }
  }
  return { intercept: yMean, means, scales, weights: solve(a, b) };
}

/** The model's prediction for one feature vector. */
export function predict(model: LinearModel, x: readonly number[]): number {
  let y = model.intercept;
  for (let j = 0; j < model.weights.length; j++) {
    y +=
      (model.weights[j] as number) *
      (((x[j] as number) - (model.means[j] as number)) / (model.scales[j] as number));
  }
  return y;
}

/** Gaussian elimination with partial pivoting; the ridge term keeps the system regular. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = a[r] as number[];
      const f = (row[col] as number) / (p[col] as number);
      for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (p[c] as number);
    }
  }
  const x = Array.from({ length: n }, () => 0);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (x[c] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}
