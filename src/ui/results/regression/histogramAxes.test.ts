import { describe, expect, it } from 'vitest';
import { histogramAxes } from './histogramAxes';

const bins = [
  { from: -1.5, to: -0.5, count: 3 },
  { from: -0.5, to: 0.5, count: 9 },
  { from: 0.5, to: 1.5, count: 4 },
];

describe('histogramAxes', () => {
  it('spans exactly the bins along x, with the round ticks that fall inside', () => {
    const axes = histogramAxes({ bins, normalCurve: [], mean: 0, std: 1 });
    expect(axes.x.domain).toEqual([-1.5, 1.5]);
    expect(axes.x.ticks).toEqual([-1, 0, 1]);
    expect(axes.mids).toEqual([-1, 0, 1]);
  });

  it('counts from 0 up past the tallest bar or the normal curve, whichever is higher', () => {
    const low = histogramAxes({ bins, normalCurve: [{ x: 0, y: 6 }], mean: 0, std: 1 });
    expect(low.y.domain[0]).toBe(0);
    expect(low.y.domain[1]).toBeGreaterThanOrEqual(9);
    const high = histogramAxes({ bins, normalCurve: [{ x: 0, y: 13.2 }], mean: 0, std: 1 });
    expect(high.y.domain[1]).toBeGreaterThanOrEqual(13.2);
    expect(high.y.ticks.every(Number.isInteger)).toBe(true);
  });

  it('still gives drawable axes without bins', () => {
    const axes = histogramAxes({ bins: [], normalCurve: [], mean: 0, std: 0 });
    expect(axes.x.domain).toEqual([0, 1]);
    expect(axes.y.domain).toEqual([0, 4]);
    expect(axes.mids).toEqual([]);
  });
});
