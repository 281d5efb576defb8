import { fail, ok, type Result } from '../../result';
import type { PrepError } from '../prepTypes';
import { shuffledGroups } from './seededRandom';

/** One cross-validation fold: fit on `train`, score on `validation` (both ascending). */
export interface Fold {
  readonly train: Int32Array;
  readonly validation: Int32Array;
}

export interface KFoldOptions {
  readonly k?: number;
  readonly seed: number;
  /** Class index per row: each fold gets about the same class mix. */
  readonly stratify?: Float64Array;
}

/** Seeded k-fold split (default k = 5); every row is in exactly one validation fold. */
export function kFold(n: number, options: KFoldOptions): Result<Fold[], PrepError> {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 2) return fail({ code: 'bad-split', reason: 'fold-count' });
  // Each fold must leave at least two rows to train on and one to validate.
  if (n < Math.max(k, 3)) return fail({ code: 'too-few-rows', rows: n, needed: Math.max(k, 3) });
  if (options.stratify !== undefined && options.stratify.length !== n) {
    throw new Error(`stratify has ${options.stratify.length} entries for ${n} rows`);
  }
  const foldOfRow = new Int32Array(n);
  // Dealing the class-ordered rows round-robin spreads every class evenly over the folds.
  let dealt = 0;
  for (const group of shuffledGroups(n, options.seed, options.stratify)) {
    for (const row of group) foldOfRow[row] = dealt++ % k;
  }
  return ok(Array.from({ length: k }, (_, fold) => foldRows(foldOfRow, fold)));
}

function foldRows(foldOfRow: Int32Array, fold: number): Fold {
  let size = 0;
  for (const owner of foldOfRow) if (owner === fold) size++;
  const train = new Int32Array(foldOfRow.length - size);
  const validation = new Int32Array(size);
  let t = 0;
  let v = 0;
  foldOfRow.forEach((owner, row) => {
    if (owner === fold) validation[v++] = row;
    else train[t++] = row;
  });
  return { train, validation };
}
