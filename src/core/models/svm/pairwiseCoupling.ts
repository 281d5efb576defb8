// Pairwise estimates are kept off 0 and 1, so no class is ruled out by a single pair.
const MIN_PAIR_PROBABILITY = 1e-7;

/** Solves the square system `matrix * x = rhs` (row-major, n x n) by Gaussian elimination. */
function solveLinearSystem(matrix: Float64Array, rhs: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    }
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const held = a[col * n + c]!;
        a[col * n + c] = a[pivot * n + c]!;
        a[pivot * n + c] = held;
      }
      const held = b[col]!;
      b[col] = b[pivot]!;
      b[pivot] = held;
    }
    const diagonal = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const factor = a[r * n + col]! / diagonal;
      if (factor === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c] = a[r * n + c]! - factor * a[col * n + c]!;
      b[r] = b[r]! - factor * b[col]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let sum = b[r]!;
    for (let c = r + 1; c < n; c++) sum -= a[r * n + c]! * x[c]!;
    x[r] = sum / a[r * n + r]!;
  }
  return x;
}

/**
 * Class probabilities from pairwise ones, method 2 of Wu, Lin & Weng (JMLR 2004): minimise
 * sum over i != j of (r_ji p_i - r_ij p_j)^2 subject to sum(p) = 1, solved directly through its
 * (k+1) x (k+1) optimality system. `pairwise[i * k + j]` = P(class i | class i or j).
 */
export function coupleProbabilities(pairwise: Float64Array, k: number): Float64Array {
  const clip = (value: number): number =>
    Math.min(1 - MIN_PAIR_PROBABILITY, Math.max(MIN_PAIR_PROBABILITY, value));
  const size = k + 1;
  const system = new Float64Array(size * size);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      const rij = clip(pairwise[i * k + j]!);
      const rji = clip(pairwise[j * k + i]!);
      system[i * size + i] = system[i * size + i]! + 2 * rji * rji;
      system[i * size + j] = -2 * rji * rij;
    }
    system[i * size + k] = 1;
    system[k * size + i] = 1;
  }
  const rhs = new Float64Array(size);
  rhs[k] = 1;
  const solution = solveLinearSystem(system, rhs, size);
  const probabilities = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i++) {
    // The optimum is non-negative in theory; rounding can leave a tiny negative.
    probabilities[i] = Math.max(0, solution[i]!);
    total += probabilities[i]!;
  }
  for (let i = 0; i < k; i++) probabilities[i] = probabilities[i]! / total;
  return probabilities;
}
