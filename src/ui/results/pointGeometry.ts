import { PART_SHAPES, type MarkerShape, type PartName } from './chartPalette';
import type { PartSeries } from './groupByPart';

/** A chart point that stands for a table row, in data units. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly row: number;
}

/** A point placed on the chart surface: pixel position, its part and the datum behind it. */
export interface PlacedPoint<T> {
  readonly px: number;
  readonly py: number;
  readonly part: PartName;
  readonly datum: T;
}

/** Maps a data value to a pixel; undefined when the value cannot be drawn. */
export type ToPixel = (value: number) => number | undefined;

/** Marker area in square pixels: the size Recharts gives a Scatter symbol by default. */
export const MARKER_AREA = 64;

const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);

/** Pixels kept to one decimal: the path stays short and looks the same. */
const px = (value: number): number => Math.round(value * 10) / 10;

/** One marker of `shape` centred on (x, y) with the given area, as an SVG subpath. */
export function markerPath(shape: MarkerShape, x: number, y: number, area = MARKER_AREA): string {
  if (shape === 'triangle') {
    // Equilateral, centroid on the point (the shape Recharts draws for 'triangle').
    const h = Math.sqrt(area / (SQRT3 * 3));
    const w = SQRT3 * h;
    return `M${px(x)},${px(y - 2 * h)}L${px(x - w)},${px(y + h)}L${px(x + w)},${px(y + h)}Z`;
  }
  if (shape === 'diamond') {
    const h = Math.sqrt(area / (2 * TAN30));
    const w = h * TAN30;
    return `M${px(x)},${px(y - h)}L${px(x + w)},${px(y)}L${px(x)},${px(y + h)}L${px(x - w)},${px(y)}Z`;
  }
  if (shape === 'square') {
    const s = Math.sqrt(area);
    return `M${px(x - s / 2)},${px(y - s / 2)}h${px(s)}v${px(s)}h${px(-s)}Z`;
  }
  // Circles stand in for the shapes no part uses (cross, star, wye).
  const r = px(Math.sqrt(area / Math.PI));
  return `M${px(x - r)},${px(y)}a${r},${r} 0 1,0 ${px(2 * r)},0a${r},${r} 0 1,0 ${px(-2 * r)},0Z`;
}

/**
 * Places every point of every part in pixels (points that cannot be drawn are left out), in
 * left-to-right order so arrow keys step through them as they sit on screen.
 */
export function placePoints<T extends ChartPoint>(
  series: readonly PartSeries<T>[],
  toX: ToPixel,
  toY: ToPixel,
): PlacedPoint<T>[] {
  const placed: PlacedPoint<T>[] = [];
  for (const { part, points } of series) {
    for (const datum of points) {
      const x = toX(datum.x);
      const y = toY(datum.y);
      if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y))
        continue;
      placed.push({ px: x, py: y, part, datum });
    }
  }
  return placed.sort((a, b) => a.px - b.px || a.py - b.py);
}

/** One path per part: all of its markers in one `d` (a single SVG element per part). */
export function partPaths(
  placed: readonly PlacedPoint<unknown>[],
): { part: PartName; d: string; count: number }[] {
  const paths = new Map<PartName, string[]>();
  for (const point of placed) {
    let parts = paths.get(point.part);
    if (!parts) paths.set(point.part, (parts = []));
    parts.push(markerPath(PART_SHAPES[point.part], point.px, point.py));
  }
  return [...paths].map(([part, subpaths]) => ({
    part,
    d: subpaths.join(''),
    count: subpaths.length,
  }));
}

/** The index of the point nearest (x, y) within `radius` pixels, or null when none is that close. */
export function nearestPoint(
  placed: readonly PlacedPoint<unknown>[],
  x: number,
  y: number,
  radius: number,
): number | null {
  let best: number | null = null;
  let bestDistance = radius * radius;
  placed.forEach((point, index) => {
    const distance = (point.px - x) ** 2 + (point.py - y) ** 2;
    if (distance <= bestDistance && (best === null || distance < bestDistance)) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The index of the point farthest from (x, y), or null for no points: an outlier, which no
 * other point hides, so tests can hover it.
 */
export function outermostPoint(
  placed: readonly PlacedPoint<unknown>[],
  x: number,
  y: number,
): number | null {
  let best: number | null = null;
  let bestDistance = -1;
  placed.forEach((point, index) => {
    const distance = (point.px - x) ** 2 + (point.py - y) ** 2;
    if (distance > bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The SVG path joining `points` in order through the given scales; a point a scale cannot place
 * (or not finite) breaks the line there.
 */
export function linePath(
  points: readonly { readonly x: number; readonly y: number }[],
  toX: ToPixel,
  toY: ToPixel,
): string {
  const parts: string[] = [];
  let drawing = false;
  for (const { x, y } of points) {
    const [px1, py1] = [toX(x), toY(y)];
    if (px1 === undefined || py1 === undefined || !Number.isFinite(px1) || !Number.isFinite(py1)) {
      drawing = false;
      continue;
    }
    parts.push(`${drawing ? 'L' : 'M'}${px(px1)},${px(py1)}`);
    drawing = true;
  }
  return parts.join('');
}
