// The matrix products of the typed-array training step. Every product is written as C = A B^T
// (each output is a dot product of two contiguous rows), computed in 2 x 4 blocks: eight running
// sums stay in registers and each loaded value is used two or four times. In V8 this ran 3-4x
// faster than the row-times-matrix (axpy) order and, in Float64Array, 1.5-2.5x faster than the
// same loops in Float32Array (see docs/decisions.md). Training uses them where WebAssembly SIMD is
// missing, and for arrays outside a product arena's memory (productArena.ts).

/** c (m x n) = a (m x k) times the transpose of b (n x k); all row-major. */
export function multiplyTransposed(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  m: number,
  n: number,
  k: number,
): void {
  let row = 0;
  for (; row + 1 < m; row += 2) twoRows(a, b, c, row, n, k);
  if (row < m) oneRow(a, b, c, row, n, k);
}

/** Rows `row` and `row + 1` of c, four columns at a time. */
function twoRows(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  row: number,
  n: number,
  k: number,
): void {
  const a0 = row * k;
  const a1 = a0 + k;
  const c0 = row * n;
  const c1 = c0 + n;
  let col = 0;
  for (; col + 3 < n; col += 4) {
    const b0 = col * k;
    const b1 = b0 + k;
    const b2 = b1 + k;
    const b3 = b2 + k;
    let s00 = 0;
    let s01 = 0;
    let s02 = 0;
    let s03 = 0;
    let s10 = 0;
    let s11 = 0;
    let s12 = 0;
    let s13 = 0;
    for (let i = 0; i < k; i++) {
      const x0 = a[a0 + i] as number;
      const x1 = a[a1 + i] as number;
      const w0 = b[b0 + i] as number;
      const w1 = b[b1 + i] as number;
      const w2 = b[b2 + i] as number;
      const w3 = b[b3 + i] as number;
      s00 += x0 * w0;
      s01 += x0 * w1;
      s02 += x0 * w2;
      s03 += x0 * w3;
      s10 += x1 * w0;
      s11 += x1 * w1;
      s12 += x1 * w2;
      s13 += x1 * w3;
    }
    c[c0 + col] = s00;
    c[c0 + col + 1] = s01;
    c[c0 + col + 2] = s02;
    c[c0 + col + 3] = s03;
    c[c1 + col] = s10;
    c[c1 + col + 1] = s11;
    c[c1 + col + 2] = s12;
    c[c1 + col + 3] = s13;
  }
  for (; col < n; col++) {
    const b0 = col * k;
    let s0 = 0;
    let s1 = 0;
    for (let i = 0; i < k; i++) {
      const w = b[b0 + i] as number;
      s0 += (a[a0 + i] as number) * w;
      s1 += (a[a1 + i] as number) * w;
    }
    c[c0 + col] = s0;
    c[c1 + col] = s1;
  }
}

/** Row `row` of c, one dot product per column (the odd last row). */
function oneRow(
  a: Float64Array,
  b: Float64Array,
  c: Float64Array,
  row: number,
  n: number,
  k: number,
): void {
  const a0 = row * k;
  for (let col = 0; col < n; col++) {
    const b0 = col * k;
    let sum = 0;
    for (let i = 0; i < k; i++) sum += (a[a0 + i] as number) * (b[b0 + i] as number);
    c[row * n + col] = sum;
  }
}

/** to (cols x rows) = the transpose of from (rows x cols). */
export function transposeInto(
  from: Float64Array,
  rows: number,
  cols: number,
  to: Float64Array,
): void {
  for (let row = 0; row < rows; row++) {
    const start = row * cols;
    for (let col = 0; col < cols; col++) to[col * rows + row] = from[start + col] as number;
  }
}

/** Adds bias[j] to every row's column j of values (rows x bias.length). */
export function addBias(values: Float64Array, rows: number, bias: Float64Array): void {
  const units = bias.length;
  for (let row = 0; row < rows; row++) {
    const start = row * units;
    for (let j = 0; j < units; j++)
      values[start + j] = (values[start + j] as number) + (bias[j] as number);
  }
}

/** out[c] = the sum of column c of values (rows x cols): bias gradients from a delta. */
export function columnSumsInto(
  values: Float64Array,
  rows: number,
  cols: number,
  out: Float64Array,
): void {
  out.fill(0, 0, cols);
  for (let row = 0; row < rows; row++) {
    const start = row * cols;
    for (let col = 0; col < cols; col++)
      out[col] = (out[col] as number) + (values[start + col] as number);
  }
}
