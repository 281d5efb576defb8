import { describe, expect, it } from 'vitest';
import { inferTask } from './inferTask';
import {
  checkClassCount,
  classIndexPerRow,
  countClasses,
  orderPositiveLast,
} from './targetClasses';
import { levelColumn, numberColumn } from './testing/buildTable';

const repeat = <T>(cells: readonly T[], times: number): T[] =>
  Array.from({ length: times }, () => cells).flat();

describe('inferTask', () => {
  it('chooses regression for a number with many distinct values', () => {
    const spend = numberColumn('spend', [12.5, 3, 99, 41.2, null]);
    expect(inferTask(spend)).toEqual({
      ok: true,
      value: { task: 'regression', reason: 'fractions', classCount: null },
    });
    const visits = numberColumn(
      'visits',
      Array.from({ length: 30 }, (_, i) => i),
    );
    expect(inferTask(visits).ok && inferTask(visits)).toMatchObject({
      value: { task: 'regression', reason: 'many-values' },
    });
  });

  it('chooses classification for a few whole numbers', () => {
    const stars = numberColumn('stars', repeat([1, 2, 3, 4, 5, null], 10));
    expect(inferTask(stars)).toEqual({
      ok: true,
      value: { task: 'classification', reason: 'few-integers', classCount: 5 },
    });
  });

  it('chooses classification for categorical and boolean targets', () => {
    const plan = levelColumn('plan', ['basic', 'pro', 'basic', 'team']);
    expect(inferTask(plan)).toMatchObject({
      ok: true,
      value: { reason: 'categorical', classCount: 3 },
    });
    const churned = numberColumn('churned', [0, 1, 1], 'boolean');
    expect(inferTask(churned)).toMatchObject({
      ok: true,
      value: { reason: 'boolean', classCount: 2 },
    });
  });

  it('refuses dates, free text and IDs as targets, and empty columns', () => {
    const refused = [
      numberColumn('signup', [0, 86_400_000], 'date'),
      levelColumn('notes', ['long text', 'more text'], 'text'),
      levelColumn('customer_id', ['C1', 'C2'], 'id'),
    ];
    for (const column of refused) {
      expect(inferTask(column)).toMatchObject({ ok: false, error: { code: 'unsupported-target' } });
    }
    expect(inferTask(numberColumn('empty', [null, null]))).toMatchObject({
      ok: false,
      error: { code: 'empty-target', column: 'empty' },
    });
  });
});

describe('class guard', () => {
  it('counts the classes of all rows, or of the rows asked for only', () => {
    const column = levelColumn('plan', ['pro', 'free', null, 'pro', 'team', 'free']);
    const counts = (rows: Int32Array | null) =>
      countClasses(column, rows).map(({ label, count }) => [label, count]);
    expect(counts(null)).toEqual([
      ['free', 2],
      ['pro', 2],
      ['team', 1],
    ]);
    expect(counts(Int32Array.of(0, 2, 3, 5))).toEqual([
      ['free', 1],
      ['pro', 2],
    ]);
  });

  it('refuses a target with a single class, naming it', () => {
    const classes = countClasses(levelColumn('churn', ['yes', 'yes', null]), null);
    expect(checkClassCount('churn', classes)).toEqual({
      ok: false,
      error: { code: 'single-class', column: 'churn', className: 'yes' },
    });
  });

  it('refuses more than 50 classes', () => {
    const cells = Array.from({ length: 2000 }, (_, i) => `city ${i % 51}`);
    const classes = countClasses(levelColumn('city', cells), null);
    expect(checkClassCount('city', classes)).toEqual({
      ok: false,
      error: { code: 'too-many-classes', column: 'city', classes: 51, rows: 2000, limit: 50 },
    });
  });

  it('refuses more than 10 classes when they exceed 5 % of the rows', () => {
    const cells = Array.from({ length: 100 }, (_, i) => `store ${i % 11}`);
    const classes = countClasses(levelColumn('store', cells), null);
    expect(checkClassCount('store', classes)).toMatchObject({
      ok: false,
      error: { code: 'too-many-classes', classes: 11, limit: 10 },
    });
    const fewer = countClasses(
      levelColumn(
        'store',
        cells.map((c) => c.replace('10', '9')),
      ),
      null,
    );
    expect(checkClassCount('store', fewer).ok).toBe(true);
  });

  it('orders classes like scikit-learn and can make a chosen class the positive one', () => {
    const classes = countClasses(levelColumn('answer', ['yes', 'no', 'yes']), null);
    expect(classes.map((c) => [c.label, c.count])).toEqual([
      ['no', 1],
      ['yes', 2],
    ]);
    expect(orderPositiveLast(classes, 'no').map((c) => c.label)).toEqual(['yes', 'no']);
    const flags = countClasses(numberColumn('flag', [1, 0, 1], 'boolean'), null);
    expect(flags.map((c) => c.label)).toEqual(['false', 'true']);
  });

  it('gives each row its class index for stratified splits, NaN where missing', () => {
    const answer = levelColumn('answer', ['yes', null, 'no', 'yes']);
    expect(Array.from(classIndexPerRow(answer))).toEqual([1, NaN, 0, 1]);
    const stars = numberColumn('stars', [5, 1, null, 3]);
    expect(Array.from(classIndexPerRow(stars))).toEqual([2, 0, NaN, 1]);
  });
});
