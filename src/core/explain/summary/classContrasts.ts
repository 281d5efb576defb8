import { INTERCEPT_LABEL, type LinearModel } from '../../models/linear/linearTypes';

/**
 * One coefficient a driver can come from: the change in the log-odds of `className` against
 * `versusClass` (multinomial) or against every other class (binary, `versusClass` null) per raw
 * unit of the model's feature; regression: the change of the prediction, both classes null.
 */
export interface DriverCoefficient {
  readonly feature: string;
  readonly estimate: number;
  readonly className: string | null;
  readonly versusClass: string | null;
}

/**
 * Coefficients that can be drivers: not the intercept, not aliased. A multinomial model's are
 * read against the first class, whatever its parameterisation: with the first class as reference
 * (statsmodels) each class's row already is that contrast; with one predictor per class
 * (scikit-learn's symmetric form) the first class's row is subtracted, since only differences
 * between class predictors change the odds of one class against another.
 */
export function driverCoefficients(
  model: LinearModel,
  classes: readonly string[] | null,
): DriverCoefficient[] {
  const rows = model.table.filter((row) => row.feature !== INTERCEPT_LABEL);
  const estimated = rows.filter((row) => !row.aliased && row.estimate !== null);
  const multinomial = classes !== null && classes.length > 2;
  if (!multinomial) {
    return estimated.map((row) => ({
      feature: row.feature,
      estimate: row.estimate as number,
      className: row.className,
      versusClass: null,
    }));
  }
  const reference = classes[0] ?? null;
  const referenceRows = rows.filter((row) => row.className === reference);
  const referenceOf = new Map(referenceRows.map((row) => [row.feature, row.estimate]));
  const contrasts: DriverCoefficient[] = [];
  for (const row of estimated) {
    if (row.className === reference) continue;
    // Reference coding has no rows for the first class: its log-odds are 0 by definition.
    const base = referenceRows.length === 0 ? 0 : referenceOf.get(row.feature);
    if (base === null || base === undefined) continue;
    contrasts.push({
      feature: row.feature,
      estimate: (row.estimate as number) - base,
      className: row.className,
      versusClass: reference,
    });
  }
  return contrasts;
}
