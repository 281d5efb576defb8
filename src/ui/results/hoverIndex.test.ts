import { describe, expect, it } from 'vitest';
import { nearestIndex, nearestPoint } from './hoverIndex';

describe('nearestIndex', () => {
  const positions = [10, 20, 40, 80];

  it('picks the position nearest the pointer', () => {
    expect(nearestIndex(positions, 12)).toBe(0);
    expect(nearestIndex(positions, 33)).toBe(2);
    expect(nearestIndex(positions, 61)).toBe(3);
  });

  it('picks the first or last position outside their span', () => {
    expect(nearestIndex(positions, -50)).toBe(0);
    expect(nearestIndex(positions, 500)).toBe(3);
  });

  it('takes the lower one halfway between two positions', () => {
    expect(nearestIndex(positions, 30)).toBe(1);
  });

  it('has nothing to pick among no positions', () => {
    expect(nearestIndex([], 5)).toBeNull();
    expect(nearestIndex([7], 100)).toBe(0);
  });
});

describe('nearestPoint', () => {
  // Two curves' points in one list: a vertical run at x 10, then a point on another curve.
  const xs = [10, 10, 10, 50];
  const ys = [100, 60, 20, 58];

  it('picks the nearest point by both coordinates, not by x alone', () => {
    expect(nearestPoint(xs, ys, 12, 62)).toBe(1);
    expect(nearestPoint(xs, ys, 11, 18)).toBe(2);
    expect(nearestPoint(xs, ys, 45, 60)).toBe(3);
  });

  it('takes the first of two equally near points', () => {
    expect(nearestPoint(xs, ys, 10, 80)).toBe(0);
  });

  it('skips points that are not placed, and has nothing to pick among none', () => {
    expect(nearestPoint([NaN, 30], [5, NaN], 0, 0)).toBeNull();
    expect(nearestPoint([NaN, 30], [5, 40], 0, 0)).toBe(1);
    expect(nearestPoint([], [], 1, 1)).toBeNull();
  });
});
