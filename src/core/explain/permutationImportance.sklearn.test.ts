import { describe, expect, it } from 'vitest';
import type { Column } from '../data/table';
import { fitPipeline } from '../prep/fit/fitPipeline';
import type { PipelineSpec } from '../prep/prepTypes';
import { levelColumn, numberColumn, rowRange, tableOf } from '../prep/testing/buildTable';
import { transform } from '../prep/transform/transform';
import { PART_TEST } from '../results/resultTypes';
import fixture from './fixtures/sklearnImportance.json';
import { permutationImportance } from './permutationImportance';
import { encodedWeights, linearClassifier, linearRegressor } from './testing/linearPredict';

// Reference values: scripts/make-explain-fixtures.py, sklearn.inspection.permutation_importance
// (scikit-learn 1.2, n_repeats=5, random_state=7) on a one-hot + linear pipeline over a DataFrame,
// which shuffles the raw 'plan' column, i.e. all its one-hot columns together.
const TOLERANCE = 1e-9;

function encoded(columns: Column[], spec: PipelineSpec) {
  const table = tableOf(columns);
  const rows = rowRange(0, table.rowCount);
  const pipeline = fitPipeline(table, spec, rows);
  if (!pipeline.ok) throw new Error(JSON.stringify(pipeline.error));
  const result = transform(pipeline.value, table, rows);
  if (!result.ok || result.value.target === null) throw new Error('transform failed');
  return { pipeline: pipeline.value, matrix: result.value.matrix, y: result.value.target };
}

const sklearnOrders = (orders: readonly number[][]) => orders.map((o) => Int32Array.from(o));

function expectSklearnImportances(
  features: readonly { column: string; mean: number; std: number }[],
  reference: { columns: string[]; mean: number[]; std: number[] },
) {
  expect(features.map((f) => f.column).sort()).toEqual([...reference.columns].sort());
  reference.columns.forEach((column, j) => {
    const found = features.find((f) => f.column === column);
    expect(Math.abs((found?.mean ?? NaN) - (reference.mean[j] as number))).toBeLessThan(TOLERANCE);
    expect(Math.abs((found?.std ?? NaN) - (reference.std[j] as number))).toBeLessThan(TOLERANCE);
  });
}

describe('permutationImportance against scikit-learn', () => {
  it('matches R² importances of a linear regression with a one-hot column', () => {
    const data = fixture.regression;
    const { pipeline, matrix, y } = encoded(
      [
        numberColumn('spend', data.table.spend),
        numberColumn('visits', data.table.visits),
        numberColumn('noise', data.table.noise),
        levelColumn('plan', data.table.plan),
        numberColumn('sales', data.table.sales),
      ],
      {
        target: 'sales',
        task: 'regression',
        features: ['spend', 'visits', 'noise', 'plan'].map((column) => ({ column })),
        standardise: false,
      },
    );
    const weights = encodedWeights(pipeline, { ...data.numeric, plan: data.plan });
    const result = permutationImportance({
      pipeline,
      matrix,
      y,
      task: 'regression',
      predict: linearRegressor(weights, data.intercept),
      part: PART_TEST,
      permutations: sklearnOrders(data.permutations),
    });
    expect(result).toMatchObject({ metric: 'r2', part: PART_TEST, rows: 150, repeats: 5 });
    expectSklearnImportances(result.features, data);
    expect(result.features.map((f) => f.column)).toEqual(['spend', 'plan', 'visits', 'noise']);
  });

  it('matches accuracy importances of a multinomial logistic regression', () => {
    const data = fixture.classification;
    const { pipeline, matrix, y } = encoded(
      [
        numberColumn('income', data.table.income),
        numberColumn('age', data.table.age),
        numberColumn('noise', data.table.noise),
        levelColumn('plan', data.table.plan),
        levelColumn('tier', data.table.tier),
      ],
      {
        target: 'tier',
        task: 'classification',
        features: ['income', 'age', 'noise', 'plan'].map((column) => ({ column })),
        standardise: false,
      },
    );
    const classes = pipeline.target.kind === 'classification' ? pipeline.target.classes : [];
    // Weights in the pipeline's class order, whatever order scikit-learn listed them in.
    const sklearnIndex = classes.map((label) => data.classes.indexOf(label));
    const weights = sklearnIndex.map((k) => {
      const numeric = Object.fromEntries(
        Object.entries(data.numeric).map(([column, perClass]) => [column, perClass[k] as number]),
      );
      const plan = Object.fromEntries(
        Object.entries(data.plan).map(([level, perClass]) => [level, perClass[k] as number]),
      );
      return encodedWeights(pipeline, { ...numeric, plan });
    });
    const intercepts = sklearnIndex.map((k) => data.intercepts[k] as number);
    const result = permutationImportance({
      pipeline,
      matrix,
      y,
      task: 'classification',
      predict: linearClassifier(weights, intercepts),
      part: PART_TEST,
      permutations: sklearnOrders(data.permutations),
    });
    expect(result).toMatchObject({ metric: 'accuracy', rows: 180, repeats: 5 });
    expectSklearnImportances(result.features, data);
  });
});
