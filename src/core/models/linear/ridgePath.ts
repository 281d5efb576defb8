import { jacobiSvd } from '../../stats/jacobiSvd';
import type { FeatureScaling } from './featureScaling';

/**
 * Everything needed to solve ridge regression for any penalty α in O(p²): the SVD of the
 * centred design's triangle A = U Σ Vᵀ (A = R·diag(s) for a raw-scale penalty, R for a
 * standardised one) and the projections of the centred response on it.
 */
export interface RidgePath {
  readonly size: number;
  readonly kept: readonly number[];
  readonly penaltyScale: 'standardised' | 'raw';
  readonly singularValues: Float64Array;
  /** Row-major size × size; column i is v_i. */
  readonly rightVectors: Float64Array;
  /** u_i · z per singular value (0 where σ_i = 0). */
  readonly projections: Float64Array;
  /** Residual sum of squares no ridge fit can remove (part of y orthogonal to the features). */
  readonly floorSquares: number;
  readonly centredTotalSquares: number;
  /** First row of the design triangle, for the unpenalised intercept: r00 b0 + Σ r0j βj = r0y. */
  readonly interceptRow: Float64Array;
}

/** Builds the ridge path from the design triangle of [1, z_kept..., y − ȳ]. */
export function ridgePath(
  triangle: Float64Array,
  kept: readonly number[],
  scaling: FeatureScaling,
  penaltyScale: 'standardised' | 'raw',
): RidgePath {
  const size = kept.length;
  const width = size + 2;
  const response = width - 1;
  const block = new Float64Array(size * size);
  const z = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    z[row] = triangle[(row + 1) * width + response]!;
    for (let col = row; col < size; col += 1) {
      const weight = penaltyScale === 'raw' ? scaling.scale[kept[col]!]! : 1;
      block[row * size + col] = triangle[(row + 1) * width + col + 1]! * weight;
    }
  }
  const svd = jacobiSvd(block, size, size);
  const projections = svd.values.map((sigma, i) => {
    if (sigma === 0) return 0;
    let dot = 0;
    for (let k = 0; k < size; k += 1) dot += svd.scaledLeft[i * size + k]! * z[k]!;
    return dot / sigma;
  });
  const explainable = z.reduce((sum, value) => sum + value * value, 0);
  const captured = projections.reduce((sum, value) => sum + value * value, 0);
  // Beyond the orthogonal remainder, z may point along directions of exactly aliased features.
  const floorSquares =
    triangle[response * width + response]! ** 2 + Math.max(0, explainable - captured);
  return {
    size,
    kept,
    penaltyScale,
    singularValues: svd.values,
    rightVectors: svd.v,
    projections,
    floorSquares,
    centredTotalSquares: explainable + floorSquares,
    interceptRow: triangle.slice(0, width),
  };
}

/** Penalised coefficients in the SVD's own scale (raw slopes, or standardised ones). */
function penalisedCoefficients(path: RidgePath, alpha: number): Float64Array {
  const { size, singularValues, rightVectors, projections } = path;
  const gamma = new Float64Array(size);
  for (let i = 0; i < size; i += 1) {
    const sigma = singularValues[i]!;
    if (sigma === 0) continue;
    const weight = (sigma * projections[i]!) / (sigma * sigma + alpha);
    for (let k = 0; k < size; k += 1) gamma[k] = gamma[k]! + rightVectors[k * size + i]! * weight;
  }
  return gamma;
}

/** Raw-scale intercept and slopes (aligned with `kept`) for penalty α; `yCenter` is added back. */
export function ridgeCoefficients(
  path: RidgePath,
  alpha: number,
  scaling: FeatureScaling,
  yCenter: number,
): { intercept: number; slopes: Float64Array } {
  const gamma = penalisedCoefficients(path, alpha);
  const { kept, interceptRow } = path;
  const slopes = gamma.map((value, j) =>
    path.penaltyScale === 'raw' ? value : value / scaling.scale[kept[j]!]!,
  );
  // Intercept of the standardised fit from the triangle's first row, then moved to raw scale.
  let standardisedIntercept = interceptRow[kept.length + 1]!;
  slopes.forEach((slope, j) => {
    standardisedIntercept -= interceptRow[j + 1]! * slope * scaling.scale[kept[j]!]!;
  });
  let intercept = yCenter + standardisedIntercept / interceptRow[0]!;
  slopes.forEach((slope, j) => (intercept -= slope * scaling.center[kept[j]!]!));
  return { intercept, slopes };
}

/** Training residual sum of squares of the ridge fit with penalty α. */
export function ridgeResidualSquares(path: RidgePath, alpha: number): number {
  let shrunk = 0;
  path.singularValues.forEach((sigma, i) => {
    shrunk += ((alpha / (sigma * sigma + alpha)) * path.projections[i]!) ** 2;
  });
  return path.floorSquares + shrunk;
}

/** Effective number of parameters, intercept included: 1 + Σ σ² / (σ² + α). */
export function ridgeDegreesOfFreedom(path: RidgePath, alpha: number): number {
  return path.singularValues.reduce(
    (sum, sigma) => sum + (sigma * sigma) / (sigma * sigma + alpha),
    1,
  );
}
