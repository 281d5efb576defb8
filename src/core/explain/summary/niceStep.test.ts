import { describe, expect, it } from 'vitest';
import { niceStep } from './niceStep';

describe('niceStep', () => {
  it('turns a TV spend spread of 3,400 into steps of 1,000 and an age spread of 12 into 10', () => {
    expect(niceStep(3400)).toBe(1000);
    expect(niceStep(12)).toBe(10);
  });

  it('uses 2 and 5 when the size is at least 4 or 8 times the power of ten below it', () => {
    expect(niceStep(3.99)).toBe(1);
    expect(niceStep(4)).toBe(2);
    expect(niceStep(45)).toBe(20);
    expect(niceStep(7.99)).toBe(2);
    expect(niceStep(8)).toBe(5);
    expect(niceStep(950)).toBe(500);
  });

  it('keeps exact powers of ten and stays at most the typical size', () => {
    for (const size of [1, 10, 100, 1e6, 0.1, 0.001]) expect(niceStep(size)).toBe(size);
    for (const size of [0.0123, 0.37, 1.7, 5.5, 66, 199, 7777, 1.23e9]) {
      const step = niceStep(size);
      expect(step).toBeLessThanOrEqual(size);
      expect(step).toBeGreaterThan(size / 4.01);
    }
  });

  it('gives exact small decimals, not binary noise', () => {
    expect(niceStep(0.034)).toBe(0.01);
    expect(niceStep(0.045)).toBe(0.02);
    expect(niceStep(0.0009)).toBe(0.0005);
  });

  it('falls back to 1 for sizes that cannot be a spread', () => {
    for (const size of [0, -3, Number.NaN, Infinity]) expect(niceStep(size)).toBe(1);
  });
});
