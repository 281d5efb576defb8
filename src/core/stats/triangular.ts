/*
 * Upper-triangular helpers for the R factor of a QR decomposition, stored row-major in a
 * Float64Array whose row stride is `stride` (the factor may be the top-left corner of a larger one).
 */

/** Solves R x = b for upper-triangular R (size × size, row stride `stride`). */
export function solveUpper(
  r: Float64Array,
  size: number,
  stride: number,
  rhs: ArrayLike<number>,
): Float64Array {
  const x = new Float64Array(size);
  for (let i = size - 1; i >= 0; i -= 1) {
    let sum = rhs[i] ?? 0;
    for (let k = i + 1; k < size; k += 1) sum -= (r[i * stride + k] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (r[i * stride + i] ?? 1);
  }
  return x;
}

/** Inverse of an upper-triangular R, itself upper triangular (size × size, row-major, dense). */
export function invertUpper(r: Float64Array, size: number, stride: number): Float64Array {
  const inverse = new Float64Array(size * size);
  for (let column = size - 1; column >= 0; column -= 1) {
    inverse[column * size + column] = 1 / (r[column * stride + column] ?? 1);
    for (let i = column - 1; i >= 0; i -= 1) {
      let sum = 0;
      for (let k = i + 1; k <= column; k += 1) {
        sum += (r[i * stride + k] ?? 0) * (inverse[k * size + column] ?? 0);
      }
      inverse[i * size + column] = -sum / (r[i * stride + i] ?? 1);
    }
  }
  return inverse;
}

/** (RᵀR)⁻¹ = R⁻¹ R⁻ᵀ from the inverse of R (size × size, row-major, dense). */
export function gramInverseFromInverseR(inverseR: Float64Array, size: number): Float64Array {
  const gram = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = i; j < size; j += 1) {
      let sum = 0;
      // Row i of R⁻¹ is zero before column i, so start at the later of the two rows.
      for (let k = j; k < size; k += 1) {
        sum += (inverseR[i * size + k] ?? 0) * (inverseR[j * size + k] ?? 0);
      }
      gram[i * size + j] = sum;
      gram[j * size + i] = sum;
    }
  }
  return gram;
}
