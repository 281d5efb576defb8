import { seededRandom } from '../../../prep/split/seededRandom';
import type { TrainingSet } from '../../modelTypes';

const names = (cols: number): string[] => Array.from({ length: cols }, (_, j) => `x${j + 1}`);

/** Inputs in [-1.7, 1.7]; target 10 sin(x1) + 4 x2^2 + 50 plus uniform noise of width `noise`. */
export function smoothRegressionSet(
  rows: number,
  cols: number,
  seed: number,
  noise = 1,
): TrainingSet {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: rows * cols }, () => (random() * 2 - 1) * 1.7);
  const y = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const a = x[row * cols] ?? 0;
    const b = x[row * cols + 1] ?? 0;
    y[row] = 10 * Math.sin(a) + 4 * b * b + 50 + (random() - 0.5) * noise;
  }
  return { x, y, rows, cols, featureNames: names(cols), classes: null };
}

/** Classes decided by which of `classes` angular sectors (x1, x2) falls in. */
export function sectorClassificationSet(
  rows: number,
  cols: number,
  classes: number,
  seed: number,
): TrainingSet {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: rows * cols }, () => random() * 2 - 1);
  const y = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const angle = Math.atan2(x[row * cols + 1] ?? 0, x[row * cols] ?? 0) + Math.PI;
    y[row] = Math.min(classes - 1, Math.floor((angle / (2 * Math.PI)) * classes));
  }
  const labels = Array.from({ length: classes }, (_, k) => `class ${k}`);
  return { x, y, rows, cols, featureNames: names(cols), classes: labels };
}

/** The first `count` rows of a set, and the rest, as two sets. */
export function splitRows(set: TrainingSet, count: number): [TrainingSet, TrainingSet] {
  const part = (from: number, to: number): TrainingSet => ({
    ...set,
    rows: to - from,
    x: set.x.slice(from * set.cols, to * set.cols),
    y: set.y.slice(from, to),
  });
  return [part(0, count), part(count, set.rows)];
}

/** A TrainingSet from fixture rows (arrays of numbers). */
export function setFromRows(
  rows: readonly (readonly number[])[],
  y: readonly number[],
  classes: readonly string[] | null,
): TrainingSet {
  const cols = rows[0]?.length ?? 0;
  return {
    x: Float64Array.from(rows.flat()),
    y: Float64Array.from(y),
    rows: rows.length,
    cols,
    featureNames: names(cols),
    classes,
  };
}
