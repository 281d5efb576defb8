import { choleskyFactor } from '../../stats/choleskyFactor';
import type { CentredCrossProducts } from './crossProducts';
import type { FeatureScaling } from './featureScaling';

/**
 * R factor of the design [1, z_kept..., y − ȳ] with z = (x − center) / scale, from the centred
 * cross-products: the Cholesky factor of its Gram matrix, which equals the R of a QR
 * decomposition up to the signs of its rows. Size (kept + 2)², row-major upper triangular; null
 * when the Gram matrix is not numerically positive definite (an aliased column or a perfect fit).
 * The intercept column is orthogonal to the centred columns, so its row is [√n, 0, ..., 0].
 */
export function gramTriangle(
  products: CentredCrossProducts,
  scaling: FeatureScaling,
  kept: readonly number[],
): Float64Array | null {
  const { rows, width, centred } = products;
  const size = kept.length + 2;
  const response = width - 1;
  // Design column c ≥ 1 of the triangle reads column sources[c] of the cross-products.
  const sources = [-1, ...kept, response];
  const scales = sources.map((source) => (source === response ? 1 : scaling.scale[source]!));
  const gram = new Float64Array(size * size);
  gram[0] = rows;
  for (let a = 1; a < size; a += 1) {
    for (let b = 1; b <= a; b += 1) {
      const value = centred[sources[a]! * width + sources[b]!]! / (scales[a]! * scales[b]!);
      gram[a * size + b] = value;
      gram[b * size + a] = value;
    }
  }
  const lower = choleskyFactor(gram, size);
  if (lower === null) return null;
  const upper = new Float64Array(size * size);
  for (let a = 0; a < size; a += 1) {
    for (let b = a; b < size; b += 1) upper[a * size + b] = lower[b * size + a]!;
  }
  return upper;
}
