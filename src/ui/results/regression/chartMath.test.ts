import { describe, expect, it } from 'vitest';
import {
  countAxis,
  extentOf,
  histogramBars,
  interpolateAt,
  niceAxis,
  niceAxisOver,
} from './chartMath';

describe('extentOf', () => {
  it('finds the smallest and largest finite value, skipping NaN and infinities', () => {
    expect(extentOf([3, NaN, -2, Infinity, 7, -Infinity])).toEqual([-2, 7]);
  });

  it('widens a single value by 5% each side so the axis has a range', () => {
    expect(extentOf([10, 10])).toEqual([9.5, 10.5]);
    expect(extentOf([0])).toEqual([-1, 1]);
  });

  it('falls back to 0..1 when there is nothing to draw', () => {
    expect(extentOf([])).toEqual([0, 1]);
  });
});

describe('interpolateAt', () => {
  const curve = [
    { x: 0, y: 0 },
    { x: 1, y: 10 },
    { x: 3, y: 30 },
    { x: 4, y: 0 },
  ];

  it('interpolates linearly inside a segment', () => {
    expect(interpolateAt(curve, 0.5)).toBe(5);
    expect(interpolateAt(curve, 2)).toBe(20);
    expect(interpolateAt(curve, 3.5)).toBe(15);
  });

  it('returns the point itself at a knot and the nearest end outside the curve', () => {
    expect(interpolateAt(curve, 3)).toBe(30);
    expect(interpolateAt(curve, -5)).toBe(0);
    expect(interpolateAt(curve, 9)).toBe(0);
  });

  it('returns null for an empty curve', () => {
    expect(interpolateAt([], 1)).toBeNull();
  });
});

describe('histogramBars', () => {
  it('puts each bar at its bin middle with the normal curve read there', () => {
    const bars = histogramBars({
      bins: [
        { from: -1, to: 0, count: 4 },
        { from: 0, to: 1, count: 6 },
      ],
      normalCurve: [
        { x: -1, y: 2 },
        { x: 0, y: 6 },
        { x: 1, y: 2 },
      ],
      mean: 0,
      std: 1,
    });
    expect(bars).toEqual([
      { mid: -0.5, from: -1, to: 0, count: 4, normal: 4 },
      { mid: 0.5, from: 0, to: 1, count: 6, normal: 4 },
    ]);
  });
});

describe('niceAxis', () => {
  it('rounds the bounds out to whole steps of 1, 2 or 5 × 10^k', () => {
    expect(niceAxis(2.58, 24.71)).toEqual({ domain: [0, 30], ticks: [0, 10, 20, 30] });
    expect(niceAxis(-4.27, 3.15)).toEqual({ domain: [-6, 4], ticks: [-6, -4, -2, 0, 2, 4] });
  });

  it('prints small steps without floating-point noise', () => {
    expect(niceAxis(0.1, 0.9).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('keeps an empty range as it is', () => {
    expect(niceAxis(3, 3)).toEqual({ domain: [3, 3], ticks: [3, 3] });
  });
});

describe('niceAxisOver', () => {
  it('rounds out the range of the finite values given, whatever their order', () => {
    expect(niceAxisOver([7.2, NaN, -3.1, 18.4])).toEqual(niceAxis(-3.1, 18.4));
    expect(niceAxisOver([7.2, -3.1, 18.4]).domain).toEqual([-10, 20]);
  });

  it('gives a single value a range around it', () => {
    const { domain } = niceAxisOver([10]);
    expect(domain[0]).toBeLessThan(10);
    expect(domain[1]).toBeGreaterThan(10);
  });
});

describe('countAxis', () => {
  it('counts from 0 in whole steps up to at least the largest count', () => {
    for (const max of [0, 1, 3, 4, 7, 37, 371, 1234]) {
      const { domain, ticks } = countAxis(max);
      expect(domain[0]).toBe(0);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      for (const tick of ticks) expect(Number.isInteger(tick)).toBe(true);
    }
  });

  it('shows at least 0 to 4 so a chart of a few rows still has a scale', () => {
    expect(countAxis(1).ticks).toEqual([0, 1, 2, 3, 4]);
  });
});
