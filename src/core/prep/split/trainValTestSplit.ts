import { fail, ok, type Result } from '../../result';
import type { PrepError } from '../prepTypes';
import { shuffledGroups } from './seededRandom';

/** Shares of rows held out, as fractions of 1 (0.2 = 20 %). */
export interface SplitShares {
  readonly validation: number;
  readonly test: number;
}

export interface SplitOptions extends SplitShares {
  readonly seed: number;
  /** Class index per row: each class is split in the same proportions. NaN rows form their own group. */
  readonly stratify?: Float64Array;
}

/** Row indices of each part, ascending. */
export interface RowSplit {
  readonly train: Int32Array;
  readonly validation: Int32Array;
  readonly test: Int32Array;
}

/** Fewest training rows any split leaves. */
export const MIN_TRAIN_ROWS = 2;

/** Checks that both shares lie in [0, 1) and leave rows to train on. */
export function checkShares(shares: SplitShares): Result<SplitShares, PrepError> {
  const inRange = (share: number) => Number.isFinite(share) && share >= 0 && share < 1;
  if (!inRange(shares.validation) || !inRange(shares.test)) {
    return fail({ code: 'bad-split', reason: 'share-range' });
  }
  if (shares.validation + shares.test >= 1) return fail({ code: 'bad-split', reason: 'share-sum' });
  return ok(shares);
}

/** How many of `n` rows each part gets; every requested part gets at least one row. */
export function partSizes(
  n: number,
  shares: SplitShares,
): Result<{ validation: number; test: number }, PrepError> {
  const test = Math.round(n * shares.test);
  const validation = Math.round(n * shares.validation);
  const needed = MIN_TRAIN_ROWS + (shares.test > 0 ? 1 : 0) + (shares.validation > 0 ? 1 : 0);
  const tooFew =
    (shares.test > 0 && test === 0) ||
    (shares.validation > 0 && validation === 0) ||
    n - test - validation < MIN_TRAIN_ROWS;
  return tooFew ? fail({ code: 'too-few-rows', rows: n, needed }) : ok({ validation, test });
}

/**
 * Splits the largest-remainder way: each group gets floor(size * share) rows, and the rows still
 * owed go to the groups with the largest fractions, never taking a group's last training row.
 */
function apportion(groupSizes: readonly number[], share: number, total: number, taken: number[]) {
  const counts = groupSizes.map((size) => Math.floor(size * share));
  let owed = total - counts.reduce((sum, count) => sum + count, 0);
  const order = groupSizes
    .map((size, group) => ({ group, fraction: size * share - Math.floor(size * share) }))
    .sort((a, b) => b.fraction - a.fraction || a.group - b.group);
  // First pass keeps one training row per group; the second fills what is still owed.
  for (const keptForTraining of [1, 0]) {
    for (const { group } of order) {
      if (owed <= 0) break;
      const size = groupSizes[group] as number;
      if ((counts[group] as number) + (taken[group] as number) + keptForTraining < size) {
        counts[group] = (counts[group] as number) + 1;
        owed--;
      }
    }
  }
  counts.forEach((count, group) => (taken[group] = (taken[group] as number) + count));
  return counts;
}

function sortedRows(rows: number[]): Int32Array {
  return Int32Array.from(rows).sort();
}

/** Seeded train/validation/test split, stratified by class when `stratify` is given. */
export function trainValTestSplit(n: number, options: SplitOptions): Result<RowSplit, PrepError> {
  if (options.stratify !== undefined && options.stratify.length !== n) {
    throw new Error(`stratify has ${options.stratify.length} entries for ${n} rows`);
  }
  const shares = checkShares(options);
  if (!shares.ok) return shares;
  const sizes = partSizes(n, options);
  if (!sizes.ok) return sizes;
  const groups = shuffledGroups(n, options.seed, options.stratify);
  const groupSizes = groups.map((group) => group.length);
  const taken = groupSizes.map(() => 0);
  const testCounts = apportion(groupSizes, options.test, sizes.value.test, taken);
  const validationCounts = apportion(groupSizes, options.validation, sizes.value.validation, taken);
  const parts = { train: [] as number[], validation: [] as number[], test: [] as number[] };
  groups.forEach((group, index) => {
    const testEnd = testCounts[index] as number;
    const validationEnd = testEnd + (validationCounts[index] as number);
    group.forEach((row, position) => {
      if (position < testEnd) parts.test.push(row);
      else if (position < validationEnd) parts.validation.push(row);
      else parts.train.push(row);
    });
  });
  return ok({
    train: sortedRows(parts.train),
    validation: sortedRows(parts.validation),
    test: sortedRows(parts.test),
  });
}
