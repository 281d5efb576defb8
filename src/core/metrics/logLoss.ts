/**
 * Probabilities are clipped to [eps, 1 - eps] so a confident mistake costs a lot, not Infinity;
 * eps is the float64 machine epsilon, as scikit-learn's log_loss(eps='auto').
 */
export const LOG_LOSS_EPSILON = Number.EPSILON;

/** Mean negative log-likelihood of the actual class under row-major `probabilities`. */
export function logLoss(
  actual: ArrayLike<number>,
  probabilities: Float64Array,
  classCount: number,
  epsilon = LOG_LOSS_EPSILON,
): number {
  const n = actual.length;
  if (n === 0 || probabilities.length !== n * classCount) {
    throw new Error(`${probabilities.length} probabilities for ${n} rows x ${classCount} classes`);
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i * classCount + (actual[i] as number)] as number;
    sum -= Math.log(Math.min(1 - epsilon, Math.max(epsilon, p)));
  }
  return sum / n;
}
