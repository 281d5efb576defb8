import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { minimumFrom, selectInPlace } from './orderStatistic';

describe('selectInPlace', () => {
  it('finds every order statistic of data with many ties, as sorting would', () => {
    const random = seededRandom(11);
    const values = Float64Array.from({ length: 301 }, () => Math.floor(random() * 20) - 5);
    const sorted = values.slice().sort();
    for (const k of [0, 1, 6, 150, 299, 300]) {
      const work = values.slice();
      expect(selectInPlace(work, k)).toBe(sorted[k]);
      // The next order statistic is the smallest value after position k.
      if (k < 300) expect(minimumFrom(work, k + 1)).toBe(sorted[k + 1]);
    }
  });

  it('handles sorted, reversed and constant input', () => {
    const ascending = Float64Array.from({ length: 50 }, (_, i) => i);
    expect(selectInPlace(ascending.slice(), 17)).toBe(17);
    expect(selectInPlace(ascending.slice().reverse(), 17)).toBe(17);
    expect(selectInPlace(new Float64Array(9).fill(3), 4)).toBe(3);
    expect(selectInPlace(Float64Array.of(8), 0)).toBe(8);
  });
});
