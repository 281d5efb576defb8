import { describe, expect, it } from 'vitest';
import reference from './fixtures/ols-influence.json';
import { olsInfluence } from './olsInfluence';

type Case = (typeof reference)['planted'];

function influenceOf(fixture: Case) {
  const x = Float64Array.from(fixture.x);
  const design = { x, rows: fixture.y.length, cols: fixture.cols };
  return olsInfluence(design, Float64Array.from(fixture.residual));
}

function expectClose(actual: Float64Array, expected: readonly number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  actual.forEach((value, i) => (worst = Math.max(worst, Math.abs(value - expected[i]!))));
  expect(worst).toBeLessThan(tolerance);
}

describe('olsInfluence (statsmodels OLSInfluence)', () => {
  it('matches hat values and internally studentised residuals on two ad spends', () => {
    const influence = influenceOf(reference.planted);
    expectClose(influence.hat, reference.planted.hat, 1e-12);
    expectClose(influence.studentized, reference.planted.studentized, 1e-10);
    expect(influence.rank).toBe(reference.planted.rank);
  });

  it('drops an aliased column (a multiple of another) the way the pseudo-inverse does', () => {
    const influence = influenceOf(reference.aliased);
    expect(influence.rank).toBe(3);
    expectClose(influence.hat, reference.aliased.hat, 1e-10);
    expectClose(influence.studentized, reference.aliased.studentized, 1e-9);
  });

  it('finds the planted far-out rows with the 2p/n and |t| > 3 rule, as the reference does', () => {
    const { hat, studentized, rank } = influenceOf(reference.planted);
    const rows = hat.length;
    const flagged = [...hat.keys()].filter(
      (i) => hat[i]! > (2 * rank) / rows && Math.abs(studentized[i]!) > 3,
    );
    expect(flagged).toEqual(reference.planted.flagged);
    expect(flagged).toEqual([7, 31]);
  });

  it('hat values sum to the rank and lie in [0, 1]', () => {
    const { hat, rank } = influenceOf(reference.planted);
    expect(hat.reduce((s, h) => s + h, 0)).toBeCloseTo(rank, 10);
    for (const h of hat) expect(h >= 0 && h <= 1).toBe(true);
  });
});
