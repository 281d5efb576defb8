import { describe, expect, it } from 'vitest';
import { choleskyFactor, choleskyInverse, choleskySolve } from './choleskyFactor';
import { conditionNumber, jacobiSvd } from './jacobiSvd';
import { pivotedTriangle } from './pivotedTriangle';
import { appendQrRow, createRowBlockQr, finishRowBlockQr } from './rowBlockQr';
import { gramInverseFromInverseR, invertUpper, solveUpper } from './triangular';

/** Deterministic pseudo-random numbers in [−1, 1). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return (2 * state) / 4294967296 - 1;
  };
}

function gram(rows: readonly Float64Array[], size: number): Float64Array {
  const out = new Float64Array(size * size);
  for (const row of rows) {
    for (let i = 0; i < size; i += 1)
      for (let j = 0; j < size; j += 1) out[i * size + j]! += row[i]! * row[j]!;
  }
  return out;
}

function transposeTimes(r: Float64Array, size: number): Float64Array {
  const out = new Float64Array(size * size);
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      for (let k = 0; k < size; k += 1) out[i * size + j]! += r[k * size + i]! * r[k * size + j]!;
    }
  }
  return out;
}

const maxDifference = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (value, i) => Math.abs(value - (b[i] ?? NaN))));

describe('row-block QR', () => {
  it('builds an upper-triangular R with RᵀR = XᵀX over several blocks and a partial one', () => {
    const random = sequence(3);
    const rows = Array.from({ length: 1003 }, () => Float64Array.from({ length: 5 }, random));
    const qr = createRowBlockQr(5, 64);
    rows.forEach((row) => appendQrRow(qr, row));
    const r = finishRowBlockQr(qr);
    for (let i = 1; i < 5; i += 1) for (let j = 0; j < i; j += 1) expect(r[i * 5 + j]).toBe(0);
    expect(maxDifference(transposeTimes(r, 5), gram(rows, 5))).toBeLessThan(1e-10);
  });
});

describe('pivoted triangle', () => {
  function triangleOf(rows: readonly Float64Array[], responses: number) {
    const size = rows[0]!.length;
    const qr = createRowBlockQr(size);
    rows.forEach((row) => appendQrRow(qr, row));
    return pivotedTriangle(finishRowBlockQr(qr), size, responses);
  }

  it('keeps the first of two aliased columns and defers the later one behind the others', () => {
    const random = sequence(11);
    const rows = Array.from({ length: 50 }, () => {
      const [a, b, c, y] = [random(), random(), random(), random()];
      return Float64Array.from([1, a, b, a + 2 * b, c, y]);
    });
    const triangle = triangleOf(rows, 1);
    expect(triangle.rank).toBe(4);
    expect(triangle.order).toEqual([0, 1, 2, 4, 3, 5]);
  });

  it('gives full rank and the original order when nothing is aliased', () => {
    const random = sequence(5);
    const rows = Array.from({ length: 30 }, () =>
      Float64Array.from([1, random(), random(), random()]),
    );
    const triangle = triangleOf(rows, 1);
    expect([triangle.rank, triangle.order]).toEqual([3, [0, 1, 2, 3]]);
  });
});

describe('triangular and Cholesky helpers', () => {
  const r = Float64Array.from([2, 1, -1, 0, 3, 0.5, 0, 0, 4]);

  it('solves R x = b and inverts R', () => {
    const x = solveUpper(r, 3, 3, [1, 2, 3]);
    expect(
      maxDifference([2 * x[0]! + x[1]! - x[2]!, 3 * x[1]! + 0.5 * x[2]!, 4 * x[2]!], [1, 2, 3]),
    ).toBeLessThan(1e-15);
    const inverse = invertUpper(r, 3, 3);
    const product = Array.from({ length: 9 }, (_, index) => {
      const [i, j] = [Math.floor(index / 3), index % 3];
      return [0, 1, 2].reduce((sum, k) => sum + r[i * 3 + k]! * inverse[k * 3 + j]!, 0);
    });
    expect(maxDifference(product, [1, 0, 0, 0, 1, 0, 0, 0, 1])).toBeLessThan(1e-15);
  });

  it('gives (RᵀR)⁻¹ that agrees with the Cholesky inverse of RᵀR', () => {
    const fromR = gramInverseFromInverseR(invertUpper(r, 3, 3), 3);
    const factor = choleskyFactor(transposeTimes(r, 3), 3);
    expect(factor).not.toBeNull();
    expect(maxDifference(fromR, choleskyInverse(factor!, 3))).toBeLessThan(1e-14);
    const solved = choleskySolve(factor!, 3, Float64Array.from([1, 0, 0]));
    expect(maxDifference(solved, [fromR[0]!, fromR[3]!, fromR[6]!])).toBeLessThan(1e-14);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(choleskyFactor(Float64Array.from([1, 2, 2, 1]), 2)).toBeNull();
    expect(choleskyFactor(Float64Array.from([1, 1, 1, 1]), 2)).toBeNull();
  });
});

describe('Jacobi SVD', () => {
  it('finds singular values and vectors with A = U Σ Vᵀ', () => {
    const a = Float64Array.from([3, 1, 0, 1, 2, 1, 0, 1, 5, 2, 0, 1]);
    const svd = jacobiSvd(a, 4, 3);
    const rebuilt = Array.from({ length: 12 }, (_, index) => {
      const [i, j] = [Math.floor(index / 3), index % 3];
      return [0, 1, 2].reduce((sum, k) => sum + svd.scaledLeft[k * 4 + i]! * svd.v[j * 3 + k]!, 0);
    });
    expect(maxDifference(rebuilt, a)).toBeLessThan(1e-13);
    const squares = Array.from(svd.values, (value) => value * value).reduce(
      (sum, value) => sum + value,
      0,
    );
    expect(squares).toBeCloseTo(
      Array.from(a).reduce((sum, value) => sum + value * value, 0),
      12,
    );
  });

  it('reports the condition number of a diagonal matrix and Infinity when singular', () => {
    expect(conditionNumber(Float64Array.from([10, 0, 0, 0.01]), 2, 2)).toBeCloseTo(1000, 10);
    expect(conditionNumber(Float64Array.from([1, 2, 2, 4]), 2, 2)).toBe(Infinity);
  });
});
