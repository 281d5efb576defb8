import { describe, expect, it } from 'vitest';
import { CHART_MARGIN } from './chartPalette';
import { plotArea, plotFrame, X_AXIS_HEIGHT, Y_AXIS_WIDTH, marginForAxes } from './plotFrame';

const MARGIN = { top: 32, right: 16, bottom: 24, left: 8 };

describe('plotArea', () => {
  it('leaves the margins and the axes their room, as Recharts laid out the same chart', () => {
    const area = plotArea(600, 260, MARGIN);
    expect(area.x).toBe(MARGIN.left + Y_AXIS_WIDTH);
    expect(area.y).toBe(MARGIN.top);
    expect(area.x + area.width).toBe(600 - MARGIN.right);
    expect(area.y + area.height).toBe(260 - MARGIN.bottom - X_AXIS_HEIGHT);
  });

  it('never has a negative size in a chart too small for its axes', () => {
    const area = plotArea(40, 50, MARGIN);
    expect(area.width).toBe(0);
    expect(area.height).toBe(0);
  });
});

describe('plotFrame', () => {
  const frame = plotFrame(
    600,
    260,
    MARGIN,
    { domain: [0, 10], ticks: [0, 5, 10] },
    { domain: [-1, 1], ticks: [-1, 0, 1] },
  );
  const { area } = frame;

  it('maps the x range onto the plot from left to right', () => {
    expect(frame.toX(0)).toBe(area.x);
    expect(frame.toX(10)).toBe(area.x + area.width);
    expect(frame.toX(5)).toBe(area.x + area.width / 2);
  });

  it('maps the y range upwards: the lowest value at the bottom of the plot', () => {
    expect(frame.toY(-1)).toBe(area.y + area.height);
    expect(frame.toY(1)).toBe(area.y);
    expect(frame.toY(0)).toBe(area.y + area.height / 2);
  });

  it('places every tick where its value is drawn', () => {
    expect(frame.xTicks.map((tick) => tick.value)).toEqual([0, 5, 10]);
    for (const tick of frame.xTicks) expect(tick.at).toBe(frame.toX(tick.value));
    for (const tick of frame.yTicks) expect(tick.at).toBe(frame.toY(tick.value));
  });

  it('leaves out ticks outside the range (e.g. a round tick beyond the bins of a histogram)', () => {
    const clipped = plotFrame(
      600,
      260,
      MARGIN,
      { domain: [0.3, 9.7], ticks: [0, 5, 10] },
      { domain: [0, 4], ticks: [0, 2, 4, 6] },
    );
    expect(clipped.xTicks.map((tick) => tick.value)).toEqual([5]);
    expect(clipped.yTicks.map((tick) => tick.value)).toEqual([0, 2, 4]);
  });

  it('puts a single-value range in the middle instead of dividing by zero', () => {
    const flat = plotFrame(
      600,
      260,
      MARGIN,
      { domain: [3, 3], ticks: [3] },
      { domain: [0, 1], ticks: [0, 1] },
    );
    expect(flat.toX(3)).toBe(flat.area.x + flat.area.width / 2);
    expect(flat.xTicks).toHaveLength(1);
  });
});

describe('marginForAxes', () => {
  it('gives a chart with hidden axes the plot area its shown axes left it', () => {
    const margin = marginForAxes();
    // A Recharts chart with hidden axes: its plot area is what its margin leaves.
    const hiddenAxesArea = {
      x: margin.left,
      y: margin.top,
      width: 400 - margin.left - margin.right,
      height: 300 - margin.top - margin.bottom,
    };
    expect(hiddenAxesArea).toEqual(plotArea(400, 300, CHART_MARGIN));
  });

  it('makes room for a second y axis on the right', () => {
    expect(marginForAxes(56).right - marginForAxes().right).toBe(56);
  });
});
