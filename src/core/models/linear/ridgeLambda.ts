import type { TrainingSet } from '../modelTypes';
import type { LambdaScore } from './linearTypes';
import { ridgeDegreesOfFreedom, ridgeResidualSquares, type RidgePath } from './ridgePath';

const GRID_POINTS = 31;
const LOWEST_EXPONENT = -6;
const HIGHEST_EXPONENT = 3;

/**
 * Log grid of penalties, relative to the mean squared singular value of the design so that it
 * spans "almost no shrinkage" to "almost everything shrunk" on any feature scale.
 */
export function lambdaGrid(path: RidgePath): number[] {
  const meanSquare =
    path.singularValues.reduce((sum, sigma) => sum + sigma * sigma, 0) / Math.max(path.size, 1) ||
    1;
  return Array.from({ length: GRID_POINTS }, (_, k) => {
    const exponent =
      LOWEST_EXPONENT + ((HIGHEST_EXPONENT - LOWEST_EXPONENT) * k) / (GRID_POINTS - 1);
    return meanSquare * 10 ** exponent;
  });
}

/** Mean squared error of a fitted ridge model on held-out rows. */
function validationError(
  fit: { intercept: number; coefficients: readonly number[] },
  validation: TrainingSet,
): number {
  const { x, y, rows, cols } = validation;
  let squares = 0;
  for (let i = 0; i < rows; i += 1) {
    let predicted = fit.intercept;
    for (let j = 0; j < cols; j += 1) predicted += fit.coefficients[j]! * x[i * cols + j]!;
    squares += (y[i]! - predicted) ** 2;
  }
  return squares / rows;
}

/** Generalised cross-validation score n·RSS / (n − df)², a leave-one-out proxy (no held-out rows). */
function generalisedCrossValidation(path: RidgePath, alpha: number, rows: number): number {
  const slack = rows - ridgeDegreesOfFreedom(path, alpha);
  return slack > 0 ? (rows * ridgeResidualSquares(path, alpha)) / (slack * slack) : Infinity;
}

/**
 * Picks λ from the grid: lowest validation MSE when held-out rows exist, else lowest GCV score.
 * Returns the curve (finite scores only) so the UI can draw it.
 */
export function chooseLambda(
  path: RidgePath,
  fitAt: (alpha: number) => { intercept: number; coefficients: readonly number[] },
  validation: TrainingSet | null,
  rows: number,
): { lambda: number; how: 'validation' | 'gcv'; curve: LambdaScore[] } {
  const useValidation = validation !== null && validation.rows > 0;
  const grid = lambdaGrid(path);
  const curve = grid
    .map((lambda) => ({
      lambda,
      score: useValidation
        ? validationError(fitAt(lambda), validation)
        : generalisedCrossValidation(path, lambda, rows),
    }))
    .filter((point) => Number.isFinite(point.score));
  // With no finite score (GCV needs more rows than parameters), fall back to the middle penalty.
  const fallback = { lambda: grid[Math.floor(grid.length / 2)]!, score: Infinity };
  const best = curve.reduce(
    (winner, point) => (point.score < winner.score ? point : winner),
    fallback,
  );
  return { lambda: best.lambda, how: useValidation ? 'validation' : 'gcv', curve };
}
