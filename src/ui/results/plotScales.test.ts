import { describe, expect, it } from 'vitest';
import { gridPath, linearScale, logScale } from './plotScales';

describe('linearScale', () => {
  it('puts the ends of the domain on the ends of the range, and the middle half way', () => {
    const toX = linearScale([0, 200], 72, 472);
    expect(toX(0)).toBe(72);
    expect(toX(200)).toBe(472);
    expect(toX(100)).toBe(272);
  });

  it('runs downwards for a y axis whose range goes from bottom to top', () => {
    const toY = linearScale([0, 1], 180, 40);
    expect(toY(0)).toBe(180);
    expect(toY(0.25)).toBe(145);
  });

  it('centres every value when the domain is a single point', () => {
    expect(linearScale([5, 5], 0, 100)(5)).toBe(50);
  });
});

describe('logScale', () => {
  it('spaces each power of ten equally', () => {
    const toY = logScale([0.01, 10], 200, 20);
    expect(toY(0.01)).toBeCloseTo(200);
    expect(toY(0.1)).toBeCloseTo(140);
    expect(toY(1)).toBeCloseTo(80);
    expect(toY(10)).toBeCloseTo(20);
  });

  it('gives no pixel for zero or a negative loss', () => {
    const toY = logScale([0.1, 1], 100, 0);
    expect(toY(0)).toBeUndefined();
    expect(toY(-1)).toBeUndefined();
  });
});

describe('gridPath', () => {
  it('draws one vertical line per x tick and one horizontal line per y tick across the plot', () => {
    const box = { left: 10, top: 0, right: 110, bottom: 50 };
    const toX = linearScale([0, 10], 10, 110);
    const toY = linearScale([0, 1], 50, 0);
    expect(gridPath(box, [0, 10], [0.5], toX, toY)).toBe('M10,0V50M110,0V50M10,25H110');
  });

  it('leaves out ticks the scale cannot place', () => {
    const box = { left: 0, top: 0, right: 100, bottom: 100 };
    const toY = logScale([1, 100], 100, 0);
    expect(gridPath(box, [], [0, 10], linearScale([0, 1], 0, 100), toY)).toBe('M0,50H100');
  });
});
