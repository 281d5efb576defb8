import { describe, expect, it } from 'vitest';
import { expNonPositive } from './expNonPositive';
import { seededRandom } from './seededShuffle';

/** Relative distance |a - b| / b. */
const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe('expNonPositive', () => {
  it('agrees with Math.exp to a few units in the last place over the normal range', () => {
    const random = seededRandom(7);
    let worst = 0;
    for (let k = 0; k < 20_000; k++) {
      const x = -708 * random() ** 3; // denser near 0, where kernel values live
      worst = Math.max(worst, relative(expNonPositive(x), Math.exp(x)));
    }
    expect(worst).toBeLessThan(1e-15);
  });

  it('is exactly 1 at 0, halves at -ln 2 and handles underflow and NaN', () => {
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-0)).toBe(1);
    expect(expNonPositive(-Math.LN2)).toBeCloseTo(0.5, 15);
    expect(expNonPositive(-800)).toBe(0);
    expect(expNonPositive(-Infinity)).toBe(0);
    expect(expNonPositive(NaN)).toBeNaN();
    // Subnormal results: tiny but not flushed to zero, and close in absolute terms.
    expect(expNonPositive(-740)).toBeGreaterThan(0);
    expect(Math.abs(expNonPositive(-740) - Math.exp(-740))).toBeLessThan(1e-322);
  });
});
