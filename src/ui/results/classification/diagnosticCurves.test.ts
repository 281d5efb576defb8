import { describe, expect, it } from 'vitest';
import type { GainsPoint, RocPoint } from '../../../core/results/resultTypes';
import {
  gainsCurves,
  gainsDatum,
  pixelOf,
  rocHoverItems,
  rocLine,
  sharePercent,
} from './diagnosticCurves';

const roc = (...pairs: [number, number][]): RocPoint[] =>
  pairs.map(([fpr, tpr], index) => ({ fpr, tpr, threshold: 1 - index / pairs.length }));

describe('pixelOf', () => {
  const scale = (value: number) => (value < 0 ? undefined : value * 100);

  it('places a value with the scale', () => {
    expect(pixelOf(scale, 0.5)).toBe(50);
  });

  it('places nothing without a value, a scale, or a finite pixel', () => {
    expect(pixelOf(scale, null)).toBeNull();
    expect(pixelOf(undefined, 0.5)).toBeNull();
    expect(pixelOf(scale, -1)).toBeNull();
    expect(pixelOf(scale, Infinity)).toBeNull();
  });
});

describe('sharePercent', () => {
  it('writes a share as a whole percentage', () => {
    expect(sharePercent(0.1)).toBe('10%');
    expect(sharePercent(0.255)).toBe('26%');
    expect(sharePercent(1)).toBe('100%');
  });
});

describe('rocLine', () => {
  it('puts the false positive rate across and the true positive rate up', () => {
    expect(rocLine(roc([0, 0], [0.2, 0.6], [1, 1]))).toEqual([
      { x: 0, y: 0 },
      { x: 0.2, y: 0.6 },
      { x: 1, y: 1 },
    ]);
  });
});

describe('rocHoverItems', () => {
  const first = roc([0, 0], [0, 0.5], [1, 1]);
  const second = roc([0, 0], [0.5, 0.5]);

  it('lists every point of every curve, curve after curve, with where it came from', () => {
    const items = rocHoverItems([first, second]);
    expect(items.xs).toEqual([0, 0, 1, 0, 0.5]);
    expect(items.ys).toEqual([0, 0.5, 1, 0, 0.5]);
    expect(items.owners).toEqual([
      { curve: 0, point: 0 },
      { curve: 0, point: 1 },
      { curve: 0, point: 2 },
      { curve: 1, point: 0 },
      { curve: 1, point: 1 },
    ]);
  });

  it('has no items without curves', () => {
    expect(rocHoverItems([]).owners).toEqual([]);
  });
});

const gains = (...rows: [number, number][]): GainsPoint[] =>
  rows.map(([share, gain]) => ({ share, gain, lift: gain / share }));

describe('gainsDatum', () => {
  it('adds the random share and keeps a defined lift', () => {
    expect(gainsDatum({ share: 0.25, gain: 0.5, lift: 2 })).toEqual({
      share: 0.25,
      gain: 0.5,
      random: 0.25,
      lift: 2,
    });
  });

  it('has no lift at share 0 or where it is not a number', () => {
    expect(gainsDatum({ share: 0, gain: 0, lift: NaN }).lift).toBeNull();
    expect(gainsDatum({ share: 0.5, gain: 0.5, lift: Infinity }).lift).toBeNull();
  });
});

describe('gainsCurves', () => {
  const curves = gainsCurves(gains([0.25, 0.6], [0.5, 0.9], [1, 1]));

  it('starts the gain and random curves at the origin', () => {
    expect(curves.data[0]).toEqual({ share: 0, gain: 0, random: 0, lift: null });
    expect(curves.gain.map((point) => point.y)).toEqual([0, 0.6, 0.9, 1]);
    expect(curves.random.map((point) => point.y)).toEqual([0, 0.25, 0.5, 1]);
  });

  it('draws lift only where it is defined', () => {
    expect(curves.lift.map((point) => point.x)).toEqual([0.25, 0.5, 1]);
    expect(curves.lift[0]?.y).toBeCloseTo(2.4, 12);
  });

  it('gives lift a round axis from 0 over its highest value', () => {
    expect(curves.liftAxis.domain[0]).toBe(0);
    expect(curves.liftAxis.domain[1]).toBeGreaterThanOrEqual(2.4);
    expect(curves.liftAxis.domain[1]).toBeLessThan(4);
    expect(curves.liftAxis.ticks).toContain(1);
  });

  it('keeps lift 1 (random) on its axis when the model does no better', () => {
    const flat = gainsCurves(gains([0.5, 0.3], [1, 1]));
    expect(flat.liftAxis.domain[1]).toBeGreaterThanOrEqual(1);
  });

  it('adds no second origin when the gains start there', () => {
    const fromOrigin = gainsCurves([{ share: 0, gain: 0, lift: NaN }, ...gains([1, 1])]);
    expect(fromOrigin.data).toHaveLength(2);
  });

  it('draws nothing without gains', () => {
    const none = gainsCurves([]);
    expect(none.gain).toEqual([]);
    expect(none.lift).toEqual([]);
  });
});
