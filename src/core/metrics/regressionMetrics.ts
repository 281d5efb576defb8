import { checkPaired } from './checkLengths';

/** Coefficient of determination; like scikit-learn, 1 for a perfect fit of a constant target, else 0 then. */
export function r2Score(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const n = checkPaired(actual, predicted);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += actual[i] as number;
  mean /= n;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    residual += ((actual[i] as number) - (predicted[i] as number)) ** 2;
    total += ((actual[i] as number) - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}

/** Root mean squared error, in the target's unit. */
export function rootMeanSquaredError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
): number {
  const n = checkPaired(actual, predicted);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ((actual[i] as number) - (predicted[i] as number)) ** 2;
  return Math.sqrt(sum / n);
}

/** Mean absolute error, in the target's unit. */
export function meanAbsoluteError(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  const n = checkPaired(actual, predicted);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.abs((actual[i] as number) - (predicted[i] as number));
  return sum / n;
}

/** MAPE as a fraction (0.12 = 12 %) over rows whose actual value is not zero. */
export interface PercentageError {
  /** Null when every actual value is zero. */
  readonly value: number | null;
  readonly skippedZeros: number;
}

/** Mean absolute percentage error, skipping rows with a zero actual value (counted, not hidden). */
export function meanAbsolutePercentageError(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
): PercentageError {
  const n = checkPaired(actual, predicted);
  let sum = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    const truth = actual[i] as number;
    if (truth === 0) continue;
    sum += Math.abs((truth - (predicted[i] as number)) / truth);
    used++;
  }
  return { value: used === 0 ? null : sum / used, skippedZeros: n - used };
}

export interface RegressionMetrics {
  readonly r2: number;
  readonly rmse: number;
  readonly mae: number;
  readonly mape: number | null;
  readonly mapeSkippedZeros: number;
  readonly count: number;
}

/** All regression metrics at once. */
export function regressionMetrics(
  actual: ArrayLike<number>,
  predicted: ArrayLike<number>,
): RegressionMetrics {
  const mape = meanAbsolutePercentageError(actual, predicted);
  return {
    r2: r2Score(actual, predicted),
    rmse: rootMeanSquaredError(actual, predicted),
    mae: meanAbsoluteError(actual, predicted),
    mape: mape.value,
    mapeSkippedZeros: mape.skippedZeros,
    count: actual.length,
  };
}
