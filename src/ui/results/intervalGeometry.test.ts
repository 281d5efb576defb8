import { describe, expect, it } from 'vitest';
import { fitLabel, layoutIntervals, niceTicks, rowAt } from './intervalGeometry';

const box = { width: 440, height: 200, left: 140, top: 0, right: 0, bottom: 40 };

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and encloses the range', () => {
    expect(niceTicks(0, 0.93)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3.2, 11)).toEqual([-5, 0, 5, 10, 15]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives zero and one for an empty range at zero, and includes zero otherwise', () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(4, 4)[0]).toBe(0);
  });
});

describe('layoutIntervals', () => {
  const rows = [
    { label: 'tv', value: 2, lower: 1, upper: 3 },
    { label: 'radio', value: -1, lower: -2, upper: 0 },
  ];

  it('puts zero, the ticks and each row where the scale says', () => {
    const layout = layoutIntervals(rows, box);
    // Ticks -2..3 by 1 over 300 pixels: 60 pixels a unit, zero at 140 + 120.
    expect(layout.ticks.map((tick) => tick.value)).toEqual([-2, -1, 0, 1, 2, 3]);
    expect(layout.zeroX).toBe(260);
    expect(layout.rowX).toEqual([380, 200]);
    expect(layout.rowY).toEqual([40, 120]);
  });

  it('draws whiskers from the lower to the upper end of each interval and bars from zero', () => {
    const layout = layoutIntervals(rows, box);
    expect(layout.whiskers).toContain('M320,40H440');
    expect(layout.whiskers).toContain('M140,120H260');
    expect(layout.bars).toContain('M260,');
    expect(layout.bars).toContain('H380');
  });

  it('leaves out the whisker of a row without an interval', () => {
    const layout = layoutIntervals([{ label: 'a', value: 1, lower: 1, upper: 1 }], box);
    expect(layout.whiskers).toBe('');
  });
});

describe('rowAt and fitLabel', () => {
  it('finds the row under the pointer, and none outside the rows', () => {
    const layout = layoutIntervals([{ label: 'a', value: 1, lower: 0, upper: 2 }], box);
    expect(rowAt(100, layout, 0)).toBe(0);
    expect(rowAt(170, layout, 0)).toBeNull();
  });

  it('cuts a long label with an ellipsis and keeps a short one', () => {
    expect(fitLabel('region_north_east_coastal', 10)).toBe('region_no…');
    expect(fitLabel('tv', 10)).toBe('tv');
  });
});
