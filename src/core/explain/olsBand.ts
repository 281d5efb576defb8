import { studentTQuantile } from '../stats/quantiles';

/** The training rows of a single-feature OLS fit: encoded feature, target and fitted values. */
export interface OlsTrainingFit {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly fitted: Float64Array;
}

export interface Band {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

const CONFIDENCE = 0.95;

/**
 * 95% confidence band of the mean response of a single-feature OLS line at `x` (fitted values
 * `line`): ŷ ± t(0.975, n−2)·s·√(1/n + (x−x̄)²/Sxx). Null when it is undefined (n ≤ 2, constant x).
 */
export function olsMeanBand(
  training: OlsTrainingFit,
  x: Float64Array,
  line: Float64Array,
): Band | null {
  const n = training.x.length;
  if (n <= 2) return null;
  let mean = 0;
  for (const value of training.x) mean += value;
  mean /= n;
  let spread = 0;
  let residualSquares = 0;
  for (let i = 0; i < n; i++) {
    spread += ((training.x[i] as number) - mean) ** 2;
    residualSquares += ((training.y[i] as number) - (training.fitted[i] as number)) ** 2;
  }
  if (!(spread > 0)) return null;
  const residualStd = Math.sqrt(residualSquares / (n - 2));
  const t = studentTQuantile(0.5 + CONFIDENCE / 2, n - 2);
  const lower = new Float64Array(x.length);
  const upper = new Float64Array(x.length);
  x.forEach((value, i) => {
    const half = t * residualStd * Math.sqrt(1 / n + (value - mean) ** 2 / spread);
    lower[i] = (line[i] as number) - half;
    upper[i] = (line[i] as number) + half;
  });
  return { lower, upper };
}
