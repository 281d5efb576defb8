import type { ToPixel } from './pointGeometry';

/** The plot area inside the chart's SVG, in pixels. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Maps [lo, hi] onto [from, to] pixels in a straight line. */
export function linearScale(
  [lo, hi]: readonly [number, number],
  from: number,
  to: number,
): ToPixel {
  const span = hi - lo;
  return (value) => (span === 0 ? (from + to) / 2 : from + ((value - lo) / span) * (to - from));
}

/** Maps [lo, hi] (both above zero) onto [from, to] by their logarithms; no pixel for values <= 0. */
export function logScale([lo, hi]: readonly [number, number], from: number, to: number): ToPixel {
  const onLine = linearScale([Math.log10(lo), Math.log10(hi)], from, to);
  return (value) => (value > 0 ? onLine(Math.log10(value)) : undefined);
}

/** One SVG path of grid lines: a vertical line at each x tick, a horizontal one at each y tick. */
export function gridPath(
  box: PlotBox,
  xTicks: readonly number[],
  yTicks: readonly number[],
  toX: ToPixel,
  toY: ToPixel,
): string {
  const finite = (pixel: number | undefined): pixel is number =>
    pixel !== undefined && Number.isFinite(pixel);
  const xs = xTicks.map(toX).filter(finite);
  const ys = yTicks.map(toY).filter(finite);
  return [
    ...xs.map((x) => `M${x},${box.top}V${box.bottom}`),
    ...ys.map((y) => `M${box.left},${y}H${box.right}`),
  ].join('');
}
