/** Rows for a linear solver: row-major `x`, with a bias column of 1s appended implicitly. */
export interface LinearRows {
  readonly x: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

/** w . x_i + bias, with `w` holding the bias last. */
export function linearDecision(w: Float64Array, data: LinearRows, row: number): number {
  const { x, cols } = data;
  const offset = row * cols;
  let sum = w[cols]!;
  for (let f = 0; f < cols; f++) sum += w[f]! * x[offset + f]!;
  return sum;
}

/** w += step * [x_i, 1]. */
export function addScaledRow(w: Float64Array, data: LinearRows, row: number, step: number): void {
  const { x, cols } = data;
  const offset = row * cols;
  for (let f = 0; f < cols; f++) w[f] = w[f]! + step * x[offset + f]!;
  w[cols] = w[cols]! + step;
}

/** ||[x_i, 1]||^2 for every row, plus `extra` (the loss's diagonal term). */
export function rowNormsWithBias(data: LinearRows, extra: number): Float64Array {
  const norms = new Float64Array(data.rows);
  for (let r = 0; r < data.rows; r++) {
    let sum = 1 + extra;
    for (let f = 0; f < data.cols; f++) sum += data.x[r * data.cols + f]! ** 2;
    norms[r] = sum;
  }
  return norms;
}
