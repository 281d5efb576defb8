import { describe, expect, it } from 'vitest';
import { expNonPositive } from './expNonPositive';
import { fillRbfRow } from './rbfRow';
import { dotAt, kernelRows } from './kernelFunctions';
import { seededRandom } from './seededShuffle';

/** Relative distance |a - b| / b. */
const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe('expNonPositive', () => {
  it('agrees with Math.exp to a few units in the last place over the normal range', () => {
    const random = seededRandom(7);
    let worst = 0;
    for (let k = 0; k < 20_000; k++) {
      const x = -708 * random() ** 3; // denser near 0, where kernel values live
      worst = Math.max(worst, relative(expNonPositive(x), Math.exp(x)));
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('is exactly 1 at 0, halves at -ln 2 and handles underflow and NaN', () => {
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-0)).toBe(1);
    expect(expNonPositive(-Math.LN2)).toBeCloseTo(0.5, 15);
    expect(expNonPositive(-800)).toBe(0);
    expect(expNonPositive(-Infinity)).toBe(0);
    expect(expNonPositive(NaN)).toBeNaN();
    // Subnormal results: tiny but not flushed to zero, and close in absolute terms.
    expect(expNonPositive(-740)).toBeGreaterThan(0);
    expect(Math.abs(expNonPositive(-740) - Math.exp(-740))).toBeLessThan(1e-322);
  });
});

describe('fillRbfRow (the fused kernel-row loop)', () => {
  const random = seededRandom(3);
  const rows = 40;
  const cols = 7; // not a multiple of 4: exercises the tail of the unrolled dot product
  const data = kernelRows({ x: Float64Array.from({ length: rows * cols }, random), rows, cols });
  const gamma = 0.8;
  const job = (row: number) => ({
    rowX: data.x,
    offset: row * cols,
    norm: data.squaredNorms[row]!,
    x: data.x,
    cols,
    squaredNorms: data.squaredNorms,
    gamma,
  });

  it('gives bit for bit dotAt + expNonPositive, only at the listed columns', () => {
    const columns = Int32Array.from([5, 0, 39, 12, 7]);
    const out = new Float64Array(rows).fill(-1);
    fillRbfRow(job(3), columns, 4, out);
    for (const column of columns.subarray(0, 4)) {
      const dot = dotAt(data.x, 3 * cols, data.x, column * cols, cols);
      const distance = data.squaredNorms[3]! + data.squaredNorms[column]! - 2 * dot;
      expect(out[column]).toBe(expNonPositive(-gamma * Math.max(0, distance)));
    }
    const untouched = [...out.keys()].filter((c) => ![5, 0, 39, 12].includes(c));
    expect(untouched.every((c) => out[c] === -1)).toBe(true);
    expect(out[3]).toBe(-1);
  });

  it('matches the RBF kernel with Math.exp within 1e-15, and K(x, x) = 1', () => {
    const out = new Float64Array(rows);
    const all = Int32Array.from({ length: rows }, (_, k) => k);
    fillRbfRow(job(11), all, rows, out);
    expect(out[11]).toBe(1);
    for (let c = 0; c < rows; c++) {
      let squared = 0;
      for (let f = 0; f < cols; f++)
        squared += (data.x[11 * cols + f]! - data.x[c * cols + f]!) ** 2;
      expect(relative(out[c]!, Math.exp(-gamma * squared))).toBeLessThan(1e-13);
    }
  });
});
