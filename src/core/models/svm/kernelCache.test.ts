import { describe, expect, it } from 'vitest';
import { KernelCache, type CacheArray } from './kernelCache';

/** A cache over a size x size matrix with value 100 * row + column, logging every fill. */
function loggedCache(size: number, rowsInBudget: number) {
  const fills: { row: number; columns: number[] }[] = [];
  const fill = (row: number, columns: Int32Array, count: number, out: CacheArray) => {
    const filled = Array.from(columns.subarray(0, count));
    for (const column of filled) out[column] = 100 * row + column;
    fills.push({ row, columns: filled.sort((a, b) => a - b) });
  };
  const cache = new KernelCache(size, rowsInBudget * size * 8, 'float64', fill);
  return { cache, fills };
}

describe('KernelCache', () => {
  it('serves a cached row without filling it again', () => {
    const { cache, fills } = loggedCache(4, 4);
    expect([...cache.get(2, false)]).toEqual([200, 201, 202, 203]);
    expect([...cache.get(2, false)]).toEqual([200, 201, 202, 203]);
    expect(fills).toHaveLength(1);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it('holds as many rows as the byte budget allows and evicts the least recently used', () => {
    const { cache, fills } = loggedCache(5, 2);
    expect(cache.maxRows).toBe(2);
    cache.get(0, false);
    cache.get(1, false);
    cache.get(0, false); // row 1 is now the least recently used
    cache.get(2, false); // evicts row 1
    cache.get(0, false);
    cache.get(1, false);
    expect(fills.map((f) => f.row)).toEqual([0, 1, 2, 1]);
  });

  it('keeps two rows even when the budget is smaller, as the solver holds rows i and j', () => {
    const { cache } = loggedCache(10, 0);
    expect(cache.maxRows).toBe(2);
    const first = cache.get(3, false);
    cache.get(4, false);
    expect(first[5]).toBe(305);
  });

  it('fills only active columns while shrunk, and the missing ones when a full row is asked', () => {
    const { cache, fills } = loggedCache(5, 5);
    cache.shrinkColumns(Int32Array.from([4, 1, 0, 2, 3]), 2);
    cache.get(0, false);
    const full = cache.get(0, true);
    expect(fills).toEqual([
      { row: 0, columns: [1, 4] },
      { row: 0, columns: [0, 2, 3] },
    ]);
    expect([...full]).toEqual([0, 1, 2, 3, 4]);
  });

  it('completes rows filled before the active set grew back, once, with the columns they miss', () => {
    const { cache, fills } = loggedCache(5, 5);
    cache.shrinkColumns(Int32Array.from([3, 0, 1, 2, 4]), 3);
    cache.get(1, false);
    cache.shrinkColumns(Int32Array.from([0, 3, 1, 2, 4]), 2); // shrinks further: row 1 still valid
    cache.get(1, false);
    cache.activateAll();
    expect([...cache.get(1, false)]).toEqual([100, 101, 102, 103, 104]);
    cache.get(1, false);
    expect(fills).toEqual([
      { row: 1, columns: [0, 1, 3] },
      { row: 1, columns: [1, 2, 4] },
    ]);
    expect(cache.valuesFilled).toBe(6);
  });

  it('stores 32-bit values when asked to, halving the bytes per row', () => {
    const cache = new KernelCache(4, 4 * 4 * 4, 'float32', (_row, columns, count, out) => {
      for (let k = 0; k < count; k++) out[columns[k]!] = 1 / 3;
    });
    expect(cache.maxRows).toBe(4);
    const row = cache.get(0, false);
    expect(row).toBeInstanceOf(Float32Array);
    expect(row[1]).toBeCloseTo(1 / 3, 7);
  });

  it('cuts rows from shared slabs without overlap, reusing evicted rows in place', () => {
    // 2.4 MB rows: an 8 MB slab holds three, so the eight rows in budget span three slabs.
    const size = 300_000;
    const cache = new KernelCache(size, 8 * size * 8, 'float64', (row, columns, count, out) => {
      for (let k = 0; k < count; k++) out[columns[k]!] = row * size + columns[k]!;
    });
    expect(cache.maxRows).toBe(8);
    const rows = Array.from({ length: 8 }, (_, r) => cache.get(r, false));
    rows.forEach((row, r) => {
      expect(row).toHaveLength(size);
      expect([row[0], row[size - 1]]).toEqual([r * size, r * size + size - 1]);
    });
    const reused = cache.get(8, false); // evicts row 0 and takes its memory
    expect(reused.buffer === rows[0]!.buffer && reused.byteOffset === rows[0]!.byteOffset).toBe(
      true,
    );
    expect(reused[5]).toBe(8 * size + 5);
    expect(rows[1]![5]).toBe(size + 5);
  });
});
