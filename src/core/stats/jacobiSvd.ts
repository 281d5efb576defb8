/*
 * One-sided (Hestenes) Jacobi SVD for small dense matrices: plane rotations applied from the
 * right until all columns are orthogonal. Slower than Golub–Kahan but short, and it gets small
 * singular values to high relative accuracy, which condition numbers and ridge paths need.
 */

/** A = U diag(values) Vᵀ; `scaledLeft` holds U diag(values) column-major, `v` is row-major. */
export interface SingularValueDecomposition {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
  /** Column-major rows × cols: column i is σ_i u_i (so u_i = column / σ_i when σ_i > 0). */
  readonly scaledLeft: Float64Array;
  /** Row-major cols × cols: column i is v_i. */
  readonly v: Float64Array;
}

const MAX_SWEEPS = 80;

function rotatePair(
  columns: Float64Array,
  v: Float64Array,
  rows: number,
  cols: number,
  pair: readonly [number, number],
): boolean {
  const [i, j] = pair;
  let alpha = 0;
  let beta = 0;
  let gamma = 0;
  for (let k = 0; k < rows; k += 1) {
    const a = columns[i * rows + k]!;
    const b = columns[j * rows + k]!;
    alpha += a * a;
    beta += b * b;
    gamma += a * b;
  }
  if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) return false;
  const zeta = (beta - alpha) / (2 * gamma);
  const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = c * t;
  for (let k = 0; k < rows; k += 1) {
    const a = columns[i * rows + k]!;
    const b = columns[j * rows + k]!;
    columns[i * rows + k] = c * a - s * b;
    columns[j * rows + k] = s * a + c * b;
  }
  for (let k = 0; k < cols; k += 1) {
    const a = v[k * cols + i]!;
    const b = v[k * cols + j]!;
    v[k * cols + i] = c * a - s * b;
    v[k * cols + j] = s * a + c * b;
  }
  return true;
}

/** SVD of a row-major rows × cols matrix (rows ≥ cols expected; small sizes only). */
export function jacobiSvd(
  matrix: Float64Array,
  rows: number,
  cols: number,
): SingularValueDecomposition {
  const columns = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) columns[j * rows + i] = matrix[i * cols + j]!;
  }
  const v = new Float64Array(cols * cols);
  for (let j = 0; j < cols; j += 1) v[j * cols + j] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep += 1) {
    let rotated = false;
    for (let i = 0; i < cols - 1; i += 1) {
      for (let j = i + 1; j < cols; j += 1) {
        if (rotatePair(columns, v, rows, cols, [i, j])) rotated = true;
      }
    }
    if (!rotated) break;
  }
  const values = new Float64Array(cols);
  for (let j = 0; j < cols; j += 1) {
    let sum = 0;
    for (let k = 0; k < rows; k += 1) sum += columns[j * rows + k]! * columns[j * rows + k]!;
    values[j] = Math.sqrt(sum);
  }
  return { rows, cols, values, scaledLeft: columns, v };
}

/** Ratio of the largest to the smallest singular value (Infinity when singular). */
export function conditionNumber(matrix: Float64Array, rows: number, cols: number): number {
  const { values } = jacobiSvd(matrix, rows, cols);
  const largest = Math.max(...values);
  const smallest = Math.min(...values);
  return smallest > 0 ? largest / smallest : Infinity;
}
