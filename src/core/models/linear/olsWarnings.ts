import type { PivotedTriangle } from '../../stats/pivotedTriangle';
import { solveUpper } from '../../stats/triangular';
import type { LeastSquaresSolution } from './leastSquaresSolution';
import type { LinearWarning } from './linearTypes';

const HIGH_VIF = 10;
/** Belsley's rule of thumb: condition numbers above 30 mean strong collinearity. */
const NEAR_SINGULAR = 30;
/** Weight (in standard deviations) below which a kept column is not named as a partner. */
const PARTNER_WEIGHT = 1e-6;

const quoted = (names: readonly string[]): string => {
  const items = names.map((name) => `'${name}'`);
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
};

/** Warnings for features with a single value in every row (they duplicate the intercept). */
export function constantColumnWarnings(names: readonly string[]): LinearWarning[] {
  return names.map((name) => ({
    code: 'constant-column',
    message: `'${name}' has the same value in every row, so its effect cannot be told apart from the intercept; it was left out of the model.`,
    columns: [name],
  }));
}

/**
 * One warning per aliased column, naming the kept columns it is a combination of: the column's
 * entries above the diagonal, solved against the kept triangle, are its weights on them.
 */
export function aliasedColumnWarnings(
  triangle: PivotedTriangle,
  solution: LeastSquaresSolution,
  designNames: readonly string[],
): LinearWarning[] {
  const { r, size, rank } = triangle;
  return solution.aliasedColumns.map((designColumn, offset) => {
    const position = rank + offset;
    const column = Array.from({ length: rank }, (_, row) => r[row * size + position]!);
    const weights = solveUpper(r, rank, size, column);
    const partners = solution.keptColumns
      .filter((kept, index) => kept > 0 && Math.abs(weights[index]!) > PARTNER_WEIGHT)
      .map((kept) => designNames[kept]!);
    const name = designNames[designColumn]!;
    const relation =
      partners.length === 0 ? 'is constant' : `is an exact combination of ${quoted(partners)}`;
    return {
      code: 'aliased-column',
      message: `'${name}' ${relation}, so its effect cannot be separated from theirs; it was left out of the model.`,
      columns: [name, ...partners],
    };
  });
}

/** Warns about strongly collinear features (VIF above 10) and a near-singular design. */
export function collinearityWarnings(
  featureNames: readonly string[],
  vif: readonly (number | null)[],
  centredCondition: number | null,
): LinearWarning[] {
  const warnings: LinearWarning[] = [];
  const inflated = featureNames.filter((_, j) => (vif[j] ?? 0) > HIGH_VIF);
  if (inflated.length > 0) {
    warnings.push({
      code: 'high-vif',
      message: `${quoted(inflated)} ${inflated.length === 1 ? 'is' : 'are'} strongly correlated with other features (variance inflation above ${HIGH_VIF}); their coefficients and p-values are unstable.`,
      columns: inflated,
    });
  }
  if (centredCondition !== null && centredCondition > NEAR_SINGULAR) {
    warnings.push({
      code: 'ill-conditioned',
      message: `The features are nearly linearly dependent (condition number ${Math.round(centredCondition)} on the standardised features; above ${NEAR_SINGULAR} counts as near-singular), so small changes in the data can change the coefficients a lot.`,
      columns: inflated,
    });
  }
  return warnings;
}
