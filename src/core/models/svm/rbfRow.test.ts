import { describe, expect, it } from 'vitest';
import { expNonPositive } from './expNonPositive';
import { dotAt, kernelRows } from './kernelFunctions';
import { fillRbfRow } from './rbfRow';
import { seededRandom } from './seededShuffle';

/** Relative distance |a - b| / b. */
const relative = (a: number, b: number) => Math.abs(a - b) / b;

/** Seeded rows of uniform features in [0, scale), wrapped for kernel evaluation. */
function randomRows(rows: number, cols: number, seed: number, scale = 1) {
  const random = seededRandom(seed);
  return kernelRows({
    x: Float64Array.from({ length: rows * cols }, () => scale * random()),
    rows,
    cols,
  });
}

/** What one entry must be: the reference dot product and exp, one column at a time. */
function expectedValue(
  data: ReturnType<typeof kernelRows>,
  row: number,
  column: number,
  gamma: number,
) {
  const { cols } = data;
  const dot = dotAt(data.x, row * cols, data.x, column * cols, cols);
  const distance = data.squaredNorms[row]! + data.squaredNorms[column]! - 2 * dot;
  return expNonPositive(-gamma * Math.max(0, distance));
}

const jobFor = (data: ReturnType<typeof kernelRows>, row: number, gamma: number) => ({
  rowX: data.x,
  offset: row * data.cols,
  norm: data.squaredNorms[row]!,
  x: data.x,
  cols: data.cols,
  squaredNorms: data.squaredNorms,
  gamma,
});

describe('fillRbfRow (the fused kernel-row loop)', () => {
  const rows = 40;
  const cols = 7; // not a multiple of 4: exercises the tail of the unrolled dot product
  const data = randomRows(rows, cols, 3);
  const gamma = 0.8;

  it('gives bit for bit dotAt + expNonPositive, only at the listed columns', () => {
    const columns = Int32Array.from([5, 0, 39, 12, 7]);
    const out = new Float64Array(rows).fill(-1);
    fillRbfRow(jobFor(data, 3, gamma), columns, 4, out);
    for (const column of columns.subarray(0, 4)) {
      expect(out[column]).toBe(expectedValue(data, 3, column, gamma));
    }
    const untouched = [...out.keys()].filter((c) => ![5, 0, 39, 12].includes(c));
    expect(untouched.every((c) => out[c] === -1)).toBe(true);
    expect(out[3]).toBe(-1);
  });

  it('stays bit-identical for odd column counts and any feature count (pairs and the odd one)', () => {
    for (const featureCount of [1, 2, 3, 4, 5, 8, 10, 13]) {
      const wide = randomRows(31, featureCount, 10 + featureCount);
      // A scattered order, as the solver's active columns are after shrinking.
      const columns = Int32Array.from({ length: 31 }, (_, k) => (k * 12) % 31);
      for (const count of [0, 1, 2, 3, 30, 31]) {
        const out = new Float64Array(31).fill(-1);
        fillRbfRow(jobFor(wide, 4, 0.3), columns, count, out);
        for (let k = 0; k < 31; k++) {
          const column = columns[k]!;
          const expected = k < count ? expectedValue(wide, 4, column, 0.3) : -1;
          expect(out[column], `${featureCount} features, ${count} columns`).toBe(expected);
        }
      }
    }
  });

  it('rounds the same values into a float32 row', () => {
    const out32 = new Float32Array(rows);
    const all = Int32Array.from({ length: rows }, (_, k) => k);
    fillRbfRow(jobFor(data, 9, gamma), all, rows, out32);
    for (let c = 0; c < rows; c++)
      expect(out32[c]).toBe(Math.fround(expectedValue(data, 9, c, gamma)));
  });

  it('gives exact zeros where the kernel underflows, in both columns of a pair', () => {
    const far = randomRows(6, 3, 5, 1000);
    const out = new Float64Array(6).fill(-1);
    fillRbfRow(jobFor(far, 0, 50), Int32Array.from([1, 2, 3, 4, 5]), 5, out);
    expect([...out.subarray(1)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('matches the RBF kernel with Math.exp within 1e-15, and K(x, x) = 1', () => {
    const out = new Float64Array(rows);
    const all = Int32Array.from({ length: rows }, (_, k) => k);
    fillRbfRow(jobFor(data, 11, gamma), all, rows, out);
    expect(out[11]).toBe(1);
    for (let c = 0; c < rows; c++) {
      let squared = 0;
      for (let f = 0; f < cols; f++)
        squared += (data.x[11 * cols + f]! - data.x[c * cols + f]!) ** 2;
      expect(relative(out[c]!, Math.exp(-gamma * squared))).toBeLessThan(1e-13);
    }
  });
});
