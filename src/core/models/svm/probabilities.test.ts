import { describe, expect, it } from 'vitest';
import { coupleProbabilities } from './pairwiseCoupling';
import { fitSigmoid, sigmoidProbability } from './plattScaling';
import { seededRandom } from './seededShuffle';

describe('fitSigmoid (Platt scaling)', () => {
  it('recovers the sigmoid that generated the labels', () => {
    const random = seededRandom(11);
    const truth = { a: -2, b: 0.5 };
    const decisions = Float64Array.from({ length: 20_000 }, () => 6 * random() - 3);
    const labels = Int8Array.from(decisions, (d) =>
      random() < sigmoidProbability(truth, d) ? 1 : -1,
    );
    const fitted = fitSigmoid(decisions, labels);
    // 20,000 draws: sampling error of a few hundredths.
    expect(Math.abs(fitted.a - truth.a)).toBeLessThan(0.1);
    expect(Math.abs(fitted.b - truth.b)).toBeLessThan(0.1);
  });

  it('stays finite on perfectly separated decisions, thanks to Platt\u2019s smoothed targets', () => {
    const decisions = [-3, -2, -1, 1, 2, 3];
    const fitted = fitSigmoid(decisions, [-1, -1, -1, 1, 1, 1]);
    expect(Number.isFinite(fitted.a) && Number.isFinite(fitted.b)).toBe(true);
    expect(sigmoidProbability(fitted, 3)).toBeGreaterThan(0.7);
    expect(sigmoidProbability(fitted, 3)).toBeLessThan(1);
  });

  it('falls back to the class prior when all decisions are equal', () => {
    const fitted = fitSigmoid([0, 0, 0, 0], [1, -1, -1, -1]);
    // Platt's targets put the prior at (1 + 1) / (1 + 2) * 1/4 + 1 / (3 + 2) * 3/4 = 0.3167.
    expect(sigmoidProbability(fitted, 0)).toBeCloseTo((2 / 3) * 0.25 + 0.2 * 0.75, 4);
  });

  it('does not overflow for huge decisions', () => {
    expect(sigmoidProbability({ a: -1, b: 0 }, 1e4)).toBe(1);
    expect(sigmoidProbability({ a: -1, b: 0 }, -1e4)).toBe(0);
  });
});

describe('coupleProbabilities (Wu, Lin & Weng method 2)', () => {
  const pairwiseFrom = (p: readonly number[]) => {
    const k = p.length;
    const pairwise = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) if (i !== j) pairwise[i * k + j] = p[i]! / (p[i]! + p[j]!);
    }
    return pairwise;
  };

  it('recovers class probabilities from consistent pairwise ones', () => {
    const truth = [0.5, 0.3, 0.15, 0.05];
    const coupled = coupleProbabilities(pairwiseFrom(truth), 4);
    truth.forEach((p, k) => expect(coupled[k]).toBeCloseTo(p, 6));
  });

  it('returns a distribution for inconsistent pairwise estimates', () => {
    // Cyclic preferences: 0 beats 1, 1 beats 2, 2 beats 0.
    const pairwise = Float64Array.from([0, 0.8, 0.2, 0.2, 0, 0.8, 0.8, 0.2, 0]);
    const coupled = coupleProbabilities(pairwise, 3);
    expect(coupled.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 12);
    for (const p of coupled) expect(p).toBeCloseTo(1 / 3, 6);
  });

  it('reduces to the pairwise estimate for two classes', () => {
    const coupled = coupleProbabilities(Float64Array.from([0, 0.7, 0.3, 0]), 2);
    expect(coupled[0]).toBeCloseTo(0.7, 6);
    expect(coupled[1]).toBeCloseTo(0.3, 6);
  });
});
