import { describe, expect, it } from 'vitest';
import { stepIndex } from './usePointKeys';

describe('stepIndex', () => {
  it('starts at the first point on Right/Down and at the last on Left/Up', () => {
    expect(stepIndex('ArrowRight', null, 5)).toBe(0);
    expect(stepIndex('ArrowDown', null, 5)).toBe(0);
    expect(stepIndex('ArrowLeft', null, 5)).toBe(4);
    expect(stepIndex('ArrowUp', null, 5)).toBe(4);
  });

  it('steps one point at a time and stops at either end', () => {
    expect(stepIndex('ArrowRight', 2, 5)).toBe(3);
    expect(stepIndex('ArrowRight', 4, 5)).toBe(4);
    expect(stepIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(stepIndex('Home', 3, 5)).toBe(0);
    expect(stepIndex('End', 1, 5)).toBe(4);
  });

  it('hides the point on Escape and ignores other keys and empty charts', () => {
    expect(stepIndex('Escape', 2, 5)).toBeNull();
    expect(stepIndex('Tab', 2, 5)).toBeUndefined();
    expect(stepIndex('ArrowRight', null, 0)).toBeUndefined();
  });
});
