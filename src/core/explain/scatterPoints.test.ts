import { describe, expect, it } from 'vitest';
import { seededRandom } from '../prep/split/seededRandom';
import { scatterPoints, type ScatterInput } from './scatterPoints';

function input(n: number, maxPoints: number): ScatterInput {
  const random = seededRandom(1);
  const xs = Float64Array.from({ length: n }, () => random());
  const actual = Float64Array.from({ length: n }, () => random());
  xs[7] = Number.NaN;
  actual[8] = Number.NaN;
  return {
    rows: Int32Array.from({ length: n }, (_, i) => 1000 + i),
    parts: Uint8Array.from({ length: n }, (_, i) => i % 3),
    actual,
    x: xs,
    maxPoints,
    random: seededRandom(2),
  };
}

describe('scatterPoints', () => {
  it('draws every row with a value and a target when they fit', () => {
    const { points, total } = scatterPoints(input(50, 100));
    expect(total).toBe(48);
    expect(points.map((p) => p.row)).not.toContain(1007);
    expect(points.map((p) => p.row)).not.toContain(1008);
    expect(points[0]).toMatchObject({ row: 1000, part: 0 });
  });

  it('keeps maxPoints rows, the extremes of x and y among them, the same way every time', () => {
    const data = input(5000, 100);
    const { points, total } = scatterPoints(data);
    expect(total).toBe(4998);
    expect(points).toHaveLength(100);
    const all = scatterPoints({ ...data, maxPoints: 10_000 }).points;
    const extreme = (pick: (p: { x: number; y: number }) => number, f: typeof Math.max) =>
      f(...all.map(pick));
    expect(Math.max(...points.map((p) => p.x))).toBe(extreme((p) => p.x, Math.max));
    expect(Math.min(...points.map((p) => p.x))).toBe(extreme((p) => p.x, Math.min));
    expect(Math.max(...points.map((p) => p.y))).toBe(extreme((p) => p.y, Math.max));
    expect(Math.min(...points.map((p) => p.y))).toBe(extreme((p) => p.y, Math.min));
    expect(scatterPoints({ ...data, random: seededRandom(2) }).points).toEqual(points);
  });
});
