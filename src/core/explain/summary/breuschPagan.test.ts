import { describe, expect, it } from 'vitest';
import { breuschPagan } from './breuschPagan';
import reference from './fixtures/breusch-pagan.json';

function run(name: 'heteroscedastic' | 'homoscedastic') {
  const fixture = reference[name];
  const test = breuschPagan(Float64Array.from(fixture.fitted), Float64Array.from(fixture.residual));
  if (test === null) throw new Error('expected a test result');
  return { test, fixture };
}

describe('breuschPagan (statsmodels het_breuschpagan on [1, fitted])', () => {
  it('matches the LM statistic and p-value when the spread grows with the fit', () => {
    const { test, fixture } = run('heteroscedastic');
    expect(test.statistic).toBeCloseTo(fixture.lm, 8);
    expect(Math.abs(test.pValue - fixture.lmPValue)).toBeLessThan(1e-8);
    expect(Math.abs(test.pValue / fixture.lmPValue - 1)).toBeLessThan(1e-8);
    expect(test.pValue).toBeLessThan(0.01);
  });

  it('matches it on residuals of constant spread, where the test finds nothing', () => {
    const { test, fixture } = run('homoscedastic');
    expect(Math.abs(test.pValue - fixture.lmPValue)).toBeLessThan(1e-8);
    expect(test.pValue).toBeGreaterThan(0.01);
    expect(test.rows).toBe(fixture.fitted.length);
  });

  it('gives no test for constant fitted values or too few rows', () => {
    expect(breuschPagan([2, 2, 2, 2], [1, -1, 2, -2])).toBeNull();
    expect(breuschPagan([1, 2], [1, -1])).toBeNull();
  });

  it('refuses series of different lengths', () => {
    expect(() => breuschPagan([1, 2, 3], [1, 2])).toThrow();
  });
});
