import { describe, expect, it } from 'vitest';
import { allocateQuotas } from './allocateQuotas';

const sum = (values: Int32Array) => values.reduce((total, value) => total + value, 0);

describe('allocateQuotas', () => {
  it('gives everything when the budget covers all items', () => {
    expect(Array.from(allocateQuotas(Int32Array.from([3, 0, 5]), 10, 1, 1))).toEqual([3, 0, 5]);
  });

  it('spends exactly the budget, never more than a group holds', () => {
    const counts = Int32Array.from([1000, 10, 1, 0, 300, 7]);
    const quotas = allocateQuotas(counts, 200, 0.5, 1);
    expect(sum(quotas)).toBe(200);
    quotas.forEach((quota, i) => expect(quota).toBeLessThanOrEqual(counts[i] as number));
  });

  it('is proportional with exponent 1 and favours sparse groups with exponent 0.5', () => {
    const counts = Int32Array.from([9000, 900, 100]);
    expect(Array.from(allocateQuotas(counts, 1000, 1, 0))).toEqual([900, 90, 10]);
    const rooted = allocateQuotas(counts, 1000, 0.5, 0);
    expect(rooted[0]).toBeGreaterThan(rooted[1] as number);
    expect(rooted[2]).toBeGreaterThan(10);
  });

  it('gives every non-empty group its minimum', () => {
    const quotas = allocateQuotas(Int32Array.from([100_000, 3, 50]), 100, 1, 5);
    expect(Array.from(quotas.subarray(1))).toEqual([3, 5]);
    expect(sum(quotas)).toBe(100);
  });
});
