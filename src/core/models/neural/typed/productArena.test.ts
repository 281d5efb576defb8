import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../prep/split/seededRandom';
import { createProductArena, type ProductArena } from './productArena';
import { naiveProduct, naiveLeftProduct } from './naiveProducts';

function fillUniform(values: Float64Array, seed: number): Float64Array {
  const random = seededRandom(seed);
  for (let i = 0; i < values.length; i++) values[i] = random() * 2 - 1;
  return values;
}

/** A, B and a NaN-filled C, allocated from the arena in that order. */
function operands(arena: ProductArena, m: number, n: number, k: number) {
  const a = fillUniform(arena.allocate(m * k), 1);
  const b = fillUniform(arena.allocate(n * k), 2);
  const c = arena.allocate(m * n).fill(NaN);
  return { a, b, c };
}

// Odd rows, columns that are not a multiple of 4 and odd term counts: every edge the SIMD
// kernel leaves to JavaScript and its single-term tail; the network's own shapes too.
const shapes = [
  [1, 1, 1],
  [2, 4, 2],
  [2, 4, 3],
  [5, 7, 20],
  [200, 64, 20],
  [64, 64, 199],
  [64, 1, 200],
  [199, 64, 1],
  [3, 10, 0],
] as const;

describe.each([true, false])('product arena (SIMD asked: %s)', (simd) => {
  it('uses the WebAssembly SIMD kernel in Node when asked, plain arrays otherwise', () => {
    expect(createProductArena(16, simd).simd).toBe(simd);
  });

  it.each(shapes)('gives A B^T for %i x %i outputs over %i terms', (m, n, k) => {
    const arena = createProductArena(m * k + n * k + m * n + 3, simd);
    const { a, b, c } = operands(arena, m, n, k);
    arena.multiplyTransposed(a, b, c, m, n, k);
    const expected = naiveProduct(a, b, m, n, k);
    c.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12));
  });

  // Kernel gradients: input (rows x m) against delta (rows x n); m and n off multiples of 4 too.
  it.each([
    [1, 1, 1],
    [4, 4, 1],
    [5, 6, 3],
    [20, 64, 200],
    [64, 1, 200],
    [7, 9, 0],
  ])('gives A^T B for %i x %i outputs over %i rows', (m, n, rows) => {
    const arena = createProductArena(rows * (m + n) + m * n + 3, simd);
    const a = fillUniform(arena.allocate(rows * m), 5);
    const b = fillUniform(arena.allocate(rows * n), 6);
    const c = arena.allocate(m * n).fill(NaN);
    arena.multiplyTransposedLeft(a, b, c, m, n, rows);
    const expected = naiveLeftProduct(a, b, m, n, rows);
    c.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12));
  });

  it('writes only the m x n outputs, leaving the rest of a larger buffer alone', () => {
    const arena = createProductArena(100, simd);
    const { a, b } = operands(arena, 4, 5, 3);
    const c = arena.allocate(30).fill(7);
    arena.multiplyTransposed(a, b, c, 4, 5, 3);
    expect([...c.subarray(20)]).toEqual(new Array(10).fill(7));
    expect(c.subarray(0, 20).every((value) => value !== 7)).toBe(true);
  });

  it('hands out zero-filled, non-overlapping buffers', () => {
    const arena = createProductArena(20, simd);
    const first = arena.allocate(7);
    const second = arena.allocate(5);
    expect([...first, ...second].every((value) => value === 0)).toBe(true);
    first.fill(1);
    expect([...second]).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('SIMD arena with arrays from elsewhere', () => {
  it('falls back to the JavaScript product for operands outside its memory', () => {
    const arena = createProductArena(64);
    const a = fillUniform(arena.allocate(12), 3);
    const b = fillUniform(new Float64Array(12), 4);
    const c = arena.allocate(16);
    arena.multiplyTransposed(a, b, c, 4, 4, 3);
    const expected = naiveProduct(a, b, 4, 4, 3);
    c.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 12));
    const left = new Float64Array(16);
    arena.multiplyTransposedLeft(a, b, left, 4, 4, 3);
    const expectedLeft = naiveLeftProduct(a, b, 4, 4, 3);
    left.forEach((value, i) => expect(value).toBeCloseTo(expectedLeft[i] ?? NaN, 12));
  });
});
