import { CHART_MARGIN } from './chartPalette';
import { linearScale } from './plotScales';
import type { AxisRange } from './fixedAxis';
import type { ToPixel } from './pointGeometry';

/** Space (px) around the plot area, as a chart's margin plus its axes' room. */
export interface PlotMargin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The plot area inside the chart's SVG (px): the shape Recharts' `usePlotArea` gives. */
export interface PlotArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A tick of an axis: its value and where it sits along the axis (px). */
export interface PlacedTick {
  readonly value: number;
  readonly at: number;
}

/** Where everything of a two-axis plot goes at one size: area, scales and ticks. */
export interface PlotFrame {
  readonly width: number;
  readonly height: number;
  readonly area: PlotArea;
  readonly toX: ToPixel;
  readonly toY: ToPixel;
  readonly xTicks: readonly PlacedTick[];
  readonly yTicks: readonly PlacedTick[];
}

/** Room (px) the y axis takes left of the plot, and the x axis under it (Recharts' defaults). */
export const Y_AXIS_WIDTH = 64;
export const X_AXIS_HEIGHT = 30;

/**
 * The margin of a Recharts chart whose axes our `AxesLayer` draws: the usual margin plus the room its
 * hidden axes no longer take (the y axis left, the x axis below, a second y axis right).
 */
export function marginForAxes(rightAxisWidth = 0): PlotMargin {
  return {
    top: CHART_MARGIN.top,
    right: CHART_MARGIN.right + rightAxisWidth,
    bottom: CHART_MARGIN.bottom + X_AXIS_HEIGHT,
    left: CHART_MARGIN.left + Y_AXIS_WIDTH,
  };
}

/** The plot area of a chart of `width` x `height` with `margin` around its axes (never negative). */
export function plotArea(width: number, height: number, margin: PlotMargin): PlotArea {
  const x = margin.left + Y_AXIS_WIDTH;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, width - x - margin.right),
    height: Math.max(0, height - y - margin.bottom - X_AXIS_HEIGHT),
  };
}

/** The ticks that `scale` places, with where (ticks it cannot place are left out). */
export const placeTicks = (ticks: readonly number[], scale: ToPixel): PlacedTick[] =>
  ticks.flatMap((value) => {
    const at = scale(value);
    return at !== undefined && Number.isFinite(at) ? [{ value, at }] : [];
  });

/**
 * Scales and ticks of a plot with linear x and y axes over ranges we computed (`fixedAxis`'s
 * ranges): x grows rightwards, y upwards. Ticks outside the range are left out.
 */
export function plotFrame(
  width: number,
  height: number,
  margin: PlotMargin,
  x: AxisRange,
  y: AxisRange,
): PlotFrame {
  const area = plotArea(width, height, margin);
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  const toX = linearScale(x.domain, area.x, right);
  const toY = linearScale(y.domain, bottom, area.y);
  const inside = (range: AxisRange) => (value: number) =>
    value >= range.domain[0] && value <= range.domain[1];
  return {
    width,
    height,
    area,
    toX,
    toY,
    xTicks: placeTicks(x.ticks.filter(inside(x)), toX),
    yTicks: placeTicks(y.ticks.filter(inside(y)), toY),
  };
}
