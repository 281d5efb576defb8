import type { CurvePoint, FitCurve, SplitPart } from '../../core/results/resultTypes';
import type { AxisRange } from './fixedAxis';
import { niceAxisOver } from './regression/chartMath';

/** A drawn fit-chart point; `value` is the unjittered x and `actual` the raw target (class index). */
export interface FitChartPoint {
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly actual: number;
  readonly row: number;
  readonly part: SplitPart;
}

/** Points on a categorical axis spread up to ±0.2 around their level so they do not all overlap. */
const JITTER_WIDTH = 0.4;

/** A repeatable offset in [-0.5, 0.5) per row (golden-ratio sequence), so redraws do not jump. */
function jitterOf(row: number): number {
  const fraction = (row * 0.6180339887498949) % 1;
  return fraction - 0.5;
}

/**
 * The scatter points of a fit chart. Categorical x is jittered around its level; for a class
 * probability the y of a point is 1 when its class is the drawn class, else 0.
 */
export function fitChartPoints(fit: FitCurve): FitChartPoint[] {
  const categorical = fit.levels !== null;
  const classIndex = fit.kind === 'probability' ? fit.classIndex : null;
  return fit.points.map((p) => ({
    x: categorical ? p.x + jitterOf(p.row) * JITTER_WIDTH : p.x,
    y: classIndex === null ? p.y : Number(p.y === classIndex),
    value: p.x,
    actual: p.y,
    row: p.row,
    part: p.part,
  }));
}

/** The curve's 95% band as two lines (lower, upper); empty when the curve has no band. */
export function bandLines(curve: readonly CurvePoint[]): { lower: XYPoint[]; upper: XYPoint[] } {
  const lower: XYPoint[] = [];
  const upper: XYPoint[] = [];
  for (const point of curve) {
    if (point.lower === null || point.upper === null) continue;
    lower.push({ x: point.x, y: point.lower });
    upper.push({ x: point.x, y: point.upper });
  }
  return { lower, upper };
}

export interface XYPoint {
  readonly x: number;
  readonly y: number;
}

/** Axis ticks and range of a categorical feature: one tick per level index. */
export function levelAxis(levels: readonly string[]): {
  ticks: number[];
  domain: [number, number];
} {
  return { ticks: levels.map((_, index) => index), domain: [-0.5, levels.length - 0.5] };
}

/** The y range of a class probability: 0 to 1 in quarters. */
const PROBABILITY_AXIS: AxisRange = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] };

/**
 * Both axes of a fit chart, covering every point, the curve and its band: one tick per level of
 * a categorical feature, 0..1 for a class probability, else round ranges.
 */
export function fitAxes(
  fit: FitCurve,
  points: readonly FitChartPoint[],
  band: { readonly lower: readonly XYPoint[]; readonly upper: readonly XYPoint[] },
): { x: AxisRange; y: AxisRange } {
  const x = fit.levels
    ? levelAxis(fit.levels)
    : niceAxisOver([...points.map((p) => p.x), ...fit.curve.map((p) => p.x)]);
  if (fit.classIndex !== null) return { x, y: PROBABILITY_AXIS };
  const ys = [points, fit.curve, band.lower, band.upper].flatMap((list) => list.map((p) => p.y));
  return { x, y: niceAxisOver(ys) };
}
