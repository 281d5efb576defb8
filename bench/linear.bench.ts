// OLS on a seeded 1,000,000 x 20 table: ours (fitOls, what linearPlugin.train runs, and its QR
// fallback) against ml-regression-multivariate-linear and plain-JS normal equations; numpy from
// bench/reference/.
// Environment: BENCH_OLS_ROWS (rows, default 1,000,000).
import { createRequire } from 'node:module';
import { fitOls } from '../src/core/models/linear/olsFit';
import type { TrainingSet } from '../src/core/models/modelTypes';
import type { BenchCase, BenchImplementation, BenchSuite } from './benchTypes';
import { dataCheck, olsBeta, olsData } from './modellingData';
import { loadReferenceCase, printReference, withReference } from './referenceTimes';

const ROWS = Number(process.env.BENCH_OLS_ROWS ?? 1_000_000);
const COLS = 20;
const require = createRequire(import.meta.url);

/** ml-regression-multivariate-linear 2.0.4 (no type declarations): intercept and statistics on. */
type MlrClass = new (x: number[][], y: number[][]) => { weights: number[][] };

/** Solves the symmetric positive definite system g b = r (g row-major, size n) by Cholesky. */
function choleskySolve(g: Float64Array, r: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = g[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(sum) : sum / l[j * n + j]!;
    }
  }
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = r[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * z[k]!;
    z[i] = sum / l[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * z[k]!;
    z[i] = sum / l[i * n + i]!;
  }
  return z;
}

/**
 * [intercept, coefficients] from the normal equations of [1, x]: one pass accumulating the upper
 * triangle of the Gram matrix and [1, x]'y, then Cholesky. The plain-JS floor for this job.
 */
export function normalEquations(data: TrainingSet): Float64Array {
  const { x, y, rows, cols } = data;
  const n = cols + 1;
  const gram = new Float64Array(n * n);
  const right = new Float64Array(n);
  const row = new Float64Array(n);
  row[0] = 1;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) row[j + 1] = x[r * cols + j]!;
    const target = y[r]!;
    for (let a = 0; a < n; a++) {
      const va = row[a]!;
      right[a] = right[a]! + va * target;
      for (let b = a; b < n; b++) gram[a * n + b] = gram[a * n + b]! + va * row[b]!;
    }
  }
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) gram[a * n + b] = gram[b * n + a]!;
  return choleskySolve(gram, right, n);
}

/** Largest |estimate - true coefficient| over the features, printed once per implementation. */
function reportError(name: string, intercept: number, coefficients: ArrayLike<number>): void {
  let worst = Math.abs(intercept - 1);
  for (let j = 0; j < COLS; j++) worst = Math.max(worst, Math.abs(coefficients[j]! - olsBeta(j)));
  console.log(`  ${name}: largest |estimate - true value| ${worst.toExponential(2)}`);
}

function reporting(name: string, fit: () => [number, ArrayLike<number>], ours = false) {
  let first = true;
  const run = () => {
    const [intercept, coefficients] = fit();
    if (first) reportError(name, intercept, coefficients);
    first = false;
    return { rows: null, output: coefficients };
  };
  return { name, ours, run } satisfies BenchImplementation;
}

function implementations(data: TrainingSet): BenchImplementation[] {
  const MultivariateLinearRegression = require('ml-regression-multivariate-linear') as MlrClass;
  // Its input format, built once outside the timed runs.
  const rowsAsArrays = Array.from({ length: data.rows }, (_, r) =>
    Array.from(data.x.subarray(r * COLS, (r + 1) * COLS)),
  );
  const targets = Array.from(data.y, (value) => [value]);
  const ours = (method: 'auto' | 'qr') => () => {
    const result = fitOls(data, method);
    if (!result.ok) throw new Error(result.error.message);
    return [result.value.intercept, result.value.coefficients] as [number, number[]];
  };
  return [
    reporting('ours (fitOls: cross-products + full inference)', ours('auto'), true),
    reporting('ours, QR fallback (fitOls(data, "qr"))', ours('qr')),
    reporting('plain JS normal equations', () => {
      const solution = normalEquations(data);
      return [solution[0]!, solution.subarray(1)];
    }),
    reporting('ml-regression-multivariate-linear 2.0.4', () => {
      const weights = new MultivariateLinearRegression(rowsAsArrays, targets).weights;
      // Its intercept is the last weight.
      return [weights[COLS]![0]!, weights.slice(0, COLS).map((w) => w[0]!)];
    }),
  ];
}

/** OLS with an intercept on ROWS x 20: ours against the JavaScript alternatives. */
export const suite: BenchSuite = {
  title: 'Linear regression (OLS with intercept, seeded uniform features, noise sd 0.5)',
  prepare(): Promise<BenchCase[]> {
    const data = olsData(ROWS, COLS);
    const name = `OLS ${ROWS.toLocaleString('en-US')}x${COLS}`;
    const bytes = ROWS * (COLS + 1) * 8;
    const reference = loadReferenceCase('linear', name, dataCheck(data));
    if (reference) printReference(name, reference);
    const timed = implementations(data).map((impl) => withReference(impl, name, bytes, reference));
    return Promise.resolve([{ name, bytes, rows: ROWS, implementations: timed }]);
  },
};
