import { describe, expect, it } from 'vitest';
import type { FitCurve } from '../../core/results/resultTypes';
import { bandLines, fitAxes, fitChartPoints, levelAxis } from './fitChartData';

const base: FitCurve = {
  column: 'tv',
  kind: 'line',
  classIndex: null,
  levels: null,
  total: 2,
  points: [
    { row: 0, part: 0, x: 10, y: 3 },
    { row: 5, part: 2, x: 20, y: 7 },
  ],
  curve: [
    { x: 10, y: 2.5, lower: 2, upper: 3 },
    { x: 20, y: 7.5, lower: 7, upper: 8 },
  ],
};

describe('fitChartPoints', () => {
  it('draws a numeric feature against the actual target unchanged', () => {
    expect(fitChartPoints(base)).toEqual([
      { x: 10, y: 3, value: 10, actual: 3, row: 0, part: 0 },
      { x: 20, y: 7, value: 20, actual: 7, row: 5, part: 2 },
    ]);
  });

  it('jitters categorical levels within ±0.2 of the level, the same way on every call', () => {
    const fit: FitCurve = {
      ...base,
      levels: ['a', 'b'],
      points: [{ row: 3, part: 0, x: 1, y: 4 }],
    };
    const [first] = fitChartPoints(fit);
    expect(first?.value).toBe(1);
    expect(Math.abs((first?.x ?? 0) - 1)).toBeLessThanOrEqual(0.2);
    expect(first?.x).not.toBe(1);
    expect(fitChartPoints(fit)[0]?.x).toBe(first?.x);
  });

  it('turns class indices into 1 for the drawn class and 0 for the others', () => {
    const fit: FitCurve = {
      ...base,
      kind: 'probability',
      classIndex: 2,
      points: [
        { row: 0, part: 0, x: 1, y: 2 },
        { row: 1, part: 0, x: 1, y: 0 },
      ],
    };
    expect(fitChartPoints(fit).map((p) => [p.y, p.actual])).toEqual([
      [1, 2],
      [0, 0],
    ]);
  });
});

describe('bandLines', () => {
  it('splits the confidence band into a lower and an upper line', () => {
    expect(bandLines(base.curve)).toEqual({
      lower: [
        { x: 10, y: 2 },
        { x: 20, y: 7 },
      ],
      upper: [
        { x: 10, y: 3 },
        { x: 20, y: 8 },
      ],
    });
  });

  it('is empty for curves without a band (partial dependence)', () => {
    const curve = [{ x: 1, y: 2, lower: null, upper: null }];
    expect(bandLines(curve)).toEqual({ lower: [], upper: [] });
  });
});

describe('levelAxis', () => {
  it('puts one tick on each level index with half a step of room each side', () => {
    expect(levelAxis(['north', 'south', 'west'])).toEqual({
      ticks: [0, 1, 2],
      domain: [-0.5, 2.5],
    });
  });
});

describe('fitAxes', () => {
  const spanOf = (axis: { domain: readonly [number, number] }) => axis.domain;

  it('gives round ranges that cover every point, the curve and its band', () => {
    const fit: FitCurve = {
      ...base,
      curve: [
        { x: 5, y: 2.5, lower: -4, upper: 3 },
        { x: 20, y: 7.5, lower: 7, upper: 31 },
      ],
    };
    const axes = fitAxes(fit, fitChartPoints(fit), bandLines(fit.curve));
    const [xLo, xHi] = spanOf(axes.x);
    const [yLo, yHi] = spanOf(axes.y);
    expect(xLo).toBeLessThanOrEqual(5);
    expect(xHi).toBeGreaterThanOrEqual(20);
    expect(yLo).toBeLessThanOrEqual(-4);
    expect(yHi).toBeGreaterThanOrEqual(31);
    expect(axes.x.ticks[0]).toBe(xLo);
    expect(axes.y.ticks.at(-1)).toBe(yHi);
  });

  it('puts one tick on each level of a categorical feature', () => {
    const fit: FitCurve = { ...base, levels: ['north', 'south', 'west'] };
    const axes = fitAxes(fit, fitChartPoints(fit), bandLines(fit.curve));
    expect(axes.x).toEqual(levelAxis(['north', 'south', 'west']));
  });

  it('draws a class probability from 0 to 1 whatever the points', () => {
    const fit: FitCurve = { ...base, kind: 'probability', classIndex: 1 };
    const axes = fitAxes(fit, fitChartPoints(fit), bandLines(fit.curve));
    expect(axes.y.domain).toEqual([0, 1]);
    expect(axes.y.ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
