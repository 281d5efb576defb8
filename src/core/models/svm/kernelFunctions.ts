import type { Matrix } from '../modelTypes';
import { fillRbfRow, type KernelRowJob } from './rbfRow';
import type { KernelParams, SvmOptions } from './svmTypes';

/** Gamma as scikit-learn resolves it: 'scale' = 1 / (cols * var(X)), 'auto' = 1 / cols. */
export function resolveGamma(gamma: SvmOptions['gamma'], data: Matrix): number {
  if (typeof gamma === 'number') return gamma;
  if (gamma === 'auto') return 1 / data.cols;
  const { x } = data;
  let mean = 0;
  for (let k = 0; k < x.length; k++) mean += x[k] ?? 0;
  mean /= x.length;
  let sumSquares = 0;
  for (let k = 0; k < x.length; k++) {
    const d = (x[k] ?? 0) - mean;
    sumSquares += d * d;
  }
  const variance = sumSquares / x.length;
  // scikit-learn falls back to 1 when every value is the same.
  return variance > 0 ? 1 / (data.cols * variance) : 1;
}

/** Squared Euclidean norm of every row, so RBF needs one dot product per kernel value. */
export function rowSquaredNorms(x: Float64Array, rows: number, cols: number): Float64Array {
  const norms = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    const offset = r * cols;
    for (let k = 0; k < cols; k++) {
      const value = x[offset + k] ?? 0;
      sum += value * value;
    }
    norms[r] = sum;
  }
  return norms;
}

/**
 * Dot product of `length` values starting at offsets `a` of `xa` and `b` of `xb`. Four running
 * sums break the dependency chain: about 1.5x faster in V8 than one sum.
 */
export function dotAt(xa: Float64Array, a: number, xb: Float64Array, b: number, length: number) {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const end4 = length - (length & 3);
  let f = 0;
  for (; f < end4; f += 4) {
    s0 += xa[a + f]! * xb[b + f]!;
    s1 += xa[a + f + 1]! * xb[b + f + 1]!;
    s2 += xa[a + f + 2]! * xb[b + f + 2]!;
    s3 += xa[a + f + 3]! * xb[b + f + 3]!;
  }
  for (; f < length; f++) s0 += xa[a + f]! * xb[b + f]!;
  return s0 + s1 + (s2 + s3);
}

/** Dot product of row `a` of `xa` and row `b` of `xb`, both with `cols` values per row. */
function rowDot(xa: Float64Array, a: number, xb: Float64Array, b: number, cols: number): number {
  return dotAt(xa, a * cols, xb, b * cols, cols);
}

/** Kernel value from a dot product and the two squared norms (norms are only read by RBF). */
function kernelFromDot(
  params: KernelParams,
  dot: number,
  squaredNormA: number,
  squaredNormB: number,
): number {
  switch (params.kind) {
    case 'linear':
      return dot;
    case 'rbf':
      return Math.exp(-params.gamma * Math.max(0, squaredNormA + squaredNormB - 2 * dot));
    case 'poly':
      return (params.gamma * dot + params.coef0) ** params.degree;
  }
}

/** The rows of one data set with what kernel evaluation needs precomputed. */
export interface KernelRows {
  readonly x: Float64Array;
  readonly rows: number;
  readonly cols: number;
  readonly squaredNorms: Float64Array;
}

/** Wraps a matrix for kernel evaluation. */
export function kernelRows(data: Matrix): KernelRows {
  return {
    x: data.x,
    rows: data.rows,
    cols: data.cols,
    squaredNorms: rowSquaredNorms(data.x, data.rows, data.cols),
  };
}

/** K(a_i, b_j) for rows i of `a` and j of `b`. */
export function kernelValue(
  params: KernelParams,
  a: KernelRows,
  i: number,
  b: KernelRows,
  j: number,
): number {
  const dot = rowDot(a.x, i, b.x, j, a.cols);
  return kernelFromDot(params, dot, a.squaredNorms[i] ?? 0, b.squaredNorms[j] ?? 0);
}

/** Writes the kernel values of `row` for the first `count` entries `c` of `columns` into `out[c]`. */
export type KernelRowFiller = (
  row: number,
  columns: Int32Array,
  count: number,
  out: Float32Array | Float64Array,
) => void;

/**
 * Kernel values of one row against columns: out[c] = K(row, x_c) for the first `count` c of
 * `columns`. RBF goes through fillRbfRow (one fused loop with an inlined exp; Math.exp is a call, which made
 * the loop about twice as slow). Values are final before the (maybe 32-bit) store.
 */
export function fillKernelRow(
  params: KernelParams,
  job: KernelRowJob,
  columns: Int32Array,
  count: number,
  out: Float32Array | Float64Array,
): void {
  if (params.kind === 'rbf') {
    fillRbfRow(job, columns, count, out);
    return;
  }
  const { rowX, offset, x, cols, gamma } = job;
  const { coef0, degree } = params;
  for (let k = 0; k < count; k++) {
    const column = columns[k]!;
    const dot = dotAt(rowX, offset, x, column * cols, cols);
    out[column] = params.kind === 'linear' ? dot : (gamma * dot + coef0) ** degree;
  }
}

/**
 * The solver's hot path: kernel rows between a row of `rowData` and rows (columns) of `data`,
 * which is also `rowData` unless given.
 */
export function kernelRowFiller(
  params: KernelParams,
  data: KernelRows,
  rowData: KernelRows = data,
): KernelRowFiller {
  const { x, cols, squaredNorms } = data;
  const { gamma } = params;
  return (row, columns, count, out) => {
    const norm = rowData.squaredNorms[row]!;
    const job = { rowX: rowData.x, offset: row * cols, norm, x, cols, squaredNorms, gamma };
    fillKernelRow(params, job, columns, count, out);
  };
}
