import { describe, expect, it } from 'vitest';
import { olsMeanBand } from './olsBand';

describe('olsMeanBand', () => {
  it('is narrowest at the mean of x and symmetric around the line', () => {
    const x = Float64Array.of(1, 2, 3, 4, 5);
    const y = Float64Array.of(1.1, 1.9, 3.2, 3.9, 5.1);
    const fitted = Float64Array.of(1, 2, 3, 4, 5);
    const band = olsMeanBand({ x, y, fitted }, Float64Array.of(1, 3, 5), Float64Array.of(1, 3, 5));
    const width = (i: number) => (band?.upper[i] ?? 0) - (band?.lower[i] ?? 0);
    expect(width(1)).toBeLessThan(width(0));
    expect(width(0)).toBeCloseTo(width(2), 12);
    expect((band?.upper[1] ?? 0) - 3).toBeCloseTo(3 - (band?.lower[1] ?? 0), 12);
  });

  it('is undefined for two rows or a constant feature', () => {
    const two = Float64Array.of(1, 2);
    expect(olsMeanBand({ x: two, y: two, fitted: two }, two, two)).toBeNull();
    const flat = Float64Array.of(4, 4, 4);
    const y = Float64Array.of(1, 2, 3);
    expect(olsMeanBand({ x: flat, y, fitted: y }, flat, y)).toBeNull();
  });
});
