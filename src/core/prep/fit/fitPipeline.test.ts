import { describe, expect, it } from 'vitest';
import type { PipelineSpec } from '../prepTypes';
import { levelColumn, numberColumn, rowRange, tableOf } from '../testing/buildTable';
import { fitPipeline } from './fitPipeline';

const day = (n: number) => Date.UTC(2024, 0, 1 + n);
const table = tableOf([
  numberColumn('spend', [10, null, 30, 40, 50, 60]),
  numberColumn('region_code', [7, 7, 7, 7, 7, 9]),
  levelColumn('plan', ['basic', 'pro', null, 'basic', 'team', 'pro']),
  numberColumn('signup', [day(0), day(31), day(45), null, day(3), day(70)], 'date'),
  levelColumn('churned', ['no', 'yes', 'no', 'yes', null, 'no']),
  numberColumn('value', [1.5, 2.5, 3.5, 4.5, 5.5, 6.5]),
]);
const firstFive = rowRange(0, 5);
const spec: PipelineSpec = {
  target: 'churned',
  task: 'classification',
  features: [
    { column: 'spend' },
    { column: 'region_code' },
    { column: 'plan' },
    { column: 'signup' },
  ],
  standardise: false,
};

function fit(overrides: Partial<PipelineSpec>, rows = firstFive) {
  const result = fitPipeline(table, { ...spec, ...overrides }, rows);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('fitPipeline', () => {
  it('names every output feature: numbers, one-hot levels and date parts', () => {
    // Row 4 (the only 'team') has no target, so 'team' is not a training level.
    expect(fit({}).featureNames).toEqual([
      'spend',
      'plan = basic',
      'plan = pro',
      'signup: days since 2024-01-01',
      'signup: month',
      'signup: weekday',
    ]);
  });

  it('leaves out a column constant on training rows, with a notice naming it', () => {
    // region_code varies only in row 5, which is not a training row.
    const pipeline = fit({});
    expect(pipeline.notices).toEqual([{ code: 'constant', column: 'region_code' }]);
    expect(fit({}, rowRange(0, 6)).featureNames).toContain('region_code');
  });

  it('encodes the target classes from training rows without a missing target', () => {
    const pipeline = fit({});
    expect(pipeline.target).toEqual({
      kind: 'classification',
      column: 'churned',
      sourceType: 'categorical',
      classes: ['no', 'yes'],
      classValues: null,
    });
    expect(pipeline.fittedRows).toBe(4);
    expect(fit({ positiveClass: 'no' }).target).toMatchObject({ classes: ['yes', 'no'] });
  });

  it('drops training rows with a missing cell when asked, before fitting anything', () => {
    const features = [{ column: 'spend', impute: 'drop-rows' as const }, { column: 'plan' }];
    const pipeline = fit({ features });
    expect(pipeline.fittedRows).toBe(3);
    expect(pipeline.steps[0]?.impute).toEqual({ strategy: 'drop-rows', fill: null });
  });

  it('drops the first level of each category for linear models when asked', () => {
    const regression = { target: 'value', task: 'regression' as const };
    const features = [{ column: 'plan' }];
    const pipeline = fit({ ...regression, features, dropFirstLevel: true }, rowRange(0, 6));
    expect(pipeline.featureNames).toEqual(['plan = pro', 'plan = team']);
    expect(pipeline.steps[0]).toMatchObject({ referenceLevel: 'basic' });
  });

  it('fills categories and dates with a constant when asked', () => {
    const features = [
      { column: 'plan', impute: 'constant' as const, fillValue: 'unknown' },
      { column: 'signup', impute: 'constant' as const, fillValue: day(1) },
    ];
    const pipeline = fit({ features }, rowRange(0, 6));
    expect(pipeline.featureNames).toContain('plan = unknown');
    expect(pipeline.steps[1]?.impute).toEqual({ strategy: 'constant', fill: day(1) });
  });

  it('explains specs it cannot fit', () => {
    const attempts: [Partial<PipelineSpec>, unknown][] = [
      [{ features: [{ column: 'churned' }] }, { code: 'target-is-feature', column: 'churned' }],
      [
        { features: [{ column: 'spend' }, { column: 'spend' }] },
        { code: 'duplicate-column', column: 'spend' },
      ],
      [
        { features: [{ column: 'Spend' }, { column: 'age' }] },
        { code: 'missing-columns', columns: ['Spend', 'age'] },
      ],
      [
        { features: [{ column: 'plan', impute: 'mean' }] },
        { code: 'bad-impute', column: 'plan', strategy: 'mean' },
      ],
      [{ features: [{ column: 'plan', maxLevels: 1 }] }, { code: 'bad-level-cap', column: 'plan' }],
      [{ features: [{ column: 'region_code' }] }, { code: 'no-features' }],
      [
        { task: 'regression' },
        { code: 'unsupported-target', column: 'churned', type: 'categorical', task: 'regression' },
      ],
    ];
    for (const [overrides, error] of attempts) {
      expect(fitPipeline(table, { ...spec, ...overrides }, firstFive)).toEqual({
        ok: false,
        error,
      });
    }
  });

  it('refuses to fit on fewer than two usable rows, or a single class', () => {
    expect(fitPipeline(table, spec, Int32Array.from([0, 4]))).toEqual({
      ok: false,
      error: { code: 'too-few-rows', rows: 1, needed: 2 },
    });
    expect(fitPipeline(table, spec, Int32Array.from([0, 2]))).toEqual({
      ok: false,
      error: { code: 'single-class', column: 'churned', className: 'no' },
    });
  });

  it('standardises numbers and date parts but leaves one-hot columns as 0/1', () => {
    const pipeline = fit(
      { standardise: true, target: 'value', task: 'regression' },
      rowRange(0, 6),
    );
    const scaled = pipeline.steps.map((step) =>
      step.kind === 'one-hot'
        ? null
        : step.kind === 'numeric'
          ? step.scaling
          : step.parts[0]?.scaling,
    );
    // spend 10, (38), 30, 40, 50, 60: the gap filled with the mean 38 adds no spread.
    expect(scaled[0]).toEqual({ mean: 38, std: expect.closeTo(Math.sqrt(1480 / 6), 12) });
    expect(scaled[2]).toBeNull();
    expect(scaled[3]?.std).toBeGreaterThan(0);
  });
});

describe('fitPipeline with infinite values', () => {
  it('refuses infinite feature or target cells in training rows, naming column and row', () => {
    const infinite = tableOf([
      numberColumn('spend', [1, Infinity, 3]),
      numberColumn('revenue', [1, 2, -Infinity]),
    ]);
    const features = [{ column: 'spend' }];
    const regression = { target: 'revenue', task: 'regression' as const, standardise: false };
    expect(fitPipeline(infinite, { ...regression, features }, rowRange(0, 2))).toEqual({
      ok: false,
      error: { code: 'non-finite', column: 'spend', feature: 'spend', row: 1 },
    });
    expect(fitPipeline(infinite, { ...regression, features }, Int32Array.from([0, 2]))).toEqual({
      ok: false,
      error: { code: 'non-finite', column: 'revenue', feature: 'revenue', row: 2 },
    });
  });

  it('refuses a constant fill that is not a finite number for a numeric column', () => {
    const features = [{ column: 'spend', impute: 'constant' as const, fillValue: 'n/a' }];
    expect(fitPipeline(table, { ...spec, features }, firstFive)).toEqual({
      ok: false,
      error: { code: 'bad-impute', column: 'spend', strategy: 'constant' },
    });
  });
});
