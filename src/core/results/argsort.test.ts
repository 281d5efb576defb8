import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { argsort } from './argsort';

/** The order a stable comparison sort gives: by value, equal values in input order, NaN last. */
function referenceOrder(values: Float64Array, descending: boolean): number[] {
  const key = (v: number) => (Number.isNaN(v) ? Infinity : v);
  const rank = (v: number) => (Number.isNaN(v) ? 1 : 0);
  return Array.from(values, (_, i) => i).sort((a, b) => {
    const va = values[a] as number;
    const vb = values[b] as number;
    const byNaN = descending ? rank(vb) - rank(va) : rank(va) - rank(vb);
    const byValue = descending ? key(vb) - key(va) : key(va) - key(vb);
    return byNaN || byValue || a - b;
  });
}

function mixedValues(n: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  // Negative and positive, tiny and huge, many exact ties, both zeros, infinities and NaN.
  const pool = [0, -0, 1e-300, -1e-300, 1e300, -1e300, Infinity, -Infinity, NaN, 0.5, -0.5];
  return Float64Array.from({ length: n }, () => {
    const u = random();
    if (u < 0.1) return pool[Math.floor(random() * pool.length)] as number;
    if (u < 0.5) return Math.round((random() - 0.5) * 20);
    return (random() - 0.5) * Math.pow(10, Math.floor(random() * 12) - 6);
  });
}

describe('argsort', () => {
  it.each([
    ['comparison path', 500],
    ['radix path', 20_000],
  ])('orders like a stable sort, ascending and descending (%s)', (_, n) => {
    const values = mixedValues(n, n);
    expect(Array.from(argsort(values))).toEqual(referenceOrder(values, false));
    expect(Array.from(argsort(values, true))).toEqual(referenceOrder(values, true));
  });

  it('keeps equal values (0 and -0 included) in input order', () => {
    const values = Float64Array.from([2, 0, 1, -0, 2, 0, 1]);
    expect(Array.from(argsort(values))).toEqual([1, 3, 5, 2, 6, 0, 4]);
    expect(Array.from(argsort(values, true))).toEqual([0, 4, 2, 6, 1, 3, 5]);
  });

  it('sorts a subarray view by its own values', () => {
    const backing = Float64Array.from([9, 3, 1, 2, 9]);
    const view = backing.subarray(1, 4);
    expect(Array.from(argsort(view))).toEqual([1, 2, 0]);
  });

  it('handles empty input', () => {
    expect(argsort(new Float64Array(0)).length).toBe(0);
  });
});
