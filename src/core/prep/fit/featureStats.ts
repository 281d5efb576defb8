import type { Scaling } from '../prepTypes';

/** Spread of one output feature over the training rows, after imputation. */
export interface FeatureStats {
  readonly constant: boolean;
  readonly min: number;
  readonly mean: number;
  /** Population standard deviation (ddof 0), as scikit-learn's StandardScaler. */
  readonly std: number;
}

/** Mean, population std and constancy of `count` values read through `valueAt` (two passes). */
export function featureStats(count: number, valueAt: (i: number) => number): FeatureStats {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const value = valueAt(i);
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const mean = sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (valueAt(i) - mean) ** 2;
  return { constant: !(min < max), min, mean, std: Math.sqrt(squares / count) };
}

/** The scaling to store when standardising, else null. */
export function scalingOf(stats: FeatureStats, standardise: boolean): Scaling | null {
  return standardise ? { mean: stats.mean, std: stats.std } : null;
}
