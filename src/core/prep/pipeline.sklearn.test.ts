import { describe, expect, it } from 'vitest';
import fixture from './fixtures/sklearnPrep.json';
import { fitPipeline } from './fit/fitPipeline';
import type { FeatureSpec, OneHotStep, Pipeline, PipelineSpec } from './prepTypes';
import { levelColumn, numberColumn, rowRange, tableOf } from './testing/buildTable';
import { transform } from './transform/transform';

// Reference values: scripts/make-prep-metrics-fixtures.py (scikit-learn 1.2), fitted on rows 0-29.
const rowCount = fixture.table.segment.length;
const table = tableOf([
  numberColumn('income', fixture.table.income),
  numberColumn('visits', fixture.table.visits),
  levelColumn('segment', fixture.table.segment),
  numberColumn(
    'spend',
    Array.from({ length: rowCount }, (_, row) => row * 1.5),
  ),
]);
const trainRows = rowRange(0, fixture.table.trainRows);
const testRows = rowRange(fixture.table.trainRows, rowCount);

function fitted(features: FeatureSpec[], standardise = false): Pipeline {
  const spec: PipelineSpec = { target: 'spend', task: 'regression', features, standardise };
  const result = fitPipeline(table, spec, trainRows);
  if (!result.ok) throw new Error(`fit failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function matrixOf(pipeline: Pipeline, rows: Int32Array): number[] {
  const result = transform(pipeline, table, rows);
  if (!result.ok) throw new Error(`transform failed: ${JSON.stringify(result.error)}`);
  return Array.from(result.value.matrix.x);
}

const closeTo = (values: readonly (number | null)[]) =>
  values.map((value) => expect.closeTo(value ?? Number.NaN, 9));

const sklearnStrategy = { mean: 'mean', median: 'median', most_frequent: 'most-frequent' } as const;

describe('imputation matches SimpleImputer', () => {
  it.each(fixture.imputers)('fills numbers with the training $strategy', (reference) => {
    const impute = sklearnStrategy[reference.strategy as keyof typeof sklearnStrategy];
    const pipeline = fitted([
      { column: 'income', impute },
      { column: 'visits', impute },
    ]);
    const fills = pipeline.steps.map((step) => step.impute.fill as number);
    expect(fills).toEqual(closeTo(reference.statistics));
    expect(matrixOf(pipeline, rowRange(0, rowCount))).toEqual(closeTo(reference.transformed));
  });

  it('fills a categorical column with its most frequent training level', () => {
    const pipeline = fitted([{ column: 'segment', impute: 'most-frequent' }]);
    expect(pipeline.steps[0]?.impute.fill).toBe(fixture.levelImputer.statistic);
  });
});

describe('standardisation matches StandardScaler', () => {
  it('uses the mean and population std of the imputed training rows', () => {
    const pipeline = fitted([{ column: 'income' }, { column: 'visits' }], true);
    const scalings = pipeline.steps.map((step) => (step.kind === 'numeric' ? step.scaling : null));
    expect(scalings.map((scaling) => scaling?.mean)).toEqual(closeTo(fixture.scaler.mean));
    expect(scalings.map((scaling) => scaling?.std)).toEqual(closeTo(fixture.scaler.std));
    expect(matrixOf(pipeline, rowRange(0, rowCount))).toEqual(closeTo(fixture.scaler.transformed));
  });
});

describe('one-hot encoding matches OneHotEncoder', () => {
  const label = (setting: Record<string, unknown>) => JSON.stringify(setting);
  it.each(fixture.encoders.map((entry) => ({ ...entry, name: label(entry.setting) })))(
    'keeps the same levels and encodes test rows alike: $name',
    (reference) => {
      const setting = reference.setting as Omit<FeatureSpec, 'column'>;
      const pipeline = fitted([{ column: 'segment', impute: 'most-frequent', ...setting }]);
      const step = pipeline.steps[0] as OneHotStep;
      expect(step.levels).toEqual(reference.kept);
      expect(step.otherLevels).toEqual(reference.other);
      expect(pipeline.featureNames).toHaveLength(reference.featureCount);
      expect(matrixOf(pipeline, testRows)).toEqual(reference.testMatrix);
    },
  );

  it('counts test rows whose level was never seen in training (Zeta twice, Omega once)', () => {
    const pipeline = fitted([{ column: 'segment', maxLevels: 4 }]);
    const result = transform(pipeline, table, testRows);
    expect(result.ok && result.value.unseenLevels).toEqual([{ column: 'segment', count: 3 }]);
  });
});
