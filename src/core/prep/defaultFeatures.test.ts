import { describe, expect, it } from 'vitest';
import { defaultFeatures, featureSpecsOf } from './defaultFeatures';
import { levelColumn, numberColumn, tableOf } from './testing/buildTable';

describe('defaultFeatures', () => {
  const table = tableOf([
    levelColumn('customer_id', ['C1', 'C2', 'C3'], 'id'),
    numberColumn('spend', [10, 20, 30]),
    levelColumn('comment', ['great service', 'too slow', 'fine'], 'text'),
    numberColumn('country_code', [44, 44, null]),
    numberColumn('signup', [0, 86_400_000, 2 * 86_400_000], 'date'),
    levelColumn('plan', ['basic', 'pro', 'basic']),
    numberColumn('churned', [0, 1, 0], 'boolean'),
  ]);
  const choices = defaultFeatures(table, 6);

  it('switches off the target, IDs, free text and constant columns, with a reason each', () => {
    expect(choices.map((c) => [c.column, c.included, c.reason])).toEqual([
      ['customer_id', false, 'id-like'],
      ['spend', true, null],
      ['comment', false, 'free-text'],
      ['country_code', false, 'constant'],
      ['signup', true, null],
      ['plan', true, null],
      ['churned', false, 'target'],
    ]);
  });

  it('switches off columns holding personal data, even numeric ones, unless they are the target', () => {
    const withPii = defaultFeatures(table, 6, ['spend', 'plan', 'churned']);
    expect(withPii.map((c) => [c.column, c.included, c.reason])).toEqual([
      ['customer_id', false, 'id-like'],
      ['spend', false, 'pii'],
      ['comment', false, 'free-text'],
      ['country_code', false, 'constant'],
      ['signup', true, null],
      ['plan', false, 'pii'],
      ['churned', false, 'target'],
    ]);
  });

  it('expands dates into parts and one-hot encodes categories', () => {
    const encodings = Object.fromEntries(choices.map((c) => [c.column, c.encoding]));
    expect(encodings).toMatchObject({ signup: 'date-parts', plan: 'one-hot', spend: 'numeric' });
  });

  it('turns the included choices into feature specs', () => {
    expect(featureSpecsOf(choices)).toEqual([
      { column: 'spend' },
      { column: 'signup' },
      { column: 'plan' },
    ]);
  });
});
