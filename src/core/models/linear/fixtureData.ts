import type { TrainingSet } from '../modelTypes';

/** Builds a TrainingSet from row arrays (fixtures, tests and benchmarks). */
export function trainingSetFromRows(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  featureNames: readonly string[],
  classes: readonly string[] | null = null,
): TrainingSet {
  const cols = featureNames.length;
  const x = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => row.forEach((value, j) => (x[i * cols + j] = value)));
  return { x, rows: rows.length, cols, y: Float64Array.from(y), featureNames, classes };
}

/**
 * Largest |actual − expected| / max(|expected|, floor) over paired values; null in `expected`
 * must meet null (or a non-finite number) in `actual`.
 */
export function maxRelativeError(
  actual: readonly (number | null)[] | Float64Array,
  expected: readonly (number | null)[],
  floor = 1e-12,
): number {
  if (actual.length !== expected.length) return Infinity;
  let worst = 0;
  expected.forEach((target, index) => {
    const value = actual[index] ?? null;
    if (target === null) {
      if (value !== null && Number.isFinite(value)) worst = Infinity;
      return;
    }
    if (value === null) {
      worst = Infinity;
      return;
    }
    worst = Math.max(worst, Math.abs(value - target) / Math.max(Math.abs(target), floor));
  });
  return worst;
}

/** Options of seededRegression; every default gives well-conditioned data near zero. */
export interface SeededRegressionOptions {
  readonly seed?: number;
  /** Added to every feature value (data far from zero). */
  readonly offset?: number;
  /** Column 1 is column 0 plus this times uniform noise: small values make them collinear. */
  readonly spread?: number;
  /** Standard deviation scale of the target's noise. */
  readonly noise?: number;
}

/** Uniform numbers in (0, 1) from an integer hash of (seed, index): reproducible anywhere. */
function hashedUniform(seed: number, index: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (((h ^ (h >>> 15)) >>> 0) + 0.5) / 4294967296;
}

/**
 * Seeded regression data: uniform features in [offset, offset + 1), y = 1 + Σ 0.02 (j + 1) x_j
 * plus uniform noise of width 2 · noise, so t statistics sit between about 1 and 10.
 */
export function seededRegression(
  rows: number,
  cols: number,
  options: SeededRegressionOptions = {},
): TrainingSet {
  const { seed = 1, offset = 0, spread = 1, noise = 1 } = options;
  const x = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  let draw = 0;
  for (let i = 0; i < rows; i += 1) {
    let target = 1;
    for (let j = 0; j < cols; j += 1) {
      const fresh = hashedUniform(seed, draw++);
      const value = j === 1 ? x[i * cols]! - offset + spread * fresh : fresh;
      x[i * cols + j] = value + offset;
      target += 0.02 * (j + 1) * value;
    }
    y[i] = target + noise * (2 * hashedUniform(seed, draw++) - 1);
  }
  const featureNames = Array.from({ length: cols }, (_, j) => `x${j}`);
  return { x, rows, cols, y, featureNames, classes: null };
}
