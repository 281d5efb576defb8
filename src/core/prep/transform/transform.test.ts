import { describe, expect, it } from 'vitest';
import { fitPipeline } from '../fit/fitPipeline';
import type { Pipeline, PipelineSpec } from '../prepTypes';
import { levelColumn, numberColumn, rowRange, tableOf } from '../testing/buildTable';
import { transform } from './transform';

const training = tableOf([
  numberColumn('spend', [10, 20, null, 40, 50, 60]),
  levelColumn('plan', ['basic', 'pro', 'basic', 'pro', 'team', 'basic']),
  numberColumn('churned', [0, 1, 0, 1, 1, 0], 'boolean'),
]);
const spec: PipelineSpec = {
  target: 'churned',
  task: 'classification',
  features: [{ column: 'spend' }, { column: 'plan', maxLevels: 3 }],
  standardise: false,
};

function fitted(overrides: Partial<PipelineSpec> = {}): Pipeline {
  const result = fitPipeline(training, { ...spec, ...overrides }, rowRange(0, 6));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('transform', () => {
  it('builds a row-major matrix with the target as class indices', () => {
    const result = transform(fitted(), training, Int32Array.from([1, 2]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.featureNames).toEqual([
      'spend',
      'plan = basic',
      'plan = pro',
      'plan: other levels',
    ]);
    // Row 2's missing spend is filled with the training mean, 36.
    expect(Array.from(result.value.matrix.x)).toEqual([20, 0, 1, 0, 36, 1, 0, 0]);
    expect(result.value.matrix).toMatchObject({ rows: 2, cols: 4 });
    expect(Array.from(result.value.target ?? [])).toEqual([1, 0]);
  });

  it('scores a new table by column name, whatever its column order', () => {
    const scoring = tableOf([
      levelColumn('plan', ['team', 'enterprise', null]),
      numberColumn('extra', [1, 2, 3]),
      numberColumn('spend', [5, 6, 7]),
    ]);
    const result = transform(fitted(), scoring, rowRange(0, 3), { target: 'ignore' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // 'team' is a rare training level, 'enterprise' unseen: both go to "other"; missing -> 'basic'.
    expect(Array.from(result.value.matrix.x)).toEqual([5, 0, 0, 1, 6, 0, 0, 1, 7, 1, 0, 0]);
    expect(result.value.target).toBeNull();
    expect(result.value.unseenLevels).toEqual([{ column: 'plan', count: 1 }]);
  });

  it('encodes unseen levels as zeros when the feature asks for it', () => {
    const pipeline = fitted({
      features: [{ column: 'spend' }, { column: 'plan', unseen: 'zeros' }],
    });
    const scoring = tableOf([levelColumn('plan', ['enterprise']), numberColumn('spend', [1])]);
    const result = transform(pipeline, scoring, rowRange(0, 1), { target: 'ignore' });
    expect(result.ok && Array.from(result.value.matrix.x)).toEqual([1, 0, 0, 0]);
  });

  it('names every missing column at once', () => {
    const scoring = tableOf([numberColumn('Spend', [1])]);
    expect(transform(fitted(), scoring, rowRange(0, 1))).toEqual({
      ok: false,
      error: { code: 'missing-columns', columns: ['spend', 'plan', 'churned'] },
    });
  });

  it('refuses a column whose type no longer fits', () => {
    const scoring = tableOf([levelColumn('spend', ['a lot']), levelColumn('plan', ['pro'])]);
    expect(transform(fitted(), scoring, rowRange(0, 1), { target: 'ignore' })).toEqual({
      ok: false,
      error: { code: 'type-mismatch', column: 'spend', expected: 'numeric', found: 'categorical' },
    });
  });

  it('drops rows without a target or with a class unseen in training, and counts them', () => {
    const scoring = tableOf([
      numberColumn('spend', [1, 2, 3, 4]),
      levelColumn('plan', ['pro', 'pro', 'pro', 'pro']),
      numberColumn('churned', [1, null, 2, 0]),
    ]);
    const result = transform(fitted(), scoring, rowRange(0, 4));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(Array.from(result.value.rows)).toEqual([0, 3]);
    expect(result.value.droppedRows).toBe(2);
    expect(result.value.dropped).toEqual({ missingFeature: 0, missingTarget: 1, unseenClass: 1 });
  });

  it('drops rows missing a drop-rows feature', () => {
    const pipeline = fitted({
      features: [{ column: 'spend', impute: 'drop-rows' }, { column: 'plan' }],
    });
    const result = transform(pipeline, training, rowRange(0, 6));
    expect(result.ok && result.value.dropped).toEqual({
      missingFeature: 1,
      missingTarget: 0,
      unseenClass: 0,
    });
  });

  it('refuses infinite values that survive imputation, naming the column and row', () => {
    const scoring = tableOf([
      numberColumn('spend', [1, Infinity]),
      levelColumn('plan', ['pro', 'pro']),
    ]);
    expect(transform(fitted(), scoring, rowRange(0, 2), { target: 'ignore' })).toEqual({
      ok: false,
      error: { code: 'non-finite', column: 'spend', feature: 'spend', row: 1 },
    });
  });

  it('works the same after a JSON round trip of the pipeline', () => {
    const pipeline = fitted({ standardise: true });
    const restored = JSON.parse(JSON.stringify(pipeline)) as Pipeline;
    expect(restored).toEqual(pipeline);
    expect(transform(restored, training, rowRange(0, 6))).toEqual(
      transform(pipeline, training, rowRange(0, 6)),
    );
  });

  it('refuses a pipeline saved by another version', () => {
    const future = { ...fitted(), version: 2 } as unknown as Pipeline;
    expect(transform(future, training, rowRange(0, 1))).toEqual({
      ok: false,
      error: { code: 'unsupported-version', version: 2 },
    });
  });
});

describe('date features', () => {
  it('become days since the first training day, month and weekday, gaps filled with the median', () => {
    const table = tableOf([
      numberColumn(
        'signup',
        [Date.UTC(2024, 0, 1, 18), Date.UTC(2024, 1, 3), null, Date.UTC(2024, 2, 9)],
        'date',
      ),
      numberColumn('revenue', [1, 2, 3, 4]),
    ]);
    const pipeline = fitPipeline(
      table,
      {
        target: 'revenue',
        task: 'regression',
        features: [{ column: 'signup' }],
        standardise: false,
      },
      rowRange(0, 4),
    );
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    const result = transform(pipeline.value, table, rowRange(0, 4));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    // 2024-01-01 18:00 is a Monday; 2024-02-03 a Saturday; 2024-03-09 a Saturday.
    expect(Array.from(result.value.matrix.x)).toEqual([0.75, 1, 1, 33, 2, 6, 33, 2, 6, 68, 3, 6]);
  });
});

describe('prototype-named columns and levels', () => {
  it('are ordinary features, levels and classes', () => {
    const table = tableOf([
      numberColumn('__proto__', [1, 2, 3, 4]),
      levelColumn('constructor', ['toString', '__proto__', 'toString', 'hasOwnProperty']),
      levelColumn('hasOwnProperty', ['constructor', '__proto__', 'constructor', '__proto__']),
    ]);
    const pipeline = fitPipeline(
      table,
      {
        target: 'hasOwnProperty',
        task: 'classification',
        features: [{ column: '__proto__' }, { column: 'constructor' }],
        standardise: false,
      },
      rowRange(0, 4),
    );
    if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
    expect(pipeline.value.featureNames).toEqual([
      '__proto__',
      'constructor = __proto__',
      'constructor = hasOwnProperty',
      'constructor = toString',
    ]);
    const result = transform(
      JSON.parse(JSON.stringify(pipeline.value)) as Pipeline,
      table,
      rowRange(0, 4),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(Array.from(result.value.matrix.x.subarray(0, 4))).toEqual([1, 0, 0, 1]);
    expect(Array.from(result.value.target ?? [])).toEqual([1, 0, 1, 0]);
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });
});
