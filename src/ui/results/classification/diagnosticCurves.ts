import type { GainsPoint, RocPoint } from '../../../core/results/resultTypes';
import type { ToPixel } from '../pointGeometry';
import { niceAxis, type NiceAxis } from '../regression/chartMath';

/** The gains chart's second y axis, for lift. */
export const LIFT_AXIS = 'lift';

/** Where a value sits in pixels, or null when there is no value or the scale cannot place it. */
export function pixelOf(toPixel: ToPixel | undefined, value: number | null): number | null {
  if (value === null || !toPixel) return null;
  const pixel = toPixel(value);
  return pixel !== undefined && Number.isFinite(pixel) ? pixel : null;
}

/** A share (0-1) as a whole percentage, as the gains chart labels and lists it. */
export function sharePercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A point of a curve as our line layers draw it, in data units. */
export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

/** A ROC curve for a line layer: false positive rate across, true positive rate up. */
export function rocLine(points: readonly RocPoint[]): CurvePoint[] {
  return points.map((point) => ({ x: point.fpr, y: point.tpr }));
}

/** The points of several curves as one hover list, and which curve and point each item is. */
export interface CurveHoverItems {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly owners: readonly { readonly curve: number; readonly point: number }[];
}

/**
 * Every point of every ROC curve as one list of hover items, curve after curve: the pointer picks
 * the nearest of all, and the arrow keys walk each curve from (0, 0) to (1, 1), then the next.
 */
export function rocHoverItems(curves: readonly (readonly RocPoint[])[]): CurveHoverItems {
  const xs: number[] = [];
  const ys: number[] = [];
  const owners: { curve: number; point: number }[] = [];
  curves.forEach((points, curve) => {
    points.forEach((point, index) => {
      xs.push(point.fpr);
      ys.push(point.tpr);
      owners.push({ curve, point: index });
    });
  });
  return { xs, ys, owners };
}

/** A gains point as the chart shows it, with the diagonal of random picking. */
export interface GainsDatum {
  readonly share: number;
  readonly gain: number;
  readonly random: number;
  /** Null at share 0, where lift is undefined. */
  readonly lift: number | null;
}

/** What the gains chart draws: its points from the origin, three curves and the lift axis. */
export interface GainsCurves {
  readonly data: readonly GainsDatum[];
  readonly gain: readonly CurvePoint[];
  readonly random: readonly CurvePoint[];
  readonly lift: readonly CurvePoint[];
  /** From 0 to a round number at or above the highest lift, and never below 1 (random). */
  readonly liftAxis: NiceAxis;
}

const ORIGIN: GainsDatum = { share: 0, gain: 0, random: 0, lift: null };

/** A gains point with its random share and a lift only where it is defined. */
export function gainsDatum(point: GainsPoint): GainsDatum {
  const defined = point.share > 0 && Number.isFinite(point.lift);
  return {
    share: point.share,
    gain: point.gain,
    random: point.share,
    lift: defined ? point.lift : null,
  };
}

/** The gains chart's curves, starting at the origin (nobody contacted, nobody found). */
export function gainsCurves(gains: readonly GainsPoint[]): GainsCurves {
  const points = gains.map(gainsDatum);
  const data = (points[0]?.share ?? 0) > 0 ? [ORIGIN, ...points] : points;
  const lift = data.flatMap((datum) =>
    datum.lift === null ? [] : [{ x: datum.share, y: datum.lift }],
  );
  const highest = lift.reduce((most, point) => Math.max(most, point.y), 1);
  return {
    data,
    gain: data.map((datum) => ({ x: datum.share, y: datum.gain })),
    random: data.map((datum) => ({ x: datum.share, y: datum.random })),
    lift,
    liftAxis: niceAxis(0, highest),
  };
}
