/** Rows are processed in chunks, column-major, so inner loops run over contiguous rows. */
export const CHUNK_ROWS = 256;

/** A chunk of standardised rows and their class probabilities, column-major. */
export interface SoftmaxChunk {
  count: number;
  start: number;
  /** q × CHUNK_ROWS: z[j * CHUNK_ROWS + i], with z_0 = 1. */
  readonly z: Float64Array;
  /** classCount × CHUNK_ROWS. */
  readonly probabilities: Float64Array;
  readonly weights: Float64Array;
  readonly weighted: Float64Array;
}

/** Σ_i weighted_i z_ik for k = from..from+3, added to four consecutive Hessian entries. */
function addFourDots(
  z: Float64Array,
  weighted: Float64Array,
  count: number,
  from: number,
  hessian: Float64Array,
  at: number,
): void {
  const o1 = from * CHUNK_ROWS;
  const o2 = o1 + CHUNK_ROWS;
  const o3 = o2 + CHUNK_ROWS;
  const o4 = o3 + CHUNK_ROWS;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < count; i += 1) {
    const w = weighted[i]!;
    s1 += w * z[o1 + i]!;
    s2 += w * z[o2 + i]!;
    s3 += w * z[o3 + i]!;
    s4 += w * z[o4 + i]!;
  }
  hessian[at] = hessian[at]! + s1;
  hessian[at + 1] = hessian[at + 1]! + s2;
  hessian[at + 2] = hessian[at + 2]! + s3;
  hessian[at + 3] = hessian[at + 3]! + s4;
}

/**
 * Adds Zᵀ diag(weights) Z (upper triangle when `diagonal`) to one block pair of the Hessian,
 * whose entry (j, k) is at `base + j · width + k`.
 */
function addWeightedGram(
  chunk: SoftmaxChunk,
  q: number,
  diagonal: boolean,
  hessian: Float64Array,
  base: number,
  width: number,
): void {
  const { z, weights, weighted, count } = chunk;
  for (let j = 0; j < q; j += 1) {
    const rowStart = base + j * width;
    const column = j * CHUNK_ROWS;
    for (let i = 0; i < count; i += 1) weighted[i] = weights[i]! * z[column + i]!;
    let k = diagonal ? j : 0;
    for (; k + 3 < q; k += 4) addFourDots(z, weighted, count, k, hessian, rowStart + k);
    for (; k < q; k += 1) {
      const other = k * CHUNK_ROWS;
      let sum = 0;
      for (let i = 0; i < count; i += 1) sum += weighted[i]! * z[other + i]!;
      hessian[rowStart + k] = hessian[rowStart + k]! + sum;
    }
  }
}

/**
 * Adds the chunk's contribution to the upper triangle of the softmax Hessian: block (a, b) is
 * Σ_i p_ia (δ_ab − p_ib) z_i z_iᵀ, for predictors a ≤ b.
 */
export function addChunkHessian(
  logitClasses: Int32Array,
  q: number,
  chunk: SoftmaxChunk,
  hessian: Float64Array,
): void {
  const m = logitClasses.length;
  const width = m * q;
  const { probabilities, weights, count } = chunk;
  for (let a = 0; a < m; a += 1) {
    const first = logitClasses[a]! * CHUNK_ROWS;
    for (let b = a; b < m; b += 1) {
      const second = logitClasses[b]! * CHUNK_ROWS;
      for (let i = 0; i < count; i += 1) {
        const pa = probabilities[first + i]!;
        weights[i] = a === b ? pa * (1 - pa) : -pa * probabilities[second + i]!;
      }
      addWeightedGram(chunk, q, a === b, hessian, a * q * width + b * q, width);
    }
  }
}
