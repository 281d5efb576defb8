import { describe, expect, it } from 'vitest';
import { coefsByRow, trainOnFixture } from './fixtures/fixtureTraining';
import { fixtureTestMatrix, kernelFixtures } from './fixtures/svmFixtures';
import { svmPlugin } from './plugin';

function rSquared(actual: readonly number[], predicted: ArrayLike<number>): number {
  const mean = actual.reduce((sum, y) => sum + y, 0) / actual.length;
  let residual = 0;
  let total = 0;
  actual.forEach((y, k) => {
    residual += (y - predicted[k]!) ** 2;
    total += (y - mean) ** 2;
  });
  return 1 - residual / total;
}

const cases = [
  ['RBF, C 10, epsilon 0.2', kernelFixtures.svrRbf],
  ['polynomial degree 2, coef0 1, epsilon 0.1', kernelFixtures.svrPoly],
] as const;

describe('epsilon-SVR against scikit-learn SVR', () => {
  it.each(cases)('%s: the same support vectors', async (_, fixture) => {
    const model = await trainOnFixture(fixture, 'regression');
    expect([...model.supportRows]).toEqual([...fixture.support].sort((a, b) => a - b));
  });

  it.each(cases)('%s: dual coefficients within 1e-3 relative, intercept close', async (_, f) => {
    const model = await trainOnFixture(f, 'regression');
    const ours = coefsByRow(model);
    const theirs = f.dualCoef.flat();
    const largest = Math.max(...theirs.map(Math.abs));
    f.support.forEach((row, k) => {
      expect(Math.abs(ours.get(row)! - theirs[k]!)).toBeLessThan(1e-3 * largest);
    });
    expect(model.regression!.rho).toBeCloseTo(-f.intercept[0]!, 3);
  });

  it.each(cases)('%s: held-out predictions and R-squared', async (_, fixture) => {
    const model = await trainOnFixture(fixture, 'regression');
    const predictions = svmPlugin.predict(model, fixtureTestMatrix(fixture));
    expect(predictions.probabilities).toBeNull();
    fixture.predictTest.forEach((y, k) => expect(predictions.values[k]).toBeCloseTo(y, 3));
    expect(rSquared(fixture.yTest, predictions.values)).toBeCloseTo(fixture.r2Test!, 4);
  });
});
