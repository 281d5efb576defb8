import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { medianInPlace } from './medianInPlace';

const sortedMedian = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

describe('medianInPlace', () => {
  it('equals the middle of the sorted values for odd and even counts, with ties', () => {
    const random = seededRandom(3);
    for (let n = 1; n < 60; n++) {
      const values = Array.from({ length: n }, () => Math.round(random() * 8) - 4);
      expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
    }
  });

  it('is NaN for no values', () => {
    expect(medianInPlace(new Float64Array(0))).toBeNaN();
  });
});
