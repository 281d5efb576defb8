import { describe, expect, it } from 'vitest';
import type { TrainingSet } from '../modelTypes';
import { centredCrossProducts } from './crossProducts';
import { maxRelativeError, seededRegression, trainingSetFromRows } from './fixtureData';
import collinear from './fixtures/ols-collinear.json';
import constant from './fixtures/ols-constant.json';
import longley from './fixtures/ols-longley.json';
import marketing from './fixtures/ols-marketing.json';
import type { OlsFitStatistics, OlsModel } from './linearTypes';
import { CROSS_PRODUCTS_CONDITION_LIMIT, decomposeOls } from './olsDecomposition';
import { fitOls } from './olsFit';

function methodFor(data: TrainingSet) {
  return decomposeOls(data, centredCrossProducts(data)).method;
}

function fitted(data: TrainingSet, method: 'auto' | 'qr'): OlsModel {
  const result = fitOls(data, method);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Every number a user sees: the table's columns and the fit statistics. */
function reportedNumbers(model: OlsModel): (number | null)[] {
  const rows = model.table.flatMap((row) => [
    row.estimate,
    row.standardError,
    row.statistic,
    row.pValue,
    row.ciLower,
    row.ciUpper,
    row.vif,
  ]);
  const statistics = Object.keys(model.fit) as (keyof OlsFitStatistics)[];
  return [...rows, ...statistics.map((name) => model.fit[name])];
}

const fromFixture = (fixture: { x: number[][]; y: number[]; featureNames: string[] }) =>
  trainingSetFromRows(fixture.x, fixture.y, fixture.featureNames);

describe('decomposeOls: choosing between the cross-products and QR', () => {
  it('agrees with the QR path to 1e-9 on a well-conditioned design far from zero', () => {
    const data = seededRegression(20_000, 7, { offset: 1000, seed: 5 });
    expect(methodFor(data)).toBe('cross-products');
    const fast = reportedNumbers(fitted(data, 'auto'));
    const qr = reportedNumbers(fitted(data, 'qr'));
    // Intercept and 7 features × 7 columns, and the 16 fit statistics.
    expect(fast).toHaveLength(8 * 7 + 16);
    expect(maxRelativeError(fast, qr)).toBeLessThan(1e-9);
  });

  it('hands nearly collinear features (not aliased) to QR, past the condition limit', () => {
    const data = seededRegression(5000, 4, { spread: 1e-5, seed: 9 });
    const decomposed = decomposeOls(data, centredCrossProducts(data));
    expect(decomposed.method).toBe('qr');
    expect(decomposed.solution.rank).toBe(5);
    expect(decomposed.centredCondition).toBeGreaterThan(CROSS_PRODUCTS_CONDITION_LIMIT);
    expect(fitted(data, 'auto')).toEqual(fitted(data, 'qr'));
  });

  it('hands aliased columns and a perfect fit to QR', () => {
    expect(methodFor(fromFixture(collinear))).toBe('qr');
    const exact = seededRegression(50, 3);
    exact.y.set(exact.x.filter((_, k) => k % 3 === 0).map((value) => 2 - 3 * value));
    expect(methodFor(exact)).toBe('qr');
  });

  it('fits the well-conditioned statsmodels fixtures, Longley too, from the cross-products', () => {
    // So the fixture tests in olsFit.test.ts judge this path against statsmodels.
    expect(
      [marketing, longley, constant].map((fixture) => methodFor(fromFixture(fixture))),
    ).toEqual(['cross-products', 'cross-products', 'cross-products']);
  });

  it('gives an intercept-only model an R² of exactly 0, as statsmodels does', () => {
    const data = seededRegression(301, 0, { seed: 4 });
    expect(methodFor(data)).toBe('cross-products');
    expect(fitted(data, 'auto').fit.rSquared).toBe(0);
  });

  it('uses QR when asked, with the same scaling', () => {
    const data = seededRegression(300, 3);
    const products = centredCrossProducts(data);
    const qr = decomposeOls(data, products, 'qr');
    expect(qr.method).toBe('qr');
    expect(qr.scaling).toEqual(decomposeOls(data, products).scaling);
  });
});

describe('fitOls input checks after the single pass', () => {
  it('names the column and row of a missing feature value', () => {
    const data = seededRegression(400, 3);
    data.x[300 * 3 + 1] = Number.NaN;
    const result = fitOls(data);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'non-finite-feature',
      column: 'x1',
    });
    expect(result.ok ? '' : result.error.message).toContain('row 301');
  });

  it('names the row of an infinite target value', () => {
    const data = seededRegression(400, 3);
    data.y[17] = Number.NEGATIVE_INFINITY;
    const result = fitOls(data);
    expect(result.ok ? null : result.error.code).toBe('non-finite-target');
    expect(result.ok ? '' : result.error.message).toContain('row 18');
  });

  it('refuses an empty training set as too few rows', () => {
    const empty = trainingSetFromRows([], [], ['a']);
    const result = fitOls(empty);
    expect(result.ok ? null : result.error.code).toBe('too-few-rows');
  });
});
