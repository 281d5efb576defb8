import { KernelCache, type CacheArray, type CachePrecision } from './kernelCache';
import { kernelRowFiller, kernelValue, type KernelRows } from './kernelFunctions';
import type { KernelWorkspace } from './kernelWorkspace';
import type { KernelParams } from './svmTypes';

/**
 * The Hessian of the dual problem without its signs, seen by the solver one row at a time:
 * Q[s][t] = y_s y_t row(s)[columnOf[t]], so for both C-SVC and SVR a row is a kernel row. Rows
 * are valid for the columns of the variables the solver reported active (all when `needFull`).
 */
export interface QMatrix {
  readonly size: number;
  /** Q[t][t] for every variable t. */
  readonly diagonal: Float64Array;
  /** Where variable t's entry sits in every row: t for C-SVC, its data row for SVR. */
  readonly columnOf: Int32Array;
  row(i: number, needFull: boolean): CacheArray;
  /** The first `count` entries of `order` are now the active variables (a subset of before). */
  shrink(order: Int32Array, count: number): void;
  /** Every variable is active again. */
  activateAll(): void;
}

export interface QMatrixOptions {
  readonly cacheBytes: number;
  readonly precision: CachePrecision;
  /** The training's shared cache slab and row kernel; without it the cache allocates its own. */
  readonly workspace?: KernelWorkspace;
}

/** The cache of one fit, on the training's workspace when there is one. */
function fitCache(params: KernelParams, data: KernelRows, options: QMatrixOptions): KernelCache {
  const { cacheBytes, precision, workspace } = options;
  if (!workspace) {
    return new KernelCache(data.rows, cacheBytes, precision, kernelRowFiller(params, data));
  }
  const storage = workspace.prepareFit(params, data, cacheBytes, precision);
  return new KernelCache(data.rows, cacheBytes, precision, storage.fill, storage.slab);
}

function kernelDiagonal(params: KernelParams, data: KernelRows): Float64Array {
  const diagonal = new Float64Array(data.rows);
  for (let r = 0; r < data.rows; r++) diagonal[r] = kernelValue(params, data, r, data, r);
  return diagonal;
}

/**
 * Q served from a kernel-row cache, for C-SVC and SVR alike: one class (not per-fit closures), so
 * the solver's call sites see the same methods on every fit and V8 keeps its compiled code.
 */
class CachedQMatrix implements QMatrix {
  readonly size: number;

  constructor(
    readonly cache: KernelCache,
    readonly diagonal: Float64Array,
    readonly columnOf: Int32Array,
    /** Whether two variables share a kernel column (SVR); false when columnOf is the identity. */
    private readonly sharesColumns: boolean,
  ) {
    this.size = columnOf.length;
  }

  row(i: number, needFull: boolean): CacheArray {
    return this.cache.get(this.columnOf[i]!, needFull);
  }

  shrink(order: Int32Array, count: number): void {
    if (!this.sharesColumns) {
      this.cache.shrinkColumns(order, count);
      return;
    }
    const active = activeKernelColumns(order, count, this.columnOf, this.cache.size);
    this.cache.shrinkColumns(active.columns, active.count);
  }

  activateAll(): void {
    this.cache.activateAll();
  }
}

/** C-SVC: one variable per row, so a row is the cached kernel row itself. */
export function classificationQ(
  params: KernelParams,
  data: KernelRows,
  options: QMatrixOptions,
): QMatrix & { readonly cache: KernelCache } {
  const cache = fitCache(params, data, options);
  const columnOf = Int32Array.from({ length: data.rows }, (_, t) => t);
  return new CachedQMatrix(cache, kernelDiagonal(params, data), columnOf, false);
}

/**
 * Data rows with an active variable first (`count` of them), then the rest: the kernel columns
 * the cache must keep filling while the SVR variables `order[0..activeCount)` are active.
 */
export function activeKernelColumns(
  order: Int32Array,
  activeCount: number,
  columnOf: Int32Array,
  rows: number,
): { readonly columns: Int32Array; readonly count: number } {
  const seen = new Uint8Array(rows);
  const columns = new Int32Array(rows);
  let count = 0;
  for (let k = 0; k < activeCount; k++) {
    const r = columnOf[order[k]!]!;
    if (seen[r] === 0) {
      seen[r] = 1;
      columns[count++] = r;
    }
  }
  let rest = count;
  for (let r = 0; r < rows; r++) if (seen[r] === 0) columns[rest++] = r;
  return { columns, count };
}

/**
 * Epsilon-SVR: 2n variables (alpha for t < n, alpha* for t >= n) over n data rows, so variables
 * t and t + n share kernel column t. Rows are the cached kernel rows themselves, computed once
 * per data row; the solver reads them through `columnOf` instead of a 2n-long copy per fetch.
 */
export function regressionQ(
  params: KernelParams,
  data: KernelRows,
  options: QMatrixOptions,
): QMatrix & { readonly cache: KernelCache } {
  const n = data.rows;
  const cache = fitCache(params, data, options);
  const kernelDiag = kernelDiagonal(params, data);
  const diagonal = new Float64Array(2 * n);
  diagonal.set(kernelDiag, 0);
  diagonal.set(kernelDiag, n);
  const columnOf = Int32Array.from({ length: 2 * n }, (_, t) => (t < n ? t : t - n));
  return new CachedQMatrix(cache, diagonal, columnOf, true);
}
