import { describe, expect, it } from 'vitest';
import { compactBins, evenlySpaced, partSeriesTable, seriesExtent } from './chartTables';

const bins = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ from: i, to: i + 1, count: i + 1 }));

describe('compactBins', () => {
  it('keeps a short histogram as it is', () => {
    expect(compactBins(bins(5), 12)).toEqual(bins(5));
  });

  it('merges neighbours into at most the row limit, keeping every row counted', () => {
    const merged = compactBins(bins(30), 12);
    expect(merged.length).toBeLessThanOrEqual(12);
    expect(merged.reduce((sum, bin) => sum + bin.count, 0)).toBe((30 * 31) / 2);
    expect(merged[0]?.from).toBe(0);
    expect(merged.at(-1)?.to).toBe(30);
  });

  it('leaves no gap between merged bins', () => {
    const merged = compactBins(bins(25), 6);
    for (let i = 1; i < merged.length; i++) expect(merged[i]?.from).toBe(merged[i - 1]?.to);
  });
});

describe('seriesExtent', () => {
  it('gives the count and the ranges of x and y, skipping points that are not finite', () => {
    const points = [
      { x: 2, y: -1 },
      { x: -3, y: 4 },
      { x: Number.NaN, y: 100 },
      { x: 5, y: 0 },
    ];
    expect(seriesExtent(points)).toEqual({ count: 3, xMin: -3, xMax: 5, yMin: -1, yMax: 4 });
  });

  it('is null for a series with nothing to draw', () => {
    expect(seriesExtent([])).toBeNull();
  });
});

describe('evenlySpaced', () => {
  it('keeps the first and last items and returns the requested number', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    const picked = evenlySpaced(items, 5);
    expect(picked).toEqual([0, 25, 50, 75, 100]);
  });

  it('returns a short list unchanged', () => {
    expect(evenlySpaced([1, 2, 3], 12)).toEqual([1, 2, 3]);
  });
});

describe('partSeriesTable', () => {
  it('writes one row per series with its count and ranges, leaving out empty series', () => {
    const table = partSeriesTable(
      [
        {
          part: 'train',
          points: [
            { x: 1, y: 10 },
            { x: 3, y: 30 },
          ],
        },
        { part: 'test', points: [] },
      ],
      {
        headers: ['series', 'points', 'x', 'y'],
        seriesName: (part) => part.toUpperCase(),
        formatX: (v) => v.toFixed(1),
        formatY: String,
      },
    );
    expect(table.columns).toEqual(['series', 'points', 'x', 'y']);
    expect(table.rows).toEqual([['TRAIN', '2', '1.0 … 3.0', '10 … 30']]);
  });
});
