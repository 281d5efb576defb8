// Textbook matrix products, one sum at a time: the references the fast products are tested
// against (tests only).

/** A B^T for A (m x k) and B (n x k), one dot product at a time. */
export function naiveProduct(a: Float64Array, b: Float64Array, m: number, n: number, k: number) {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      for (let p = 0; p < k; p++)
        c[i * n + j] = (c[i * n + j] ?? 0) + (a[i * k + p] ?? 0) * (b[j * k + p] ?? 0);
  return c;
}

/** A^T B for A (rows x m) and B (rows x n), one sum over the rows at a time. */
export function naiveLeftProduct(
  a: Float64Array,
  b: Float64Array,
  m: number,
  n: number,
  rows: number,
) {
  const c = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      for (let r = 0; r < rows; r++)
        c[i * n + j] = (c[i * n + j] ?? 0) + (a[r * m + i] ?? 0) * (b[r * n + j] ?? 0);
  return c;
}
