import type { IntervalRow } from './intervalGeometry';
import { INTERCEPT_LABEL, type CoefficientRow } from '../../core/models/linear/linearTypes';

/** One feature of the coefficient plot: its estimate (`value`) and 95% interval. */
export type CoefficientBar = IntervalRow;

/** Classes that have their own coefficients (multinomial logistic); empty for one set. */
export function coefficientClasses(table: readonly CoefficientRow[]): string[] {
  const names = new Set<string>();
  for (const row of table) if (row.className !== null) names.add(row.className);
  return names.size > 1 ? [...names] : [];
}

/**
 * The rows to plot: no intercept, no aliased or undefined estimates, only `className`'s rows when
 * given. Rows without an interval keep a zero-width one.
 */
export function coefficientBars(
  table: readonly CoefficientRow[],
  className: string | null,
): CoefficientBar[] {
  const bars: CoefficientBar[] = [];
  for (const row of table) {
    if (row.feature === INTERCEPT_LABEL || row.estimate === null || row.aliased) continue;
    if (className !== null && row.className !== className) continue;
    const lower = row.ciLower ?? row.estimate;
    const upper = row.ciUpper ?? row.estimate;
    bars.push({ label: row.feature, value: row.estimate, lower, upper });
  }
  return bars;
}
