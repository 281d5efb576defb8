import type { PivotedTriangle } from '../../stats/pivotedTriangle';
import { gramInverseFromInverseR, invertUpper, solveUpper } from '../../stats/triangular';

/**
 * Least-squares solution read off a pivoted triangle of [1, z..., y]: position 0 is the intercept
 * column, the response is the last column, and positions rank..size-2 hold aliased columns.
 */
export interface LeastSquaresSolution {
  readonly rank: number;
  /** Design column (0 = intercept, j + 1 = j-th kept feature) of each kept position. */
  readonly keptColumns: readonly number[];
  readonly aliasedColumns: readonly number[];
  /** Estimates per kept position (standardised scale). */
  readonly estimates: Float64Array;
  /** Inverse of the kept part of R (rank × rank, row-major). */
  readonly inverseR: Float64Array;
  /** (Z'Z)⁻¹ over kept positions (rank × rank, row-major). */
  readonly inverseGram: Float64Array;
  readonly residualSumOfSquares: number;
  /** Σ (y − ȳ)², read from the same triangle. */
  readonly centredTotalSumOfSquares: number;
}

/** Coefficients, (Z'Z)⁻¹ and sums of squares from the pivoted triangle of the design. */
export function leastSquaresSolution(triangle: PivotedTriangle): LeastSquaresSolution {
  const { r, size, rank, order } = triangle;
  const response = size - 1;
  const projected = Array.from({ length: size }, (_, row) => r[row * size + response]!);
  const estimates = solveUpper(r, rank, size, projected);
  const inverseR = invertUpper(r, rank, size);
  let residualSumOfSquares = 0;
  let centredTotalSumOfSquares = 0;
  projected.forEach((value, row) => {
    if (row >= rank) residualSumOfSquares += value * value;
    if (row >= 1) centredTotalSumOfSquares += value * value;
  });
  return {
    rank,
    keptColumns: order.slice(0, rank),
    aliasedColumns: order.slice(rank, response),
    estimates,
    inverseR,
    inverseGram: gramInverseFromInverseR(inverseR, rank),
    residualSumOfSquares,
    centredTotalSumOfSquares,
  };
}
