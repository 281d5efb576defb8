import type { Matrix } from '../modelTypes';

/** Per-column centre and scale: the model works with z = (x − center) / scale internally. */
export interface FeatureScaling {
  readonly center: Float64Array;
  readonly scale: Float64Array;
  /** True where every row holds the same value. */
  readonly constant: readonly boolean[];
}

/**
 * Column means and population standard deviations in one pass, summing deviations from each
 * column's first value (the shifted-data method: no cancellation when values sit far from zero;
 * a column is constant exactly when all its deviations are zero).
 */
export function measureColumns(matrix: Matrix): FeatureScaling {
  const { x, rows, cols } = matrix;
  const first = Float64Array.from(x.subarray(0, cols));
  const sums = new Float64Array(cols);
  const squares = new Float64Array(cols);
  for (let i = 0; i < rows; i += 1) {
    const offset = i * cols;
    for (let j = 0; j < cols; j += 1) {
      const deviation = x[offset + j]! - first[j]!;
      sums[j] = sums[j]! + deviation;
      squares[j] = squares[j]! + deviation * deviation;
    }
  }
  const center = new Float64Array(cols);
  const scale = new Float64Array(cols);
  const constant: boolean[] = [];
  for (let j = 0; j < cols; j += 1) {
    const meanDeviation = sums[j]! / rows;
    const variance = Math.max(squares[j]! / rows - meanDeviation * meanDeviation, 0);
    center[j] = first[j]! + meanDeviation;
    constant.push(squares[j] === 0);
    scale[j] = constant[j] || variance === 0 ? 1 : Math.sqrt(variance);
  }
  return { center, scale, constant };
}

/** Mean of a vector. */
export function meanOf(values: Float64Array): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Maps standardised-scale parameters [b0, b1..bp] (intercept first, `kept[j]` naming the raw
 * column of b_{j+1}) to the raw scale: slopes b_j / s_j, intercept b0 − Σ b_j c_j / s_j.
 */
export function rawParameters(
  standardised: ArrayLike<number>,
  kept: readonly number[],
  scaling: FeatureScaling,
): Float64Array {
  const raw = new Float64Array(kept.length + 1);
  let intercept = standardised[0]!;
  kept.forEach((column, j) => {
    const slope = standardised[j + 1]! / scaling.scale[column]!;
    raw[j + 1] = slope;
    intercept -= slope * scaling.center[column]!;
  });
  raw[0] = intercept;
  return raw;
}

/** T C Tᵀ for the map of rawParameters, where C is the (kept + 1)² covariance, row-major. */
export function rawCovariance(
  covariance: Float64Array,
  kept: readonly number[],
  scaling: FeatureScaling,
): Float64Array {
  const size = kept.length + 1;
  const half = new Float64Array(size * size);
  for (let col = 0; col < size; col += 1) {
    const column = Array.from({ length: size }, (_, row) => covariance[row * size + col]!);
    const mapped = rawParameters(column, kept, scaling);
    for (let row = 0; row < size; row += 1) half[row * size + col] = mapped[row]!;
  }
  const result = new Float64Array(size * size);
  for (let row = 0; row < size; row += 1) {
    const mapped = rawParameters(half.subarray(row * size, row * size + size), kept, scaling);
    for (let col = 0; col < size; col += 1) result[row * size + col] = mapped[col]!;
  }
  return result;
}
