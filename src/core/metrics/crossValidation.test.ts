import { describe, expect, it } from 'vitest';
import { summariseFoldMetrics, summariseFolds } from './crossValidation';

describe('cross-validation summary', () => {
  it('gives the mean and the population standard deviation over folds', () => {
    const summary = summariseFolds([0.7, 0.8, 0.9]);
    expect(summary.mean).toBeCloseTo(0.8, 12);
    expect(summary.std).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
    expect(summary.folds).toBe(3);
  });

  it('leaves undefined folds out and counts them', () => {
    expect(summariseFolds([null, 0.6, 0.6])).toEqual({
      mean: 0.6,
      std: 0,
      folds: 3,
      undefinedFolds: 1,
    });
    expect(summariseFolds([null, null]).mean).toBeNull();
  });

  it('summarises each named metric', () => {
    const summary = summariseFoldMetrics(
      [
        { r2: 0.5, mape: null },
        { r2: 0.7, mape: 0.1 },
      ],
      ['r2', 'mape'],
    );
    expect(summary.r2.mean).toBeCloseTo(0.6, 12);
    expect(summary.mape).toEqual({ mean: 0.1, std: 0, folds: 2, undefinedFolds: 1 });
  });
});
