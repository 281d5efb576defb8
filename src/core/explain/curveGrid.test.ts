import { describe, expect, it } from 'vitest';
import { linspace, quantileGrid, rangeGrid, sampleQuantile } from './curveGrid';
import fixture from './fixtures/sklearnFitCurve.json';

// Reference quantiles: scipy.stats.mstats.mquantiles (scripts/make-explain-fixtures.py).
const ascending = (values: readonly number[]) => Float64Array.from(values).sort();
const shuffled = (values: readonly number[]) => Float64Array.from(values).reverse();

describe('sampleQuantile', () => {
  it.each(fixture.quantiles.map((c) => [c.values.length, c] as const))(
    'matches scipy mquantiles on %i values',
    (_, reference) => {
      reference.p.forEach((p, i) => {
        // Unsorted input: the quantile selects order statistics itself.
        const values = Float64Array.from(reference.values);
        expect(sampleQuantile(values, p)).toBeCloseTo(reference.quantiles[i] as number, 12);
      });
    },
  );
});

describe('grids', () => {
  it('spaces points evenly and ends exactly at both ends', () => {
    const grid = linspace(0.1, 0.7, 7);
    expect(grid[0]).toBe(0.1);
    expect(grid[6]).toBe(0.7);
    for (let i = 1; i < 7; i++) expect((grid[i] ?? 0) - (grid[i - 1] ?? 0)).toBeCloseTo(0.1, 14);
    expect(Array.from(linspace(3, 3, 40))).toEqual([3]);
  });

  it('uses the distinct values when there are fewer than the grid size', () => {
    expect(Array.from(quantileGrid(Float64Array.of(2, 1, 2, 5, 1, 5), 4))).toEqual([1, 2, 5]);
  });

  it('spans the 2nd to 98th percentile with many values', () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const grid = quantileGrid(Float64Array.from(values), 40);
    expect(grid).toHaveLength(40);
    expect(grid[0]).toBe(sampleQuantile(ascending(values), 0.02));
    expect(grid[39]).toBe(sampleQuantile(ascending(values), 0.98));
  });

  it('widens to the full range when the percentiles coincide', () => {
    const values = shuffled([1, 2, 3, 4, 5, ...Array<number>(500).fill(7), 6, 8, 9, 10, 11]);
    const grid = quantileGrid(values, 10);
    expect([grid[0], grid[9]]).toEqual([1, 11]);
    expect([...rangeGrid(values, 3)]).toEqual([1, 6, 11]);
  });
});
