import { describe, expect, it } from 'vitest';
import reference from './fixtures/distributions.json';
import {
  chiSquareCdf,
  chiSquareSf,
  fCdf,
  fSf,
  normalCdf,
  normalSf,
  studentTCdf,
  studentTSf,
  twoSidedPValue,
} from './distributions';
import { regularizedBeta } from './incompleteBeta';
import { logGamma } from './logGamma';
import { normalQuantile, studentTQuantile } from './quantiles';

/** A reference value: scipy's, and the same quantity in 40-digit mpmath arithmetic. */
interface Reference {
  readonly scipy: number | null;
  readonly exact: number | null;
}

/** Relative error with an absolute floor of 1e-300 (values scipy underflows to 0 compare as 0). */
function relativeError(actual: number, expected: number | null): number {
  if (expected === null) return Number.isFinite(actual) ? Infinity : 0;
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

/**
 * Worst error over all cases against the exact values and against scipy's. scipy's own error is
 * up to 2e-9 (t.ppf) and 5e-11 (betainc and the F distribution with a shape of 5e4 or more).
 */
function worstErrors<T>(cases: readonly T[], pairs: (item: T) => [number, Reference][]) {
  const all = cases.flatMap(pairs);
  return {
    exact: Math.max(...all.map(([actual, target]) => relativeError(actual, target.exact))),
    scipy: Math.max(
      ...all.map(([actual, target]) =>
        Math.abs(actual - (target.scipy ?? NaN)) <= 1e-15 ? 0 : relativeError(actual, target.scipy),
      ),
    ),
  };
}

function expectAccurate(errors: { exact: number; scipy: number }) {
  expect(errors.exact).toBeLessThan(1e-10);
  expect(errors.scipy).toBeLessThan(1e-8);
}

describe('Student t distribution', () => {
  it('gives CDF and survival function for df from 1 to 1e6 and |t| up to 100', () => {
    expectAccurate(
      worstErrors(reference.studentT, (c) => [
        [studentTCdf(c.t, c.df), c.cdf],
        [studentTSf(c.t, c.df), c.sf],
      ]),
    );
  });

  it('gives quantiles, including the 0.975 point used for confidence intervals', () => {
    expectAccurate(
      worstErrors(reference.studentTQuantile, (c) => [[studentTQuantile(c.p, c.df), c.q]]),
    );
  });

  it('gives two-sided p-values that are symmetric in the sign of the statistic', () => {
    expect(twoSidedPValue(-2.5, 17)).toBe(twoSidedPValue(2.5, 17));
    expect(twoSidedPValue(-2.5, 17)).toBeCloseTo(2 * studentTSf(2.5, 17), 15);
    expect(twoSidedPValue(0, 5)).toBe(1);
    expect(twoSidedPValue(Infinity, 5)).toBe(0);
    expect(twoSidedPValue(1.96, Infinity)).toBeCloseTo(2 * normalSf(1.96), 15);
  });
});

describe('normal distribution', () => {
  it('gives CDF and survival function far into both tails', () => {
    expectAccurate(
      worstErrors(reference.normal, (c) => [
        [normalCdf(c.x), c.cdf],
        [normalSf(c.x), c.sf],
      ]),
    );
  });

  it('gives quantiles from 1e-300 to 1 − 1e-12', () => {
    expectAccurate(worstErrors(reference.normalQuantile, (c) => [[normalQuantile(c.p), c.q]]));
  });
});

describe('F and chi-square distributions', () => {
  it('gives the F CDF and survival function over a grid of degrees of freedom', () => {
    expectAccurate(
      worstErrors(reference.f, (c) => [
        [fCdf(c.f, c.df1, c.df2), c.cdf],
        [fSf(c.f, c.df1, c.df2), c.sf],
      ]),
    );
  });

  it('gives the chi-square CDF and survival function', () => {
    expectAccurate(
      worstErrors(reference.chiSquare, (c) => [
        [chiSquareCdf(c.x, c.k), c.cdf],
        [chiSquareSf(c.x, c.k), c.sf],
      ]),
    );
  });
});

describe('special functions', () => {
  it('gives both tails of the regularized incomplete beta, with shapes up to 5e5', () => {
    expectAccurate(
      worstErrors(reference.incompleteBeta, (c) => {
        const tails = regularizedBeta(c.a, c.b, c.x);
        return [
          [tails.lower, c.lower],
          [tails.upper, c.upper],
        ];
      }),
    );
  });

  it('gives log-gamma from 1e-8 to 1e10', () => {
    const errors = reference.logGamma.map(
      (c) =>
        Math.abs(logGamma(c.x) - (c.value.exact ?? NaN)) /
        Math.max(Math.abs(c.value.exact ?? NaN), 1),
    );
    expect(Math.max(...errors)).toBeLessThan(1e-14);
  });
});
