import { twoSidedPValue } from '../../stats/distributions';
import { studentTQuantile } from '../../stats/quantiles';
import { INTERCEPT_LABEL, type CoefficientRow } from './linearTypes';

/** Estimates on the raw scale, aligned with [intercept, ...features]; null where not estimable. */
export interface RawEstimates {
  readonly estimates: readonly (number | null)[];
  readonly standardErrors: readonly (number | null)[];
}

/** A finite number, or null (NaN and ±Infinity do not survive JSON). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** An empty row for a parameter that could not be estimated. */
export function aliasedRow(feature: string, className: string | null): CoefficientRow {
  return {
    feature,
    className,
    estimate: null,
    standardError: null,
    statistic: null,
    pValue: null,
    ciLower: null,
    ciUpper: null,
    oddsRatio: null,
    vif: null,
    aliased: true,
  };
}

/** One table row with a t (finite df) or z (df = Infinity) test and a 95% interval. */
export function testedRow(
  feature: string,
  className: string | null,
  estimate: number,
  standardError: number,
  df: number,
): CoefficientRow {
  const statistic = estimate / standardError;
  const margin = studentTQuantile(0.975, df) * standardError;
  return {
    feature,
    className,
    estimate,
    standardError: finiteOrNull(standardError),
    statistic: finiteOrNull(statistic),
    pValue: finiteOrNull(twoSidedPValue(statistic, df)),
    ciLower: finiteOrNull(estimate - margin),
    ciUpper: finiteOrNull(estimate + margin),
    oddsRatio: null,
    vif: null,
    aliased: false,
  };
}

/** Coefficient rows for the intercept and each feature (t tests on `df` degrees of freedom). */
export function coefficientTable(
  featureNames: readonly string[],
  raw: RawEstimates,
  vif: readonly (number | null)[],
  df: number,
): CoefficientRow[] {
  const names = [INTERCEPT_LABEL, ...featureNames];
  return names.map((feature, index) => {
    const estimate = raw.estimates[index] ?? null;
    const standardError = raw.standardErrors[index] ?? null;
    if (estimate === null || standardError === null) return aliasedRow(feature, null);
    const row = testedRow(feature, null, estimate, standardError, df);
    return index === 0 ? row : { ...row, vif: vif[index - 1] ?? null };
  });
}
