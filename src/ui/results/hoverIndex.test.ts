import { describe, expect, it } from 'vitest';
import { nearestIndex } from './hoverIndex';

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
