import { describe, expect, it } from 'vitest';
import type { PartSeries } from './groupByPart';
import {
  linePath,
  markerPath,
  nearestPoint,
  outermostPoint,
  partPaths,
  placePoints,
  type ChartPoint,
} from './pointGeometry';

/** Every x,y pair of the absolute commands (M, L) of a path. */
const vertices = (d: string): [number, number][] =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Area of a closed polygon (shoelace formula). */
const polygonArea = (points: readonly [number, number][]): number =>
  Math.abs(
    points.reduce((sum, [x, y], i) => {
      const [nx, ny] = points[(i + 1) % points.length] ?? [x, y];
      return sum + x * ny - nx * y;
    }, 0) / 2,
  );

const double = (x: number) => x * 2;
const series = (entries: [PartSeries<ChartPoint>['part'], ChartPoint[]][]) =>
  entries.map(([part, points]) => ({ part, points }));

describe('markerPath', () => {
  it('draws a triangle and a diamond of the requested area centred on the point', () => {
    for (const shape of ['triangle', 'diamond'] as const) {
      const corners = vertices(markerPath(shape, 100, 50, 64));
      expect(polygonArea(corners)).toBeCloseTo(64, 0);
      const meanX = corners.reduce((sum, [x]) => sum + x, 0) / corners.length;
      expect(meanX).toBeCloseTo(100, 0);
    }
  });

  it('draws a circle as two arcs of radius sqrt(area / pi) starting left of the point', () => {
    const d = markerPath('circle', 10, 20, 64);
    const r = Math.sqrt(64 / Math.PI);
    expect(d.startsWith(`M${Math.round((10 - r) * 10) / 10},20a`)).toBe(true);
    expect(d.match(/a/g)).toHaveLength(2);
  });
});

describe('placePoints', () => {
  it('maps points to pixels in left-to-right order and leaves out points off the scale', () => {
    const placed = placePoints(
      series([
        [
          'train',
          [
            { x: 3, y: 1, row: 0 },
            { x: 1, y: 1, row: 1 },
          ],
        ],
        [
          'test',
          [
            { x: 2, y: 5, row: 2 },
            { x: Number.NaN, y: 0, row: 3 },
          ],
        ],
      ]),
      (x) => (Number.isNaN(x) ? undefined : double(x)),
      double,
    );
    expect(placed.map((p) => [p.px, p.py, p.part, p.datum.row])).toEqual([
      [2, 2, 'train', 1],
      [4, 10, 'test', 2],
      [6, 2, 'train', 0],
    ]);
  });
});

describe('partPaths', () => {
  it('makes one path per part holding one marker subpath per point', () => {
    const placed = placePoints(
      series([
        [
          'train',
          [
            { x: 1, y: 1, row: 0 },
            { x: 2, y: 2, row: 1 },
          ],
        ],
        ['validation', [{ x: 3, y: 3, row: 2 }]],
      ]),
      double,
      double,
    );
    const paths = partPaths(placed);
    expect(paths.map((p) => [p.part, p.count])).toEqual([
      ['train', 2],
      ['validation', 1],
    ]);
    expect(paths[0]?.d.match(/M/g)).toHaveLength(2);
    expect(paths[1]?.d).toBe(markerPath('triangle', 6, 6));
  });
});

describe('nearestPoint and outermostPoint', () => {
  const placed = placePoints(
    series([
      [
        'train',
        [
          { x: 0, y: 0, row: 0 },
          { x: 10, y: 0, row: 1 },
          { x: 50, y: 40, row: 2 },
        ],
      ],
    ]),
    (x) => x,
    (y) => y,
  );

  it('finds the closest point within the radius, and none beyond it', () => {
    expect(nearestPoint(placed, 7, 1, 12)).toBe(1);
    expect(nearestPoint(placed, 2, 0, 12)).toBe(0);
    expect(nearestPoint(placed, 30, 20, 12)).toBeNull();
    expect(nearestPoint([], 0, 0, 12)).toBeNull();
  });

  it('picks the point farthest from a centre as the one to hover in tests', () => {
    expect(outermostPoint(placed, 5, 0)).toBe(2);
    expect(outermostPoint([], 0, 0)).toBeNull();
  });
});

describe('linePath', () => {
  const double = (value: number) => value * 2;

  it('joins the points in order through the scales', () => {
    const points = [
      { x: 1, y: 2 },
      { x: 2, y: 3 },
      { x: 3, y: 5 },
    ];
    expect(linePath(points, double, double)).toBe('M2,4L4,6L6,10');
  });

  it('breaks the line where a point cannot be placed', () => {
    const points = [
      { x: 1, y: 1 },
      { x: Number.NaN, y: 1 },
      { x: 3, y: 1 },
      { x: 4, y: 1 },
    ];
    expect(linePath(points, double, double)).toBe('M2,2M6,2L8,2');
  });
});
