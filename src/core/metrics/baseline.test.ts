import { describe, expect, it } from 'vitest';
import { majorityBaseline, meanBaseline } from './baseline';

describe('baselines', () => {
  it('predicts the training mean for every row', () => {
    expect(Array.from(meanBaseline([2, 4, 9], 3).values)).toEqual([5, 5, 5]);
  });

  it('predicts the most frequent class, the lower index on a tie', () => {
    const baseline = majorityBaseline([2, 1, 2, 1, 0], 3, 1);
    expect(Array.from(baseline.values)).toEqual([1]);
    expect(Array.from(baseline.probabilities ?? [])).toEqual([0.2, 0.4, 0.4]);
  });
});
