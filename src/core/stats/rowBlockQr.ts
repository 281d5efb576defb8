/*
 * The R factor of a tall n × q matrix, built from rows streamed in blocks: each block is stacked
 * under the current R and reduced by Householder reflections. Memory is O(q² + block · q), never
 * n × n, and the cost is about 2 n q² flops. Only the triangle is kept (Q is never formed).
 */

const DEFAULT_BLOCK_ROWS = 128;

/** Running state of a streamed QR; create with createRowBlockQr, feed with appendQrRow. */
export interface RowBlockQr {
  readonly columns: number;
  readonly blockRows: number;
  /** Upper-triangular R so far, row-major q × q. */
  readonly r: Float64Array;
  /** Pending rows, column-major: value of column j in pending row i is `block[j * blockRows + i]`. */
  readonly block: Float64Array;
  pending: number;
}

/** Starts an empty streamed QR for rows of `columns` values. */
export function createRowBlockQr(columns: number, blockRows = DEFAULT_BLOCK_ROWS): RowBlockQr {
  return {
    columns,
    blockRows,
    r: new Float64Array(columns * columns),
    block: new Float64Array(columns * blockRows),
    pending: 0,
  };
}

/** Adds one row (length q) to the streamed QR. */
export function appendQrRow(qr: RowBlockQr, row: ArrayLike<number>): void {
  const { block, blockRows, columns } = qr;
  const slot = qr.pending;
  for (let j = 0; j < columns; j += 1) block[j * blockRows + slot] = row[j]!;
  commitQrRow(qr);
}

/**
 * Marks the row written straight into `block` at slot `pending` (column j at
 * `j * blockRows + pending`) as added; the fast path for callers that build rows in place.
 */
export function commitQrRow(qr: RowBlockQr): void {
  qr.pending += 1;
  if (qr.pending === qr.blockRows) absorbPendingRows(qr);
}

/** Absorbs any pending rows and returns R (row-major q × q, upper triangular). */
export function finishRowBlockQr(qr: RowBlockQr): Float64Array {
  if (qr.pending > 0) absorbPendingRows(qr);
  return qr.r;
}

interface BlockShape {
  readonly blockRows: number;
  readonly columns: number;
  /** Pending rows in the block. */
  readonly count: number;
}

/** Householder reflector zeroing column k of the block against R[k][k]; returns τ (0: none). */
function reflectColumn(qr: RowBlockQr, k: number, count: number): number {
  const { r, block, blockRows, columns } = qr;
  const base = k * blockRows;
  let tailSquares = 0;
  for (let i = 0; i < count; i += 1) tailSquares += block[base + i]! * block[base + i]!;
  if (tailSquares === 0) return 0;
  const diagonal = r[k * columns + k]!;
  const norm = Math.sqrt(diagonal * diagonal + tailSquares);
  const beta = diagonal >= 0 ? -norm : norm;
  const vScale = 1 / (diagonal - beta);
  for (let i = 0; i < count; i += 1) block[base + i] = block[base + i]! * vScale;
  r[k * columns + k] = beta;
  return (beta - diagonal) / beta;
}

/** Applies reflector k (τ, v in block column k) to columns j..j+3 of [R; block]. */
function applyToFourColumns(
  r: Float64Array,
  block: Float64Array,
  shape: BlockShape,
  k: number,
  j: number,
  tau: number,
): void {
  const { blockRows, columns, count } = shape;
  const base = k * blockRows;
  const o1 = j * blockRows;
  const o2 = o1 + blockRows;
  const o3 = o2 + blockRows;
  const o4 = o3 + blockRows;
  const rowStart = k * columns + j;
  let d1 = r[rowStart]!;
  let d2 = r[rowStart + 1]!;
  let d3 = r[rowStart + 2]!;
  let d4 = r[rowStart + 3]!;
  for (let i = 0; i < count; i += 1) {
    const v = block[base + i]!;
    d1 += v * block[o1 + i]!;
    d2 += v * block[o2 + i]!;
    d3 += v * block[o3 + i]!;
    d4 += v * block[o4 + i]!;
  }
  const w1 = tau * d1;
  const w2 = tau * d2;
  const w3 = tau * d3;
  const w4 = tau * d4;
  r[rowStart] = r[rowStart]! - w1;
  r[rowStart + 1] = r[rowStart + 1]! - w2;
  r[rowStart + 2] = r[rowStart + 2]! - w3;
  r[rowStart + 3] = r[rowStart + 3]! - w4;
  for (let i = 0; i < count; i += 1) {
    const v = block[base + i]!;
    block[o1 + i] = block[o1 + i]! - w1 * v;
    block[o2 + i] = block[o2 + i]! - w2 * v;
    block[o3 + i] = block[o3 + i]! - w3 * v;
    block[o4 + i] = block[o4 + i]! - w4 * v;
  }
}

/** Applies reflector k to one column j of [R; block]. */
function applyToColumn(
  r: Float64Array,
  block: Float64Array,
  shape: BlockShape,
  k: number,
  j: number,
  tau: number,
): void {
  const { blockRows, columns, count } = shape;
  const base = k * blockRows;
  const other = j * blockRows;
  let dot = r[k * columns + j]!;
  for (let i = 0; i < count; i += 1) dot += block[base + i]! * block[other + i]!;
  const weight = tau * dot;
  r[k * columns + j] = r[k * columns + j]! - weight;
  for (let i = 0; i < count; i += 1)
    block[other + i] = block[other + i]! - weight * block[base + i]!;
}

/**
 * Zeroes the pending block against R. Column k of [R; block] is non-zero only at R's diagonal
 * and in the block, so each reflector touches one row of R and the block rows. Columns are
 * updated four at a time, which roughly halves the time in V8 (fewer loads of v, fewer loops).
 */
function absorbPendingRows(qr: RowBlockQr): void {
  const { r, block, columns } = qr;
  const shape: BlockShape = { blockRows: qr.blockRows, columns, count: qr.pending };
  for (let k = 0; k < columns; k += 1) {
    const tau = reflectColumn(qr, k, shape.count);
    if (tau === 0) continue;
    let j = k + 1;
    for (; j + 3 < columns; j += 4) applyToFourColumns(r, block, shape, k, j, tau);
    for (; j < columns; j += 1) applyToColumn(r, block, shape, k, j, tau);
  }
  qr.pending = 0;
}
