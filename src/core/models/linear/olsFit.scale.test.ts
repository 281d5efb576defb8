import { describe, expect, it } from 'vitest';
import type { TrainingSet } from '../modelTypes';
import { fitOls } from './olsFit';

/** 1e6 rows × 20 features with y = 3 + Σ β_j x_j + noise, β_j = (j % 5) − 2, seeded. */
function millionRows(): { data: TrainingSet; slopes: number[] } {
  const rows = 1_000_000;
  const cols = 20;
  const slopes = Array.from({ length: cols }, (_, j) => (j % 5) - 2);
  let state = 12345;
  const uniform = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const x = new Float64Array(rows * cols);
  const y = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    let value = 3 + (uniform() - 0.5);
    for (let j = 0; j < cols; j += 1) {
      const feature = 100 * j + uniform() * (j + 1);
      x[i * cols + j] = feature;
      value += slopes[j]! * feature;
    }
    y[i] = value;
  }
  const featureNames = slopes.map((_, j) => `spend_${j}`);
  return { data: { x, rows, cols, y, featureNames, classes: null }, slopes };
}

describe('fitOls at scale', () => {
  // Speed is measured by the benchmarks, never asserted here.
  it('fits 1e6 rows × 20 features and recovers the slopes', () => {
    const { data, slopes } = millionRows();
    const result = fitOls(data);
    expect(result.ok).toBe(true);
    const model = result.ok ? result.value : null;
    const worst = Math.max(
      ...slopes.map((slope, j) => Math.abs((model?.coefficients[j] ?? NaN) - slope)),
    );
    expect(worst).toBeLessThan(0.01);
  });
});
