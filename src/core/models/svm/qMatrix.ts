import { KernelCache, type CacheArray, type CachePrecision } from './kernelCache';
import { kernelRowFiller, kernelValue, type KernelRows } from './kernelFunctions';
import type { KernelParams } from './svmTypes';

/**
 * The Hessian of the dual problem without its signs, seen by the solver one row at a time:
 * Q[s][t] = y_s y_t row(s)[t], so for both C-SVC and SVR row(s)[t] is a kernel value. Rows are
 * valid for the variables the solver reported active (all of them when `needFull`).
 */
export interface QMatrix {
  readonly size: number;
  /** row(t)[t] for every variable t. */
  readonly diagonal: Float64Array;
  row(i: number, needFull: boolean): CacheArray;
  /** The first `count` entries of `order` are now the active variables (a subset of before). */
  shrink(order: Int32Array, count: number): void;
  /** Every variable is active again. */
  activateAll(): void;
}

export interface QMatrixOptions {
  readonly cacheBytes: number;
  readonly precision: CachePrecision;
}

function kernelDiagonal(params: KernelParams, data: KernelRows): Float64Array {
  const diagonal = new Float64Array(data.rows);
  for (let r = 0; r < data.rows; r++) diagonal[r] = kernelValue(params, data, r, data, r);
  return diagonal;
}

/** C-SVC: one variable per row, so a row is the cached kernel row itself. */
export function classificationQ(
  params: KernelParams,
  data: KernelRows,
  options: QMatrixOptions,
): QMatrix & { readonly cache: KernelCache } {
  const fill = kernelRowFiller(params, data);
  const cache = new KernelCache(data.rows, options.cacheBytes, options.precision, fill);
  return {
    size: data.rows,
    diagonal: kernelDiagonal(params, data),
    cache,
    row: (i, needFull) => cache.get(i, needFull),
    shrink: (order, count) => cache.shrinkColumns(order, count),
    activateAll: () => cache.activateAll(),
  };
}

/**
 * Epsilon-SVR: 2n variables (alpha for t < n, alpha* for t >= n) over n rows, so
 * row(i)[t] = K(x_{i mod n}, x_{t mod n}). Kernel rows are cached once per data row and spread
 * over the 2n variables in two alternating buffers, so rows i and j can be held together.
 */
export function regressionQ(
  params: KernelParams,
  data: KernelRows,
  options: QMatrixOptions,
): QMatrix & { readonly cache: KernelCache } {
  const n = data.rows;
  const cache = new KernelCache(
    n,
    options.cacheBytes,
    options.precision,
    kernelRowFiller(params, data),
  );
  const kernelDiag = kernelDiagonal(params, data);
  const diagonal = new Float64Array(2 * n);
  diagonal.set(kernelDiag, 0);
  diagonal.set(kernelDiag, n);
  const spreadRows = [new Float64Array(2 * n), new Float64Array(2 * n)] as const;
  let nextBuffer = 0;
  let activeVariables: Int32Array = Int32Array.from({ length: 2 * n }, (_, k) => k);
  let activeCount = 2 * n;

  // Kernel columns in the cache's terms: data rows with an active variable first, then the rest.
  const shrinkKernelColumns = (): void => {
    const seen = new Uint8Array(n);
    const order = new Int32Array(n);
    let count = 0;
    for (let k = 0; k < activeCount; k++) {
      const v = activeVariables[k]!;
      const r = v < n ? v : v - n;
      if (seen[r] === 0) {
        seen[r] = 1;
        order[count++] = r;
      }
    }
    let rest = count;
    for (let r = 0; r < n; r++) if (seen[r] === 0) order[rest++] = r;
    cache.shrinkColumns(order, count);
  };

  const row = (i: number, needFull: boolean): CacheArray => {
    const kernelRow = cache.get(i < n ? i : i - n, needFull);
    const out = spreadRows[nextBuffer]!;
    nextBuffer = 1 - nextBuffer;
    if (needFull) {
      out.set(kernelRow, 0);
      out.set(kernelRow, n);
      return out;
    }
    for (let k = 0; k < activeCount; k++) {
      const t = activeVariables[k]!;
      out[t] = kernelRow[t < n ? t : t - n]!;
    }
    return out;
  };

  return {
    size: 2 * n,
    diagonal,
    cache,
    row,
    shrink: (order, count) => {
      activeVariables = order;
      activeCount = count;
      shrinkKernelColumns();
    },
    activateAll: () => {
      activeCount = 2 * n;
      cache.activateAll();
    },
  };
}
