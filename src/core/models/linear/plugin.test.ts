import { describe, expect, it } from 'vitest';
import type { TrainContext, TrainingProgress, TrainingSet } from '../modelTypes';
import marketing from './fixtures/ols-marketing.json';
import multinomial from './fixtures/logit-multinomial.json';
import { trainingSetFromRows } from './fixtureData';
import type { LinearModel, LinearOptions } from './linearTypes';
import { linearPlugin } from './plugin';

const regressionSet = trainingSetFromRows(marketing.x, marketing.y, marketing.featureNames);
const classificationSet = trainingSetFromRows(
  multinomial.x,
  multinomial.y,
  multinomial.featureNames,
  multinomial.classes,
);

function context(
  task: TrainContext['task'],
  validation: TrainingSet | null = null,
  progress: TrainingProgress[] = [],
): TrainContext {
  return { task, seed: 1, validation, onProgress: (step) => progress.push(step) };
}

function options(task: TrainContext['task'], changes: Partial<LinearOptions> = {}): LinearOptions {
  return { ...linearPlugin.meta.defaults(task), ...changes };
}

async function train(
  data: TrainingSet,
  task: TrainContext['task'],
  changes: Partial<LinearOptions> = {},
) {
  return linearPlugin.train(data, options(task, changes), context(task));
}

