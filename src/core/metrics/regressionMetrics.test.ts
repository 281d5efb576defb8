import { describe, expect, it } from 'vitest';
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  r2Score,
  regressionMetrics,
  rootMeanSquaredError,
} from './regressionMetrics';

describe('regression metrics', () => {
  it('scores a perfect prediction as R² 1 with no error', () => {
    const y = [3, 5, 8];
    expect(regressionMetrics(y, y)).toEqual({
      r2: 1,
      rmse: 0,
      mae: 0,
      mape: 0,
      mapeSkippedZeros: 0,
      count: 3,
    });
  });

  it('gives R² 0 to predicting the mean, and below 0 to worse', () => {
    expect(r2Score([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(r2Score([1, 2, 3], [3, 2, 1])).toBeLessThan(0);
  });

  it('measures errors in the target unit', () => {
    expect(meanAbsoluteError([0, 0], [3, -1])).toBe(2);
    expect(rootMeanSquaredError([0, 0], [3, -1])).toBeCloseTo(Math.sqrt(5), 12);
  });

  it('skips zero targets in MAPE and says how many', () => {
    const result = meanAbsolutePercentageError([0, 10, 20, 0], [5, 11, 18, -1]);
    expect(result.skippedZeros).toBe(2);
    expect(result.value).toBeCloseTo((0.1 + 0.1) / 2, 12);
  });

  it('has no MAPE when every target is zero', () => {
    expect(meanAbsolutePercentageError([0, 0], [1, 2])).toEqual({ value: null, skippedZeros: 2 });
  });

  it('refuses arrays of different lengths or no rows', () => {
    expect(() => r2Score([1, 2], [1])).toThrow();
    expect(() => meanAbsoluteError([], [])).toThrow();
  });
});
