/*
 * Small dense symmetric positive-definite systems, row-major Float64Array of size n × n.
 * Used for Newton steps and inverse Hessians, where n is the number of parameters.
 */

/**
 * Cholesky factor L (lower triangle, row-major) of a symmetric positive-definite matrix, reading
 * only its lower triangle; null when the matrix is not numerically positive definite.
 */
export function choleskyFactor(matrix: Float64Array, size: number): Float64Array | null {
  const lower = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = matrix[i * size + j] ?? 0;
      for (let k = 0; k < j; k += 1) sum -= (lower[i * size + k] ?? 0) * (lower[j * size + k] ?? 0);
      if (i === j) {
        const scale = Math.abs(matrix[i * size + i] ?? 0);
        if (!(sum > 1e-14 * scale) || !(sum > 0)) return null;
        lower[i * size + i] = Math.sqrt(sum);
      } else {
        lower[i * size + j] = sum / (lower[j * size + j] ?? 1);
      }
    }
  }
  return lower;
}

/** Solves L Lᵀ x = b given the Cholesky factor L. */
export function choleskySolve(lower: Float64Array, size: number, rhs: Float64Array): Float64Array {
  const x = Float64Array.from(rhs);
  for (let i = 0; i < size; i += 1) {
    let sum = x[i] ?? 0;
    for (let k = 0; k < i; k += 1) sum -= (lower[i * size + k] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i * size + i] ?? 1);
  }
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = x[i] ?? 0;
    for (let k = i + 1; k < size; k += 1) sum -= (lower[k * size + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (lower[i * size + i] ?? 1);
  }
  return x;
}

/** Inverse of the matrix L Lᵀ, given its Cholesky factor L. */
export function choleskyInverse(lower: Float64Array, size: number): Float64Array {
  const inverse = new Float64Array(size * size);
  const unit = new Float64Array(size);
  for (let column = 0; column < size; column += 1) {
    unit.fill(0);
    unit[column] = 1;
    const solved = choleskySolve(lower, size, unit);
    for (let row = 0; row < size; row += 1) inverse[row * size + column] = solved[row] ?? 0;
  }
  return inverse;
}