async function trained(
  data: TrainingSet,
  task: TrainContext['task'],
  changes: Partial<LinearOptions> = {},
): Promise<LinearModel> {
  const result = await train(data, task, changes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('linearPlugin meta', () => {
  it('declares a linear model for both tasks on raw features, with its options', () => {
    expect(linearPlugin.meta).toMatchObject({
      kind: 'linear',
      tasks: ['regression', 'classification'],
      wantsStandardised: false,
    });
    expect(linearPlugin.meta.options.map((option) => option.key)).toEqual([
      'method',
      'lambda',
      'C',
      'penalty',
    ]);
    expect(linearPlugin.meta.defaults('regression')).toMatchObject({
      method: 'ols',
      lambda: 'auto',
    });
  });
});

describe('linearPlugin.train', () => {
  it('fits OLS, reports progress, and returns a model that survives JSON unchanged', async () => {
    const progress: TrainingProgress[] = [];
    const result = await linearPlugin.train(
      regressionSet,
      options('regression'),
      context('regression', null, progress),
    );
    expect(result.ok).toBe(true);
    const model = result.ok ? result.value : null;
    expect(model?.kind).toBe('ols');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    expect(progress.map((step) => step.fraction)).toEqual([0, 1]);
  });

  it('fits ridge with lambda chosen on the validation rows', async () => {
    const validation = trainingSetFromRows(
      marketing.x.slice(0, 60),
      marketing.y.slice(0, 60),
      marketing.featureNames,
    );
    const result = await linearPlugin.train(
      regressionSet,
      options('regression', { method: 'ridge' }),
      context('regression', validation),
    );
    const model = result.ok ? result.value : null;
    expect(model?.kind === 'ridge' && model.lambdaChoice).toBe('validation');
    expect(model?.kind === 'ridge' && model.lambdaCurve.length).toBeGreaterThan(20);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('keeps a perfect fit JSON-safe (no Infinity or NaN anywhere in the model)', async () => {
    const rows = [
      [1, 4],
      [2, 1],
      [3, 7],
      [4, 2],
      [5, 5],
    ];
    const exact = trainingSetFromRows(
      rows,
      rows.map((row) => 2 + 3 * (row[0] ?? 0) - (row[1] ?? 0)),
      ['a', 'b'],
    );
    const model = await trained(exact, 'regression');
    expect(model.kind === 'ols' && model.fit.rSquared).toBeCloseTo(1, 12);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('fits ridge with a fixed lambda given as text', async () => {
    const model = await trained(regressionSet, 'regression', { method: 'ridge', lambda: '10' });
    expect(model.kind === 'ridge' && [model.lambda, model.lambdaChoice]).toEqual([10, 'fixed']);
  });

  it('fits multinomial logistic regression and predicts probabilities that sum to one', async () => {
    const model = await trained(classificationSet, 'classification');
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    const predictions = linearPlugin.predict(model, classificationSet);
    const probabilities = predictions.probabilities ?? new Float64Array();
    expect(probabilities.length).toBe(classificationSet.rows * 3);
    for (let i = 0; i < classificationSet.rows; i += 1) {
      const row = Array.from(probabilities.subarray(i * 3, i * 3 + 3));
      expect(row.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
      expect(predictions.values[i]).toBe(row.indexOf(Math.max(...row)));
    }
  });
});

describe('linearPlugin.predict', () => {
  it('predicts intercept + x·coefficients for regression', async () => {
    const model = await trained(regressionSet, 'regression');
    if (model.kind === 'logistic') throw new Error('expected a regression model');
    const predictions = linearPlugin.predict(model, {
      x: Float64Array.from([100, 20, 10, 70, 1, 0]),
      rows: 1,
      cols: 6,
    });
    const expected =
      model.intercept +
      [100, 20, 10, 70, 1, 0].reduce(
        (sum, value, j) => sum + value * (model.coefficients[j] ?? NaN),
        0,
      );
    expect(predictions.values[0]).toBeCloseTo(expected, 10);
    expect(predictions.probabilities).toBeNull();
  });
});

describe('linearPlugin expected failures', () => {
  it('names the feature column holding a missing or infinite value', async () => {
    const x = Float64Array.from(regressionSet.x);
    x[5 * regressionSet.cols + 2] = Number.NaN;
    const result = await train({ ...regressionSet, x }, 'regression');
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'non-finite-feature',
      column: 'social_spend',
    });
    expect(result.ok ? '' : result.error.message).toContain("Column 'social_spend'");
    expect(result.ok ? '' : result.error.message).toContain('row 6');
  });

  it('refuses fewer rows than coefficients', async () => {
    const small = trainingSetFromRows(
      marketing.x.slice(0, 5),
      marketing.y.slice(0, 5),
      marketing.featureNames,
    );
    const result = await train(small, 'regression');
    expect(result.ok ? null : result.error.code).toBe('too-few-rows');
    expect(result.ok ? '' : result.error.message).toContain('5 rows for 7 coefficients');
  });

  it('refuses a regression target with the same value in every row', async () => {
    const flat = trainingSetFromRows(
      marketing.x,
      marketing.y.map(() => 0.1),
      marketing.featureNames,
    );
    const result = await train(flat, 'regression');
    expect(result.ok ? null : result.error.code).toBe('constant-target');
  });

  it('refuses a target with a single class', async () => {
    const single = trainingSetFromRows([[1], [2], [3]], [0, 0, 0], ['visits'], ['no', 'yes']);
    const result = await train(single, 'classification');
    expect(result.ok ? null : result.error.code).toBe('one-class');
    expect(result.ok ? '' : result.error.message).toContain("only one class ('no')");
  });

  it('reports perfect separation instead of returning infinite coefficients', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => [i, (i * 7) % 5]);
    const separated = trainingSetFromRows(
      rows,
      rows.map((row) => ((row[0] ?? 0) >= 10 ? 1 : 0)),
      ['visits', 'noise'],
      ['no', 'yes'],
    );
    const result = await train(separated, 'classification', { penalty: 'none' });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'perfect-separation',
      column: 'visits',
    });
    const penalised = await train(separated, 'classification', { penalty: 'l2', C: 1 });
    expect(penalised.ok).toBe(true);
  });

  it('reports quasi-complete separation by a rare indicator column', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [(i * 13) % 17, i % 10 === 0 ? 1 : 0]);
    const y = rows.map((row, i) => ((row[1] ?? 0) === 1 ? 1 : i % 3 === 0 ? 1 : 0));
    const result = await train(
      trainingSetFromRows(rows, y, ['visits', 'vip'], ['no', 'yes']),
      'classification',
      { penalty: 'none' },
    );
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'perfect-separation',
      column: 'vip',
    });
  });

  it('rejects a ridge penalty that is neither auto nor a number', async () => {
    const result = await train(regressionSet, 'regression', { method: 'ridge', lambda: 'lots' });
    expect(result.ok ? null : result.error.code).toBe('bad-option');
  });
});
