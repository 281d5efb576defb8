import { type PivotedTriangle, pivotedTriangle } from '../../stats/pivotedTriangle';
import type { TrainingSet } from '../modelTypes';
import { type CentredCrossProducts, scalingFromCrossProducts } from './crossProducts';
import { designTriangle } from './designTriangle';
import { type FeatureScaling, meanOf, measureColumns } from './featureScaling';
import { gramTriangle } from './gramTriangle';
import { leastSquaresSolution, type LeastSquaresSolution } from './leastSquaresSolution';
import { centredConditionNumber } from './olsDiagnostics';

/** How the triangle was found: Cholesky of the cross-products, or QR of every row. */
export type OlsMethod = 'cross-products' | 'qr';

/**
 * Largest condition number of the centred, unit-length features for which the cross-products
 * are used. Their errors grow with its square (the QR's with the number itself): measured on
 * 1e6 rows against extended-precision sums, estimates and standard errors are off by about 1e-12
 * relative at 2.4 and 1e-9 at 1e3, a thousandth of the 1e-6 the statsmodels tests allow, which
 * leaves room for the quantities that amplify them (t near 0, tiny p-values). Beyond it, QR.
 */
export const CROSS_PRODUCTS_CONDITION_LIMIT = 1e3;

/** The pivoted triangle of [1, z_kept..., y − ȳ] and everything read off it. */
export interface OlsDecomposition {
  readonly method: OlsMethod;
  readonly scaling: FeatureScaling;
  /** Raw feature index of each design column after the intercept (constant columns left out). */
  readonly kept: readonly number[];
  readonly yMean: number;
  readonly triangle: PivotedTriangle;
  readonly solution: LeastSquaresSolution;
  /** Condition number of the centred features scaled to unit length. */
  readonly centredCondition: number | null;
}

function decomposition(
  method: OlsMethod,
  setup: { scaling: FeatureScaling; kept: readonly number[]; yMean: number },
  triangle: PivotedTriangle,
): OlsDecomposition {
  const solution = leastSquaresSolution(triangle);
  const centredCondition = centredConditionNumber(triangle, solution);
  return { method, ...setup, triangle, solution, centredCondition };
}

function varyingColumns(scaling: FeatureScaling): number[] {
  return scaling.constant.flatMap((constant, j) => (constant ? [] : [j]));
}

/** Cholesky of the cross-products; null when they are not accurate enough for statsmodels. */
function fromCrossProducts(products: CentredCrossProducts): OlsDecomposition | null {
  const scaling = scalingFromCrossProducts(products);
  const kept = varyingColumns(scaling);
  const upper = gramTriangle(products, scaling, kept);
  if (upper === null) return null;
  const yMean = products.means[products.width - 1]!;
  const triangle = pivotedTriangle(upper, kept.length + 2, 1);
  const result = decomposition('cross-products', { scaling, kept, yMean }, triangle);
  const { rank } = result.solution;
  // No features left: nothing to be ill-conditioned.
  const condition = kept.length === 0 ? 1 : (result.centredCondition ?? Infinity);
  return rank === kept.length + 1 && condition <= CROSS_PRODUCTS_CONDITION_LIMIT ? result : null;
}

/** Streamed Householder QR of every row: exact for aliased and ill-conditioned designs. */
function fromRows(data: TrainingSet, products: CentredCrossProducts | null): OlsDecomposition {
  const usable = products !== null && products.finite;
  const scaling = usable ? scalingFromCrossProducts(products) : measureColumns(data);
  const kept = varyingColumns(scaling);
  const yMean = usable ? products.means[products.width - 1]! : meanOf(data.y);
  const upper = designTriangle(data, scaling, kept, yMean);
  const triangle = pivotedTriangle(upper, kept.length + 2, 1);
  return decomposition('qr', { scaling, kept, yMean }, triangle);
}

/**
 * The triangle of the design for OLS: from the centred cross-products (one pass, already made)
 * when they are finite, full rank and well conditioned; otherwise, or when `method` is 'qr',
 * from a QR of every row, whose aliased-column handling and accuracy it shares.
 */
export function decomposeOls(
  data: TrainingSet,
  products: CentredCrossProducts | null,
  method: 'auto' | 'qr' = 'auto',
): OlsDecomposition {
  const fast = method === 'auto' && products?.finite ? fromCrossProducts(products) : null;
  return fast ?? fromRows(data, products);
}
