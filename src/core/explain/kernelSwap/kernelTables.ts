import type { Matrix } from '../../models/modelTypes';
import type { KernelParams } from '../../models/svm/svmTypes';

/** Support vectors, row-major `count` x `cols`, with their squared norms. */
export interface SupportVectors {
  readonly x: Float64Array;
  readonly count: number;
  readonly cols: number;
  readonly squaredNorms: Float64Array;
}

/** Squared norm of every row of a row-major matrix. */
export function squaredNorms(x: Float64Array, rows: number, cols: number): Float64Array {
  const norms = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let f = 0; f < cols; f++) sum += x[r * cols + f]! * x[r * cols + f]!;
    norms[r] = sum;
  }
  return norms;
}

/**
 * Rows x support vectors: the squared distance (RBF, as |a|^2 + |b|^2 - 2 a.b, the way the
 * model computes it) or the dot product (linear, poly) of every base row and vector.
 */
export function pairTable(kernel: KernelParams, base: Matrix, sv: SupportVectors): Float64Array {
  const { rows, cols, x } = base;
  const out = new Float64Array(rows * sv.count);
  const rowNorms = kernel.kind === 'rbf' ? squaredNorms(x, rows, cols) : null;
  for (let r = 0; r < rows; r++) {
    const a = r * cols;
    for (let s = 0; s < sv.count; s++) {
      const b = s * cols;
      let s0 = 0;
      let s1 = 0;
      let f = 0;
      // Two running sums break the dependency chain of the additions.
      for (; f + 1 < cols; f += 2) {
        s0 += x[a + f]! * sv.x[b + f]!;
        s1 += x[a + f + 1]! * sv.x[b + f + 1]!;
      }
      if (f < cols) s0 += x[a + f]! * sv.x[b + f]!;
      const dot = s0 + s1;
      out[r * sv.count + s] = rowNorms ? rowNorms[r]! + sv.squaredNorms[s]! - 2 * dot : dot;
    }
  }
  return out;
}

/**
 * Rows x support vectors over `features` only: sum of (value - sv)^2 for RBF, of value * sv for
 * linear and poly. `values` is row-major rows x features.length.
 */
export function partialTable(
  kernel: KernelParams,
  values: Float64Array,
  features: readonly number[],
  sv: SupportVectors,
): Float64Array {
  const width = features.length;
  const rows = width === 0 ? 0 : values.length / width;
  const count = sv.count;
  const out = new Float64Array(rows * count);
  // The vectors' values of the features, feature by feature, so the inner loop reads in order.
  const columns = features.map((f) =>
    Float64Array.from({ length: count }, (_, s) => sv.x[s * sv.cols + f]!),
  );
  for (let r = 0; r < rows; r++) {
    const at = r * count;
    columns.forEach((column, f) => {
      const value = values[r * width + f]!;
      if (kernel.kind === 'rbf') {
        for (let s = 0; s < count; s++)
          out[at + s] = out[at + s]! + (value - column[s]!) * (value - column[s]!);
      } else {
        for (let s = 0; s < count; s++) out[at + s] = out[at + s]! + value * column[s]!;
      }
    });
  }
  return out;
}

/** The `features` columns of `base`, row-major rows x features.length. */
export function featureValues(base: Matrix, features: readonly number[]): Float64Array {
  const width = features.length;
  const out = new Float64Array(base.rows * width);
  for (let r = 0; r < base.rows; r++) {
    for (let f = 0; f < width; f++) out[r * width + f] = base.x[r * base.cols + features[f]!]!;
  }
  return out;
}
