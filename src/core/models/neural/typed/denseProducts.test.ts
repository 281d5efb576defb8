import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../prep/split/seededRandom';
import { addBias, columnSumsInto, multiplyTransposed, transposeInto } from './denseProducts';
import { naiveProduct } from './naiveProducts';

function uniforms(count: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: count }, () => random() * 2 - 1);
}

describe('typed-array matrix products', () => {
  // Odd row counts and column counts that are not a multiple of 4 exercise every remainder loop.
  it.each([
    [1, 1, 1],
    [2, 4, 3],
    [5, 7, 20],
    [200, 64, 20],
    [64, 1, 199],
    [3, 10, 0],
  ])('multiplyTransposed gives A B^T for %i x %i outputs over %i terms', (m, n, k) => {
    const a = uniforms(m * k, 1);
    const b = uniforms(n * k, 2);
    const c = new Float64Array(m * n).fill(NaN);
    multiplyTransposed(a, b, c, m, n, k);
    const expected = naiveProduct(a, b, m, n, k);
    c.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12));
  });

  it('only writes the first m x n outputs of a larger buffer', () => {
    const c = new Float64Array(20).fill(7);
    multiplyTransposed(uniforms(6, 3), uniforms(6, 4), c, 3, 2, 2);
    expect([...c.subarray(6)]).toEqual(new Array(14).fill(7));
  });

  it('transposes, adds biases per column and sums columns', () => {
    const values = Float64Array.from([1, 2, 3, 4, 5, 6]); // 2 x 3
    const transposed = new Float64Array(6);
    transposeInto(values, 2, 3, transposed);
    expect([...transposed]).toEqual([1, 4, 2, 5, 3, 6]);
    addBias(values, 2, Float64Array.from([10, 20, 30]));
    expect([...values]).toEqual([11, 22, 33, 14, 25, 36]);
    const sums = new Float64Array(4).fill(9);
    columnSumsInto(Float64Array.from([1, 2, 3, 4, 5, 6]), 2, 3, sums);
    expect([...sums]).toEqual([5, 7, 9, 9]);
  });
});
