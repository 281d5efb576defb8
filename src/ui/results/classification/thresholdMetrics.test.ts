import { describe, expect, it } from 'vitest';
import type { ThresholdCounts } from '../../../core/results/resultTypes';
import reference from './fixtures/thresholdRates.json';
import { nearestThresholdEntry, thresholdRates, thresholdStep } from './thresholdMetrics';

const entry = (threshold: number): ThresholdCounts => ({ threshold, tp: 0, fp: 0, tn: 0, fn: 0 });
const table = [0, 0.2, 0.4, 0.6, 0.8, 1].map(entry);

describe('nearestThresholdEntry', () => {
  it('returns the entry closest to the slider value', () => {
    expect(nearestThresholdEntry(table, 0.43)?.threshold).toBe(0.4);
    expect(nearestThresholdEntry(table, 0.57)?.threshold).toBe(0.6);
  });

  it('returns an exact match itself', () => {
    for (const row of table) expect(nearestThresholdEntry(table, row.threshold)).toBe(row);
  });

  it('prefers the lower threshold when the value lies half-way', () => {
    expect(nearestThresholdEntry([entry(0.25), entry(0.75)], 0.5)?.threshold).toBe(0.25);
  });

  it('clamps values outside the table to its ends', () => {
    const inner = [entry(0.3), entry(0.5), entry(0.7)];
    expect(nearestThresholdEntry(inner, 0)?.threshold).toBe(0.3);
    expect(nearestThresholdEntry(inner, 1)?.threshold).toBe(0.7);
  });

  it('returns null for an empty table', () => {
    expect(nearestThresholdEntry([], 0.5)).toBeNull();
  });
});

describe('thresholdRates', () => {
  it.each(reference.cases)(
    'matches scikit-learn at threshold $threshold',
    ({ threshold, tp, fp, tn, fn, ...expected }) => {
      const rates = thresholdRates({ threshold, tp, fp, tn, fn });
      expect(rates.precision).toBeCloseTo(expected.precision, 12);
      expect(rates.recall).toBeCloseTo(expected.recall, 12);
      expect(rates.f1).toBeCloseTo(expected.f1, 12);
      expect(rates.accuracy).toBeCloseTo(expected.accuracy, 12);
    },
  );

  it('reports 0, not NaN, when nothing is predicted positive or no row is positive', () => {
    expect(thresholdRates({ threshold: 1, tp: 0, fp: 0, tn: 5, fn: 3 })).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      accuracy: 5 / 8,
    });
    const noPositives = thresholdRates({ threshold: 0.5, tp: 0, fp: 2, tn: 6, fn: 0 });
    expect(noPositives.recall).toBe(0);
    expect(noPositives.f1).toBe(0);
  });

  it('reports 0 accuracy for an empty table instead of NaN', () => {
    expect(thresholdRates(entry(0.5)).accuracy).toBe(0);
  });
});

describe('thresholdStep', () => {
  it('follows an evenly spaced table', () => {
    const even = Array.from({ length: 101 }, (_, i) => entry(i / 100));
    expect(thresholdStep(even)).toBeCloseTo(0.01, 12);
  });

  it('uses the median gap, so one wide gap does not coarsen the slider', () => {
    const thresholds = [0, 0.02, 0.04, 0.06, 0.08, 0.9];
    expect(thresholdStep(thresholds.map(entry))).toBeCloseTo(0.02, 12);
  });

  it('stays between 0.001 and 0.05', () => {
    const dense = Array.from({ length: 50 }, (_, i) => entry(0.5 + i * 1e-6));
    const sparse = [0, 0.3, 0.6, 0.9].map(entry);
    expect(thresholdStep(dense)).toBe(0.001);
    expect(thresholdStep(sparse)).toBe(0.05);
  });

  it('falls back to 0.01 for a table too short to say', () => {
    expect(thresholdStep([entry(0.5)])).toBe(0.01);
    expect(thresholdStep([])).toBe(0.01);
  });
});
