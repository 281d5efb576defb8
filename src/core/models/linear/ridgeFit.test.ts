import { describe, expect, it } from 'vitest';
import ridge from './fixtures/ridge.json';
import { maxRelativeError, trainingSetFromRows } from './fixtureData';
import type { RidgeModel } from './linearTypes';
import { fitRidge, type RidgeSettings } from './ridgeFit';

const training = trainingSetFromRows(ridge.x, ridge.y, ridge.featureNames);

function fitted(settings: RidgeSettings, data = training): RidgeModel {
  const result = fitRidge(data, settings);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A seeded design where only the first two of `cols` features matter. */
function syntheticRows(rows: number, cols: number, seed: number, noise: number) {
  let state = seed;
  const uniform = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const x = Array.from({ length: rows }, () => Array.from({ length: cols }, () => uniform() * 10));
  const y = x.map((row) => 5 + 2 * (row[0] ?? 0) - (row[1] ?? 0) + noise * (uniform() - 0.5));
  return trainingSetFromRows(
    x,
    y,
    Array.from({ length: cols }, (_, j) => `f${j}`),
  );
}

describe('fitRidge', () => {
  for (const reference of ridge.cases) {
    it(`matches sklearn Ridge(alpha=${reference.alpha}) on the raw features`, () => {
      const model = fitted({ lambda: reference.alpha, penaltyScale: 'raw', validation: null });
      expect(maxRelativeError(model.coefficients, reference.raw.coef)).toBeLessThan(1e-6);
      expect(maxRelativeError([model.intercept], [reference.raw.intercept])).toBeLessThan(1e-6);
    });

    it(`matches StandardScaler + Ridge(alpha=${reference.alpha}) reported on the raw scale`, () => {
      const model = fitted({
        lambda: reference.alpha,
        penaltyScale: 'standardised',
        validation: null,
      });
      expect(maxRelativeError(model.coefficients, reference.standardised.coef)).toBeLessThan(1e-6);
      expect(maxRelativeError([model.intercept], [reference.standardised.intercept])).toBeLessThan(
        1e-6,
      );
    });
  }

  it('shrinks coefficients towards zero as lambda grows', () => {
    const norms = [0, 10, 1000, 1e6].map((lambda) => {
      const model = fitted({ lambda, penaltyScale: 'raw', validation: null });
      return Math.hypot(...model.coefficients);
    });
    expect(norms).toEqual([...norms].sort((a, b) => b - a));
  });

  it('picks lambda with the lowest validation MSE and reports the whole curve', () => {
    const data = syntheticRows(200, 8, 7, 4);
    const validation = syntheticRows(100, 8, 99, 4);
    const model = fitted({ lambda: 'auto', penaltyScale: 'standardised', validation }, data);
    expect(model.lambdaChoice).toBe('validation');
    expect(model.lambdaCurve.length).toBeGreaterThan(20);
    const lowest = Math.min(...model.lambdaCurve.map((point) => point.score));
    expect(model.lambdaCurve.find((point) => point.lambda === model.lambda)?.score).toBe(lowest);
    const refit = fitted(
      { lambda: model.lambda, penaltyScale: 'standardised', validation: null },
      data,
    );
    expect(refit.coefficients).toEqual(model.coefficients);
  });

  it('chooses a small penalty when the signal is strong and a large one for pure noise', () => {
    const strong = fitted(
      { lambda: 'auto', penaltyScale: 'standardised', validation: syntheticRows(100, 8, 5, 0.1) },
      syntheticRows(200, 8, 3, 0.1),
    );
    const noiseData = syntheticRows(200, 8, 3, 0);
    const shuffled = {
      ...noiseData,
      y: noiseData.y.map((_, i) => noiseData.y[(i * 37) % 200] ?? 0),
    };
    const noise = fitted(
      { lambda: 'auto', penaltyScale: 'standardised', validation: null },
      shuffled,
    );
    expect(noise.lambdaChoice).toBe('gcv');
    expect(noise.lambda).toBeGreaterThan(1000 * strong.lambda);
  });

  it('rejects a negative lambda with a readable error', () => {
    const result = fitRidge(training, { lambda: -1, penaltyScale: 'raw', validation: null });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('bad-option');
  });
});
