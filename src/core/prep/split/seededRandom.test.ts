import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleInPlace } from './seededRandom';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = seededRandom(123);
    const second = seededRandom(123);
    const draws = Array.from({ length: 1000 }, () => first());
    expect(Array.from({ length: 1000 }, () => second())).toEqual(draws);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(seededRandom(124)()).not.toBe(draws[0]);
  });

  it('spreads draws evenly (each tenth holds about a tenth)', () => {
    const random = seededRandom(99);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const bucket = Math.floor(random() * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('shuffles into a permutation', () => {
    const shuffled = shuffleInPlace(Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), seededRandom(1));
    expect(Array.from(shuffled).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(shuffled)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
