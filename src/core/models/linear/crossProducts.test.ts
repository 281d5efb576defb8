import { describe, expect, it } from 'vitest';
import type { TrainingSet } from '../modelTypes';
import { centredCrossProducts, scalingFromCrossProducts } from './crossProducts';
import { seededRegression } from './fixtureData';

/** Column `a` of [x, y] (a = cols is y). */
function column(data: TrainingSet, a: number): number[] {
  return Array.from({ length: data.rows }, (_, i) =>
    a === data.cols ? data.y[i]! : data.x[i * data.cols + a]!,
  );
}

/** Means and centred cross-products the slow, obvious way: two passes per pair of columns. */
function twoPass(data: TrainingSet): { means: number[]; centred: number[][] } {
  const columns = Array.from({ length: data.cols + 1 }, (_, a) => column(data, a));
  const means = columns.map((values) => values.reduce((sum, v) => sum + v, 0) / data.rows);
  const centred = columns.map((left, a) =>
    columns.map((right, b) =>
      left.reduce((sum, v, i) => sum + (v - means[a]!) * (right[i]! - means[b]!), 0),
    ),
  );
  return { means, centred };
}

/** Largest |ours − reference| / √(C_aa C_bb) over all pairs: error on the correlation scale. */
function worstCentredError(data: TrainingSet): number {
  const products = centredCrossProducts(data);
  const reference = twoPass(data);
  const { width, centred } = products;
  let worst = 0;
  for (let a = 0; a < width; a += 1) {
    for (let b = 0; b < width; b += 1) {
      const expected = reference.centred[a]![b]!;
      const norm = Math.sqrt(reference.centred[a]![a]! * reference.centred[b]![b]!);
      worst = Math.max(worst, Math.abs(centred[a * width + b]! - expected) / norm);
    }
    const meanError = Math.abs(products.means[a]! - reference.means[a]!);
    worst = Math.max(worst, meanError / Math.abs(reference.means[a]!));
  }
  return worst;
}

describe('centredCrossProducts', () => {
  it.each([
    [3, 1],
    [300, 4],
    [1000, 9],
    [257, 2],
  ])('matches two-pass centred sums on %i rows × %i features far from zero', (rows, cols) => {
    const data = seededRegression(rows, cols, { offset: 1e6, seed: rows });
    expect(worstCentredError(data)).toBeLessThan(1e-13);
  });

  it('stays accurate when the first row lies far out in its column', () => {
    // Centring about that row would lose about 1e-11 here; a second pass about the means, nothing.
    const data = seededRegression(20_000, 3, { seed: 7 });
    data.x[0] = 1e9;
    data.y[0] = -1e8;
    expect(worstCentredError(data)).toBeLessThan(1e-13);
  });

  it('marks a column constant exactly when every row holds the same value', () => {
    const data = seededRegression(700, 3, { seed: 3 });
    for (let i = 0; i < data.rows; i += 1) {
      data.x[i * 3] = 0.1;
      data.x[i * 3 + 2] = 0.1;
    }
    data.x[(data.rows - 1) * 3 + 2] = 0.1 + 1e-12;
    const products = centredCrossProducts(data);
    expect(products.constant).toEqual([true, false, false, false]);
    expect(products.means[0]).toBe(0.1);
    expect(products.centred.subarray(0, products.width)).toEqual(new Float64Array(4));
    const scaling = scalingFromCrossProducts(products);
    expect(scaling.constant).toEqual([true, false, false]);
    expect(scaling.scale[0]).toBe(1);
  });

  it('gives population standard deviations as the feature scales', () => {
    const data = seededRegression(500, 2, { seed: 11 });
    const scaling = scalingFromCrossProducts(centredCrossProducts(data));
    const reference = twoPass(data);
    [0, 1].forEach((j) => {
      const sd = Math.sqrt(reference.centred[j]![j]! / data.rows);
      expect(Math.abs(scaling.scale[j]! - sd) / sd).toBeLessThan(1e-13);
    });
  });

  it('flags NaN and infinite values as not finite', () => {
    const withNaN = seededRegression(300, 2);
    withNaN.x[401] = Number.NaN;
    const withInfinity = seededRegression(300, 2);
    withInfinity.y[299] = Number.POSITIVE_INFINITY;
    expect(centredCrossProducts(withNaN).finite).toBe(false);
    expect(centredCrossProducts(withInfinity).finite).toBe(false);
    expect(centredCrossProducts(seededRegression(300, 2)).finite).toBe(true);
  });
});
