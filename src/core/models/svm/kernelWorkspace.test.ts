import { afterEach, describe, expect, it, vi } from 'vitest';
import { KernelCache } from './kernelCache';
import { kernelRowFiller, kernelRows, type KernelRows } from './kernelFunctions';
import { createKernelWorkspace } from './kernelWorkspace';
import { seededRandom } from './seededShuffle';
import type { KernelParams, SvmKernelKind } from './svmTypes';

/** Seeded rows of uniform features in [-scale, scale), wrapped for kernel evaluation. */
function randomRows(rows: number, cols: number, seed: number, scale = 1): KernelRows {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: rows * cols }, () => scale * (2 * random() - 1));
  return kernelRows({ x, rows, cols });
}

const kernel = (kind: SvmKernelKind, gamma = 0.3): KernelParams => ({
  kind,
  gamma,
  degree: 3,
  coef0: 0.5,
});

/** Every other column of a shuffled order, so the kernel gathers columns out of order. */
function scatteredColumns(rows: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: rows }, (_, k) => k);
  for (let k = rows - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}

/** Row `row` over the first `count` of `columns`, by the workspace's fill and by JavaScript's. */
function bothFills(
  params: KernelParams,
  data: KernelRows,
  row: number,
  columns: Int32Array,
  count: number,
) {
  const storage = createKernelWorkspace().prepareFit(params, data, 1e6, 'float32');
  const wasmRow = storage.slab.subarray(0, data.rows);
  wasmRow.fill(-1);
  storage.fill(row, columns, count, wasmRow);
  const jsRow = new Float32Array(data.rows).fill(-1);
  kernelRowFiller(params, data)(row, columns, count, jsRow);
  return { simd: storage.simd, wasmRow: [...wasmRow], jsRow: [...jsRow] };
}

describe('kernel workspace: the WebAssembly SIMD row kernel', () => {
  for (const kind of ['rbf', 'linear', 'poly'] as const) {
    it(`fills ${kind} rows bit for bit as the JavaScript fill, for any feature count`, () => {
      for (const cols of [1, 2, 3, 4, 5, 7, 10, 13]) {
        const data = randomRows(41, cols, cols);
        const columns = scatteredColumns(41, cols + 100);
        for (const count of [41, 40, 17, 1, 0]) {
          const { simd, wasmRow, jsRow } = bothFills(kernel(kind), data, 5, columns, count);
          expect(simd).toBe(true);
          expect(wasmRow).toEqual(jsRow);
          // Columns not asked for are left alone.
          const asked = new Set(columns.subarray(0, count));
          expect(wasmRow.filter((_, c) => !asked.has(c)).every((v) => v === -1)).toBe(true);
          expect(wasmRow.some(Number.isNaN)).toBe(false);
        }
      }
    });
  }

  it('gives exactly zero where the RBF value underflows, and 1 on the row itself', () => {
    // Features up to 40 apart: gamma |a - b|^2 reaches thousands, far below exp's range.
    const data = randomRows(30, 3, 9, 20);
    const columns = Int32Array.from({ length: 30 }, (_, k) => k);
    const { wasmRow, jsRow } = bothFills(kernel('rbf', 2), data, 4, columns, 30);
    expect(wasmRow).toEqual(jsRow);
    expect(wasmRow.filter((v) => v === 0).length).toBeGreaterThan(10);
    expect(wasmRow[4]).toBe(1);
  });
});

describe('kernel workspace: one slab for the fits of a training', () => {
  for (const simd of [true, false]) {
    it(`reuses the same memory for the next fit (${simd ? 'WebAssembly' : 'JavaScript'})`, () => {
      const workspace = createKernelWorkspace(simd);
      const first = workspace.prepareFit(kernel('rbf'), randomRows(300, 4, 1), 200_000, 'float32');
      const second = workspace.prepareFit(kernel('rbf'), randomRows(200, 4, 2), 200_000, 'float32');
      expect(first.simd).toBe(simd);
      // 200,000 bytes hold 166 rows of 300 floats and 250 of 200: the budget, not the rows.
      expect(first.slab.length).toBe(166 * 300);
      expect(second.slab.length).toBe(200 * 200);
      expect(second.slab.buffer).toBe(first.slab.buffer);
      expect(second.slab.byteOffset).toBeLessThanOrEqual(first.slab.byteOffset);
    });
  }

  it('hands a cache its rows from the slab and evicts as a cache with its own rows does', () => {
    const data = randomRows(50, 3, 4);
    const params = kernel('rbf');
    const storage = createKernelWorkspace().prepareFit(params, data, 20 * 50 * 4, 'float32');
    const pooled = new KernelCache(50, 20 * 50 * 4, 'float32', storage.fill, storage.slab);
    const own = new KernelCache(50, 20 * 50 * 4, 'float32', kernelRowFiller(params, data));
    const random = seededRandom(3);
    for (let k = 0; k < 400; k++) {
      const row = Math.floor(random() * 50);
      const needFull = random() < 0.5;
      const pooledRow = pooled.get(row, needFull);
      expect(pooledRow.buffer).toBe(storage.slab.buffer);
      expect([...pooledRow]).toEqual([...own.get(row, needFull)]);
    }
    expect([pooled.hits, pooled.misses]).toEqual([own.hits, own.misses]);
  });

  it('refuses a slab too small for the cache', () => {
    const fill = () => {};
    expect(() => new KernelCache(10, 400, 'float32', fill, new Float32Array(50))).toThrow();
  });
});

describe('kernel workspace: JavaScript fallback', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses plain arrays and the JavaScript fill when WebAssembly is missing', () => {
    vi.stubGlobal('WebAssembly', undefined);
    const data = randomRows(20, 5, 6);
    const storage = createKernelWorkspace().prepareFit(kernel('rbf'), data, 1e6, 'float32');
    expect(storage.simd).toBe(false);
    const row = storage.slab.subarray(0, 20);
    const columns = Int32Array.from({ length: 20 }, (_, k) => k);
    storage.fill(3, columns, 20, row);
    const expected = new Float32Array(20);
    kernelRowFiller(kernel('rbf'), data)(3, columns, 20, expected);
    expect([...row]).toEqual([...expected]);
  });

  it('fills float64 caches and rows outside its memory in JavaScript', () => {
    const data = randomRows(20, 5, 7);
    const workspace = createKernelWorkspace();
    expect(workspace.prepareFit(kernel('rbf'), data, 1e6, 'float64').simd).toBe(false);
    const storage = workspace.prepareFit(kernel('poly'), data, 1e6, 'float32');
    const columns = Int32Array.from({ length: 20 }, (_, k) => k);
    const outside = new Float32Array(20);
    storage.fill(2, columns, 20, outside);
    const expected = new Float32Array(20);
    kernelRowFiller(kernel('poly'), data)(2, columns, 20, expected);
    expect([...outside]).toEqual([...expected]);
  });
});
