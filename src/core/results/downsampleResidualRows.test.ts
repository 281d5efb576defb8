import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { downsampleResidualRows } from './downsampleResidualRows';
import { residualColumns, type ResidualColumns } from './residualColumns';

/** n rows: fitted uniform on 0..100, normal noise, parts 70/15/15 %, a few huge residuals. */
function syntheticColumns(n: number, seed: number): ResidualColumns {
  const random = seededRandom(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const predicted = Float64Array.from({ length: n }, () => 100 * random());
  const actual = Float64Array.from(predicted, (p) => p + 3 * gauss());
  for (let k = 0; k < 5; k++) actual[Math.floor(random() * n)]! += 200 * (k % 2 ? 1 : -1) + k;
  const part = Uint8Array.from({ length: n }, () => {
    const u = random();
    return u < 0.7 ? 0 : u < 0.85 ? 1 : 2;
  });
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  return residualColumns({ rows, part, actual, predicted, probabilities: null, classes: null });
}

/** Indices of the k largest |residual| by a plain sort. */
function largestResiduals(columns: ResidualColumns, k: number): number[] {
  return Array.from(columns.residual, (_, i) => i)
    .sort((a, b) => Math.abs(columns.residual[b]!) - Math.abs(columns.residual[a]!))
    .slice(0, k);
}

function argOf(values: Float64Array, better: (a: number, b: number) => boolean): number {
  let best = 0;
  values.forEach((value, i) => {
    if (better(value, values[best]!)) best = i;
  });
  return best;
}

describe('downsampleResidualRows', () => {
  const columns = syntheticColumns(50_000, 11);

  it('never returns more than maxPoints rows, sorted and distinct', () => {
    for (const maxPoints of [1, 7, 100, 2000]) {
      const rows = downsampleResidualRows(columns, maxPoints);
      expect(rows.length).toBe(maxPoints);
      for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeGreaterThan(rows[i - 1]!);
    }
  });

  it('keeps every row when there are no more than maxPoints', () => {
    const few = syntheticColumns(300, 3);
    expect(Array.from(downsampleResidualRows(few, 300))).toEqual(
      Array.from({ length: 300 }, (_, i) => i),
    );
  });

  it('always keeps the largest residuals (2% of the budget) and the min/max of every axis', () => {
    const kept = new Set(downsampleResidualRows(columns, 2000));
    for (const row of largestResiduals(columns, 40)) expect(kept).toContain(row);
    for (const values of [columns.actual, columns.predicted, columns.residual]) {
      expect(kept).toContain(argOf(values, (a, b) => a < b));
      expect(kept).toContain(argOf(values, (a, b) => a > b));
    }
  });

  it('keeps the single largest residual even with a tiny budget', () => {
    expect(Array.from(downsampleResidualRows(columns, 1))).toEqual(largestResiduals(columns, 1));
  });

  it('keeps every split part, even a small one', () => {
    const part = Uint8Array.from(columns.part, (p, i) => (i % 500 === 0 ? 2 : p === 2 ? 0 : p));
    const rows = downsampleResidualRows({ ...columns, part }, 500);
    const counts = [0, 0, 0];
    for (const row of rows) counts[part[row]!]! += 1;
    // Part 2 holds 0.2% of rows: proportionally 1 point, the floor gives it 5% of the budget.
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThanOrEqual(20);
  });

  it('keeps dense regions denser while a sparse cluster stays visible', () => {
    // 40,000 rows near fitted 20, 40 rows near fitted 80: proportionally 2 of 2000 points.
    const n = 40_040;
    const predicted = Float64Array.from(
      { length: n },
      (_, i) => (i < 40_000 ? 20 : 80) + (i % 97) / 97,
    );
    const actual = Float64Array.from(predicted, (p, i) => p + ((i * 7919) % 101) / 50 - 1);
    const rows = Int32Array.from({ length: n }, (_, i) => i);
    const part = new Uint8Array(n);
    const clustered = residualColumns({
      rows,
      part,
      actual,
      predicted,
      probabilities: null,
      classes: null,
    });
    const kept = Array.from(downsampleResidualRows(clustered, 2000));
    const sparse = kept.filter((i) => i >= 40_000).length;
    expect(sparse).toBeGreaterThanOrEqual(10);
    expect(kept.length - sparse).toBeGreaterThan(10 * sparse);
  });

  it('is deterministic', () => {
    expect(downsampleResidualRows(columns, 777)).toEqual(downsampleResidualRows(columns, 777));
  });

  it('returns nothing for no rows or a budget of 0', () => {
    expect(downsampleResidualRows(syntheticColumns(0, 1), 10).length).toBe(0);
    expect(downsampleResidualRows(columns, 0).length).toBe(0);
  });
});
