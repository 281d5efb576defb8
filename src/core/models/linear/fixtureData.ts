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
