import { describe, expect, it } from 'vitest';
import { svmDecisionValues } from './decisionValues';
import { coefsByRow, trainOnFixture } from './fixtures/fixtureTraining';
import { fixtureTestMatrix, fixtureTrainingSet, kernelFixtures } from './fixtures/svmFixtures';
import { resolveGamma } from './kernelFunctions';
import { svmPlugin } from './plugin';

const binaryCases = [
  ['RBF, gamma "scale", tol 1e-3', kernelFixtures.svcBinaryRbf],
  ['RBF, gamma 0.3, C 2, tol 1e-6', kernelFixtures.svcBinaryRbfTight],
  ['polynomial degree 3, coef0 1', kernelFixtures.svcBinaryPoly],
  ['linear kernel, C 0.1', kernelFixtures.svcBinaryLinearKernel],
] as const;

describe('binary C-SVC against scikit-learn SVC', () => {
  it.each(binaryCases)('%s: the same support vectors', async (_, fixture) => {
    const model = await trainOnFixture(fixture, 'classification');
    expect([...model.supportRows]).toEqual([...fixture.support].sort((a, b) => a - b));
  });

  it.each(binaryCases)('%s: dual coefficients and rho within 1e-3', async (_, fixture) => {
    const model = await trainOnFixture(fixture, 'classification');
    const ours = coefsByRow(model);
    const theirs = fixture.dualCoef.flat();
    fixture.support.forEach((row, k) => {
      expect(ours.get(row)).toBeCloseTo(theirs[k]!, 3);
    });
    expect(model.pairs[0]!.rho).toBeCloseTo(-fixture.intercept[0]!, 3);
  });

  it.each(binaryCases)('%s: held-out decisions and predictions', async (_, fixture) => {
    const model = await trainOnFixture(fixture, 'classification');
    const test = fixtureTestMatrix(fixture);
    const decisions = svmDecisionValues(model, test).values;
    const expected = (fixture.decisionTest ?? []).flat();
    expected.forEach((value, row) => expect(decisions[row]).toBeCloseTo(value, 3));
    const predicted = svmPlugin.predict(model, test).values;
    expect([...predicted]).toEqual(fixture.predictTest);
  });
});

describe('gamma', () => {
  it('resolves "scale" to 1 / (features * variance of X) as scikit-learn', () => {
    const fixture = kernelFixtures.svcBinaryRbf;
    const gamma = resolveGamma('scale', fixtureTrainingSet(fixture, true));
    expect(gamma / fixture.gammaValue).toBeCloseTo(1, 12);
  });

  it('resolves "auto" to 1 / features and keeps a number as given', () => {
    const data = fixtureTrainingSet(kernelFixtures.svcBinaryPoly, true);
    expect(resolveGamma('auto', data)).toBe(1 / data.cols);
    expect(resolveGamma(0.42, data)).toBe(0.42);
  });

  it('falls back to 1 when every value is the same, as scikit-learn', () => {
    expect(resolveGamma('scale', { x: new Float64Array(6).fill(3), rows: 3, cols: 2 })).toBe(1);
  });
});
