import { describe, expect, it } from 'vitest';
import type { CoefficientRow } from '../../core/models/linear/linearTypes';
import { coefficientBars, coefficientClasses } from './coefficientPlotData';

function row(
  feature: string,
  estimate: number | null,
  className: string | null = null,
): CoefficientRow {
  return {
    feature,
    className,
    estimate,
    standardError: 0.5,
    statistic: null,
    pValue: null,
    ciLower: estimate === null ? null : estimate - 1,
    ciUpper: estimate === null ? null : estimate + 2,
    oddsRatio: null,
    vif: null,
    aliased: estimate === null,
  };
}

describe('coefficientBars', () => {
  it('leaves out the intercept and aliased columns and keeps each asymmetric interval', () => {
    const table = [
      row('(intercept)', 3),
      row('tv', 0.5),
      row('radio_copy', null),
      row('radio', -1.5),
    ];
    expect(coefficientBars(table, null)).toEqual([
      { label: 'tv', value: 0.5, lower: -0.5, upper: 2.5 },
      { label: 'radio', value: -1.5, lower: -2.5, upper: 0.5 },
    ]);
  });

  it('keeps only the chosen class of a multinomial model', () => {
    const table = [row('age', 1, 'b'), row('age', 2, 'c'), row('income', 3, 'c')];
    expect(coefficientBars(table, 'c').map((bar) => bar.value)).toEqual([2, 3]);
  });

  it('draws a zero-width interval when the estimate has none', () => {
    const table: CoefficientRow[] = [{ ...row('tv', 4), ciLower: null, ciUpper: null }];
    const [bar] = coefficientBars(table, null);
    expect([bar?.lower, bar?.value, bar?.upper]).toEqual([4, 4, 4]);
  });
});

describe('coefficientClasses', () => {
  it('lists the classes of a multinomial model in table order', () => {
    expect(coefficientClasses([row('a', 1, 'b'), row('c', 1, 'b'), row('a', 1, 'c')])).toEqual([
      'b',
      'c',
    ]);
  });

  it('is empty for regression and binary models (one set of coefficients)', () => {
    expect(coefficientClasses([row('a', 1)])).toEqual([]);
    expect(coefficientClasses([row('a', 1, 'yes')])).toEqual([]);
  });
});
