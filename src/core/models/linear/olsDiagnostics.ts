import { conditionNumber } from '../../stats/jacobiSvd';
import type { PivotedTriangle } from '../../stats/pivotedTriangle';
import type { FeatureScaling } from './featureScaling';
import type { LeastSquaresSolution } from './leastSquaresSolution';
import { finiteOrNull } from './olsTable';

/**
 * Variance inflation factor per feature (null for dropped ones): 1 / (1 − R²) of the feature on
 * all other kept features plus an intercept, read as diag((Xc'Xc)⁻¹) · diag(Xc'Xc) from the
 * triangle, whose rows below the intercept are the factor of the centred features.
 */
export function varianceInflation(
  triangle: PivotedTriangle,
  solution: LeastSquaresSolution,
  kept: readonly number[],
  featureCount: number,
): (number | null)[] {
  const { r, size } = triangle;
  const { rank, inverseR, keptColumns } = solution;
  const vif: (number | null)[] = Array.from({ length: featureCount }, () => null);
  for (let position = 1; position < rank; position += 1) {
    let inverseRowSquares = 0;
    for (let k = position; k < rank; k += 1) {
      inverseRowSquares += inverseR[position * rank + k]! * inverseR[position * rank + k]!;
    }
    let columnSquares = 0;
    for (let k = 1; k <= position; k += 1) columnSquares += r[k * size + position]! ** 2;
    const feature = kept[keptColumns[position]! - 1]!;
    vif[feature] = finiteOrNull(inverseRowSquares * columnSquares);
  }
  return vif;
}

/** The kept columns of the raw design [1, x...] as a triangle: R · M, M undoing the scaling. */
function rawDesignTriangle(
  triangle: PivotedTriangle,
  solution: LeastSquaresSolution,
  kept: readonly number[],
  scaling: FeatureScaling,
): Float64Array {
  const { r, size } = triangle;
  const { rank, keptColumns } = solution;
  const raw = new Float64Array(rank * rank);
  keptColumns.forEach((designColumn, position) => {
    const feature = designColumn === 0 ? -1 : kept[designColumn - 1]!;
    const scale = feature < 0 ? 1 : scaling.scale[feature]!;
    const shift = feature < 0 ? 0 : scaling.center[feature]!;
    for (let row = 0; row < rank; row += 1) {
      raw[row * rank + position] = scale * r[row * size + position]! + shift * r[row * size]!;
    }
  });
  return raw;
}

/** statsmodels' condition_number: σmax / σmin of the raw design with its intercept column. */
export function rawConditionNumber(
  triangle: PivotedTriangle,
  solution: LeastSquaresSolution,
  kept: readonly number[],
  scaling: FeatureScaling,
): number | null {
  const raw = rawDesignTriangle(triangle, solution, kept, scaling);
  return finiteOrNull(conditionNumber(raw, solution.rank, solution.rank));
}

/** Condition number of the centred features scaled to unit length (1 = uncorrelated). */
export function centredConditionNumber(
  triangle: PivotedTriangle,
  solution: LeastSquaresSolution,
): number | null {
  const { r, size } = triangle;
  const count = solution.rank - 1;
  if (count < 1) return null;
  const block = new Float64Array(count * count);
  for (let col = 0; col < count; col += 1) {
    let norm = 0;
    for (let row = 0; row <= col; row += 1) norm += r[(row + 1) * size + col + 1]! ** 2;
    norm = Math.sqrt(norm);
    for (let row = 0; row <= col; row += 1) {
      block[row * count + col] = r[(row + 1) * size + col + 1]! / norm;
    }
  }
  return finiteOrNull(conditionNumber(block, count, count));
}
