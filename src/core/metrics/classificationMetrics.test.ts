import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, precisionRecallF1 } from './classificationMetrics';

describe('classification metrics', () => {
  const actual = [1, 1, 1, 0, 0, 0];
  const predicted = [1, 1, 0, 1, 0, 0];

  it('counts the share of right predictions', () => {
    expect(accuracy(actual, predicted)).toBeCloseTo(4 / 6, 12);
  });

  it('lays out the confusion matrix as rows = actual, columns = predicted', () => {
    expect(confusionMatrix([0, 0, 1], [1, 1, 1], 2)).toEqual([
      [0, 2],
      [0, 1],
    ]);
  });

  it('takes class index 1 as the positive class of a binary task', () => {
    const scores = precisionRecallF1([1, 1, 0, 0], [1, 0, 0, 0], 2);
    expect(scores).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, averaging: 'binary' });
    const flipped = precisionRecallF1([0, 0, 1, 1], [0, 1, 1, 1], 2);
    expect(flipped.precision).toBeCloseTo(2 / 3, 12);
    expect(flipped.recall).toBe(1);
  });

  it('macro-averages over classes that occur, with 0 for a class never predicted', () => {
    // Class 3 never occurs; class 2 occurs but is never predicted.
    const scores = precisionRecallF1([0, 1, 2, 2], [0, 1, 1, 1], 4);
    expect(scores.averaging).toBe('macro');
    expect(scores.recall).toBeCloseTo((1 + 1 + 0) / 3, 12);
    expect(scores.precision).toBeCloseTo((1 + 1 / 3 + 0) / 3, 12);
  });

  it('refuses class indices outside the class count', () => {
    expect(() => confusionMatrix([0, 2], [0, 1], 2)).toThrow();
  });
});
