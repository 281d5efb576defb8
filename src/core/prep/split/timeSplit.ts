import { ok, type Result } from '../../result';
import type { PrepError } from '../prepTypes';
import { checkShares, partSizes, type SplitShares } from './trainValTestSplit';

/** A split by time: rows in date order, earliest in `train`, latest in `test`. */
export interface TimeSplit {
  readonly train: Int32Array;
  readonly validation: Int32Array;
  readonly test: Int32Array;
  /** Rows left out because their date is missing. */
  readonly excludedMissing: number;
}

/** Orders rows by `dates` (ms, NaN = missing) and cuts them into train, validation, test. */
export function timeSplit(dates: Float64Array, shares: SplitShares): Result<TimeSplit, PrepError> {
  const checked = checkShares(shares);
  if (!checked.ok) return checked;
  let dated = 0;
  for (const date of dates) if (!Number.isNaN(date)) dated++;
  const sizes = partSizes(dated, shares);
  if (!sizes.ok) return sizes;
  const order = new Int32Array(dated);
  let next = 0;
  dates.forEach((date, row) => {
    if (!Number.isNaN(date)) order[next++] = row;
  });
  // Same-date rows keep their table order, so the split is reproducible.
  order.sort((a, b) => (dates[a] as number) - (dates[b] as number) || a - b);
  const trainEnd = dated - sizes.value.test - sizes.value.validation;
  return ok({
    train: order.slice(0, trainEnd),
    validation: order.slice(trainEnd, trainEnd + sizes.value.validation),
    test: order.slice(trainEnd + sizes.value.validation),
    excludedMissing: dates.length - dated,
  });
}
