import { expNonPositive } from '../../models/svm/expNonPositive';
import type { KernelParams } from '../../models/svm/svmTypes';
import { partialTable, type SupportVectors } from './kernelTables';

/**
 * The two factors (RBF) or terms (linear, poly) of a swapped pair's kernel value: `a` per base row
 * and vector, from the features that stay; `b` per donor and vector, from the swapped features.
 * `donorIds` maps a base row to its row of `b` when the donors are the base rows themselves.
 */
export interface SwapParts {
  readonly a: Float64Array;
  readonly b: Float64Array;
  readonly donorIds: Int32Array | null;
}

/** The distinct rows of a rows x width table, and each row's index among them. */
export function distinctRows(values: Float64Array, width: number) {
  const rows = width === 0 ? 0 : values.length / width;
  const seen = new Map<string, number>();
  const ids = new Int32Array(rows);
  const kept: number[] = [];
  for (let r = 0; r < rows; r++) {
    const row = values.subarray(r * width, (r + 1) * width);
    const key = row.join(',');
    let id = seen.get(key);
    if (id === undefined) {
      id = seen.size;
      seen.set(key, id);
      kept.push(...row);
    }
    ids[r] = id;
  }
  return { ids, distinct: Float64Array.from(kept) };
}

/** exp(-gamma * max(0, value)) of every entry, in place. */
export function rbfOfDistances(gamma: number, table: Float64Array): Float64Array {
  for (let k = 0; k < table.length; k++) table[k] = expNonPositive(-gamma * Math.max(0, table[k]!));
  return table;
}

/** Below this a factor is too close to underflow to divide by (or to be divided). */
const TINY = 1e-250;

/** The base rows' tables: squared distance (RBF) or dot product, and kernel value, per vector. */
export interface PairTables {
  readonly pairs: Float64Array;
  readonly kernelValues: Float64Array;
}

/** The distinct swapped-feature rows of the base, each base row's index among them, the features. */
export interface OwnValues {
  readonly ids: Int32Array;
  readonly distinct: Float64Array;
  readonly features: readonly number[];
}

/**
 * RBF: a = weight * exp(-g d_rest), the row's kernel value divided by its own swapped factor
 * exp(-g d_swapped) (one product and quotient per pair); where either is near underflow the
 * exponential is taken directly, so no precision is lost.
 */
function rbfRowFactors(
  a: Float64Array,
  gamma: number,
  tables: PairTables,
  ownTable: Float64Array,
  ownFactor: Float64Array,
  ids: Int32Array,
  weights: Float64Array,
) {
  const { pairs, kernelValues } = tables;
  const count = weights.length;
  for (let r = 0; r < ids.length; r++) {
    const at = r * count;
    const from = ids[r]! * count;
    for (let s = 0; s < count; s++) {
      const own = ownFactor[from + s]!;
      const value = kernelValues[at + s]!;
      a[at + s] =
        own > TINY && value > TINY
          ? (value / own) * weights[s]!
          : expNonPositive(-gamma * Math.max(0, pairs[at + s]! - ownTable[from + s]!)) *
            weights[s]!;
    }
  }
  return a;
}

/**
 * Splits every pair's kernel value. RBF: K = exp(-g d_rest) * exp(-g d_swapped), the squared
 * distance split into the features that stay (fixed per base row) and the swapped ones (fixed
 * per donor), so a call costs one product per pair instead of a distance and an exponential;
 * `weights` (one per vector) are folded into `a`. Linear, poly: the dot product split the same
 * way. Repeated feature values (one-hot levels, small integers) share one row of the tables.
 * `a` is written into `out` (rows x vectors), reused from group to group.
 */
export function swapParts(
  kernel: KernelParams,
  sv: SupportVectors,
  tables: PairTables,
  own: OwnValues,
  donors: Float64Array | null,
  weights: Float64Array,
  out: Float64Array,
): SwapParts {
  const ownTable = partialTable(kernel, own.distinct, own.features, sv);
  const donorIds = donors === null ? own.ids : null;
  const donorTable = donors === null ? null : partialTable(kernel, donors, own.features, sv);
  if (kernel.kind === 'rbf') {
    const ownFactor = rbfOfDistances(kernel.gamma, ownTable.slice());
    const a = rbfRowFactors(out, kernel.gamma, tables, ownTable, ownFactor, own.ids, weights);
    return { a, b: donorTable ? rbfOfDistances(kernel.gamma, donorTable) : ownFactor, donorIds };
  }
  const { pairs } = tables;
  const count = sv.count;
  const a = out;
  for (let r = 0; r < own.ids.length; r++) {
    const from = own.ids[r]! * count;
    for (let s = 0; s < count; s++) a[r * count + s] = pairs[r * count + s]! - ownTable[from + s]!;
  }
  return { a, b: donorTable ?? ownTable, donorIds };
}
