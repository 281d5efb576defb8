/*
 * Rank-revealing re-triangularisation of a small matrix (typically the R of a tall design with
 * the response appended). Columns are taken in order; one whose part orthogonal to the columns
 * already taken is below `tolerance` times its own norm is deferred to the end of the candidate
 * columns (LINPACK dqrdc2-style limited pivoting), so the first of two aliased columns is kept.
 */

/** The result of pivotedTriangle: R with columns permuted as `order`, the first `rank` kept. */
export interface PivotedTriangle {
  readonly size: number;
  /** Row-major size × size; column c holds original column order[c]. */
  readonly r: Float64Array;
  readonly order: readonly number[];
  /** Number of independent candidate columns; they occupy positions 0..rank-1. */
  readonly rank: number;
}

/** Relative tolerance below which a column counts as a combination of the earlier ones. */
export const ALIAS_TOLERANCE = 1e-7;

function columnNorm(a: Float64Array, size: number, column: number, fromRow: number): number {
  let sum = 0;
  for (let i = fromRow; i < size; i += 1) sum += a[i * size + column]! * a[i * size + column]!;
  return Math.sqrt(sum);
}

function moveColumnToPosition(a: Float64Array, size: number, from: number, to: number): void {
  for (let i = 0; i < size; i += 1) {
    const held = a[i * size + from]!;
    for (let c = from; c < to; c += 1) a[i * size + c] = a[i * size + c + 1]!;
    a[i * size + to] = held;
  }
}

function reflectBelow(a: Float64Array, size: number, k: number, norm: number): void {
  const diagonal = a[k * size + k]!;
  const beta = diagonal >= 0 ? -norm : norm;
  const vScale = 1 / (diagonal - beta);
  for (let i = k + 1; i < size; i += 1) a[i * size + k] = a[i * size + k]! * vScale;
  const tau = (beta - diagonal) / beta;
  for (let j = k + 1; j < size; j += 1) {
    let dot = a[k * size + j]!;
    for (let i = k + 1; i < size; i += 1) dot += a[i * size + k]! * a[i * size + j]!;
    const weight = tau * dot;
    a[k * size + j] = a[k * size + j]! - weight;
    for (let i = k + 1; i < size; i += 1)
      a[i * size + j] = a[i * size + j]! - weight * a[i * size + k]!;
  }
  a[k * size + k] = beta;
  for (let i = k + 1; i < size; i += 1) a[i * size + k] = 0;
}

/**
 * Triangularises a square row-major matrix whose last `responseColumns` columns are responses
 * (never deferred, never counted in the rank), deferring aliased candidate columns.
 */
export function pivotedTriangle(
  matrix: Float64Array,
  size: number,
  responseColumns: number,
  tolerance = ALIAS_TOLERANCE,
): PivotedTriangle {
  const a = Float64Array.from(matrix);
  const order = Array.from({ length: size }, (_, column) => column);
  const originalNorms = order.map((column) => columnNorm(a, size, column, 0));
  let candidates = size - responseColumns;
  let k = 0;
  while (k < candidates) {
    const remaining = columnNorm(a, size, k, k);
    if (remaining <= tolerance * originalNorms[order[k]!]! || remaining === 0) {
      const lastCandidate = size - responseColumns - 1;
      moveColumnToPosition(a, size, k, lastCandidate);
      order.splice(lastCandidate, 0, ...order.splice(k, 1));
      candidates -= 1;
      continue;
    }
    reflectBelow(a, size, k, remaining);
    k += 1;
  }
  return { size, r: a, order, rank: k };
}
