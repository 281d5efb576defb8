import { describe, expect, it } from 'vitest';
import { fitPipeline } from './fit/fitPipeline';
import type { Pipeline } from './prepTypes';
import { coefficientsOnRawScale, featureScalings } from './rawScale';
import { levelColumn, numberColumn, rowRange, tableOf } from './testing/buildTable';
import { transform } from './transform/transform';

const table = tableOf([
  numberColumn('spend', [10, 20, 30, 40]),
  levelColumn('plan', ['basic', 'pro', 'pro', 'basic']),
  numberColumn('revenue', [1, 2, 3, 5]),
]);

function fitted(standardise: boolean): Pipeline {
  const features = [{ column: 'spend' }, { column: 'plan' }];
  const result = fitPipeline(
    table,
    { target: 'revenue', task: 'regression', features, standardise },
    rowRange(0, 4),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('raw-scale coefficients', () => {
  it('predict the same on raw features as the standardised ones did', () => {
    const scaled = fitted(true);
    const weights = [0.8, -0.3, 0.4];
    const intercept = 2.5;
    const raw = coefficientsOnRawScale(scaled, weights, intercept);
    const standardisedRows = transform(scaled, table, rowRange(0, 4));
    const rawRows = transform(fitted(false), table, rowRange(0, 4));
    if (!standardisedRows.ok || !rawRows.ok) throw new Error('transform failed');
    for (let row = 0; row < 4; row++) {
      const predict = (x: Float64Array, w: ArrayLike<number>, b: number) =>
        [0, 1, 2].reduce((sum, j) => sum + (w[j] as number) * (x[row * 3 + j] as number), b);
      expect(predict(rawRows.value.matrix.x, raw.weights, raw.intercept)).toBeCloseTo(
        predict(standardisedRows.value.matrix.x, weights, intercept),
        12,
      );
    }
  });

  it('are unchanged when nothing was standardised (as for OLS)', () => {
    expect(featureScalings(fitted(false))).toEqual([null, null, null]);
    const raw = coefficientsOnRawScale(fitted(false), [1, 2, 3], 4);
    expect({ weights: Array.from(raw.weights), intercept: raw.intercept }).toEqual({
      weights: [1, 2, 3],
      intercept: 4,
    });
  });
});
