import { describe, expect, it } from 'vitest';
import { logLoss } from './logLoss';
import { binaryRocAuc, rocAuc, rocCurve } from './rocAuc';

describe('ROC AUC', () => {
  it('is 1 when every positive outscores every negative, 0 when reversed', () => {
    expect(binaryRocAuc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(binaryRocAuc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
  });

  it('counts ties between a positive and a negative as half', () => {
    expect(binaryRocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
    expect(binaryRocAuc([0, 1, 1], [0.3, 0.3, 0.9])).toBe(0.75);
  });

  it('is undefined (null) with only one class', () => {
    expect(binaryRocAuc([1, 1], [0.2, 0.4])).toBeNull();
  });

  it('averages one-vs-rest AUCs over classes present, skipping absent ones', () => {
    // Three classes, class 2 absent; class 0 and 1 perfectly separated by their own column.
    const probabilities = Float64Array.from([0.8, 0.1, 0.1, 0.7, 0.2, 0.1, 0.1, 0.8, 0.1]);
    expect(rocAuc([0, 0, 1], probabilities, 3)).toBe(1);
  });

  it('refuses NaN scores instead of looping', () => {
    expect(() => binaryRocAuc([0, 1], [0.2, Number.NaN])).toThrow();
  });

  it('walks the curve from (0,0) to (1,1), one point per distinct score', () => {
    const curve = rocCurve([0, 1, 0, 1], [0.1, 0.4, 0.4, 0.8]);
    expect(curve.thresholds).toEqual([Infinity, 0.8, 0.4, 0.1]);
    expect(curve.truePositiveRate).toEqual([0, 0.5, 1, 1]);
    expect(curve.falsePositiveRate).toEqual([0, 0, 0.5, 1]);
  });
});

describe('log loss', () => {
  it('clips certain mistakes to a large finite cost', () => {
    const loss = logLoss([0], Float64Array.from([0, 1]), 2);
    expect(Number.isFinite(loss)).toBe(true);
    expect(loss).toBeCloseTo(-Math.log(Number.EPSILON), 9);
  });

  it('is log(2) for coin-flip probabilities', () => {
    expect(logLoss([0, 1], Float64Array.from([0.5, 0.5, 0.5, 0.5]), 2)).toBeCloseTo(Math.LN2, 12);
  });
});
