import { describe, expect, it } from 'vitest';
import { pluginOf } from '../models/modelPlugins';
import type { ModelKind, TaskType } from '../models/modelTypes';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { seededRandom } from '../prep/split/seededRandom';
import { runTraining } from './runTraining';
import type { TrainingSetup } from './trainingTypes';

const ROWS = 400;

/** spend drives sales linearly (+ region effect + noise); `bought` is sales above the median. */
function marketingTable() {
  const random = seededRandom(7);
  const spend = Array.from({ length: ROWS }, () => random() * 100);
  const region = spend.map((_, i) => ['north', 'south', 'east'][i % 3] ?? 'north');
  const noise = spend.map(() => random() - 0.5);
  const sales = spend.map(
    (s, i) => 3 * s + (region[i] === 'south' ? 20 : 0) + 10 * (noise[i] ?? 0),
  );
  const sorted = [...sales].sort((a, b) => a - b);
  const median = sorted[ROWS / 2] ?? 0;
  return tableOf([
    numberColumn('spend', spend),
    levelColumn('region', region),
    numberColumn('sales', sales),
    levelColumn(
      'bought',
      sales.map((s) => (s > median ? 'yes' : 'no')),
    ),
  ]);
}

function setup(target: string, task: TaskType, folds = 0): TrainingSetup {
  return {
    target,
    task,
    features: [{ column: 'spend' }, { column: 'region' }],
    impute: 'median',
    split: { validationPct: 20, testPct: 20, seed: 3, folds, timeColumn: null },
  };
}

async function train(kind: ModelKind, trainingSetup: TrainingSetup) {
  const request = { kind, options: {}, backend: 'cpu' as const };
  return runTraining(marketingTable(), trainingSetup, request, pluginOf(kind), () => {});
}

describe('runTraining', () => {
  it('records every scored row with its table row, split part, actual and prediction', async () => {
    const table = marketingTable();
    const request = { kind: 'linear' as const, options: {}, backend: 'cpu' as const };
    const result = await runTraining(
      table,
      setup('sales', 'regression'),
      request,
      pluginOf('linear'),
      () => {},
    );
    if (!result.ok) throw new Error(result.error.message);
    const { predictions, rowCounts, metrics } = result.value;
    const sales = table.columns.find((c) => c.name === 'sales')!.values!;
    const count = (part: number) => predictions.part.filter((p) => p === part).length;
    expect([count(0), count(1), count(2)]).toEqual([
      rowCounts.train,
      rowCounts.validation,
      rowCounts.test,
    ]);
    expect(new Set(predictions.rows).size).toBe(ROWS);
    predictions.rows.forEach((row, i) => expect(predictions.actual[i]).toBe(sales[row]));
    const test = [...predictions.part.keys()].filter((i) => predictions.part[i] === 2);
    const sse = test.reduce(
      (s, i) => s + (predictions.actual[i]! - predictions.predicted[i]!) ** 2,
      0,
    );
    if (metrics.test?.task !== 'regression') throw new Error('expected regression metrics');
    expect(Math.sqrt(sse / test.length)).toBeCloseTo(metrics.test.rmse, 10);
  });

  it('fits OLS on training rows and beats the mean baseline on the test rows', async () => {
    const result = await train('linear', setup('sales', 'regression'));
    if (!result.ok) throw new Error(result.error.message);
    const { metrics, baseline, rowCounts, featureNames } = result.value;
    expect(rowCounts).toEqual({ train: 240, validation: 80, test: 80 });
    expect(featureNames).toEqual(['spend', 'region = north', 'region = south']);
    if (metrics.test?.task !== 'regression' || baseline.test?.task !== 'regression') {
      throw new Error('expected regression metrics');
    }
    expect(metrics.test.r2).toBeGreaterThan(0.99);
    expect(baseline.test.r2).toBeLessThan(0.05);
  });

  it('gives the same result for the same seed and data', async () => {
    const first = await train('svm', setup('bought', 'classification'));
    const second = await train('svm', setup('bought', 'classification'));
    if (!first.ok || !second.ok) throw new Error('training failed');
    expect(second.value.metrics).toEqual(first.value.metrics);
    expect(second.value.model).toEqual(first.value.model);
  });

  it('classifies with stratified rows and reports accuracy, AUC and the majority baseline', async () => {
    const result = await train('linear', setup('bought', 'classification'));
    if (!result.ok) throw new Error(result.error.message);
    const test = result.value.metrics.test;
    const baseline = result.value.baseline.test;
    if (test?.task !== 'classification' || baseline?.task !== 'classification') {
      throw new Error('expected classification metrics');
    }
    expect(result.value.classes).toEqual(['no', 'yes']);
    expect(test.accuracy).toBeGreaterThan(0.9);
    expect(test.auc).toBeGreaterThan(0.95);
    expect(baseline.accuracy).toBeCloseTo(0.5, 1);
  });

  it('cross-validates on training and validation rows when folds are asked for', async () => {
    const result = await train('linear', setup('sales', 'regression', 5));
    if (!result.ok) throw new Error(result.error.message);
    const cv = result.value.crossValidation;
    expect(cv?.folds).toBe(5);
    const r2 = cv?.metrics.find((metric) => metric.name === 'r2');
    expect(r2?.mean).toBeGreaterThan(0.99);
    expect(r2?.std).toBeGreaterThanOrEqual(0);
  });

  it('refuses a split that leaves too few training rows, with a readable message', async () => {
    const bad = setup('sales', 'regression');
    const result = await train('linear', {
      ...bad,
      split: { ...bad.split, validationPct: 60, testPct: 50 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-split');
      expect(result.error.message).toMatch(/shares/);
    }
  });

  it('refuses a target with one class', async () => {
    const table = marketingTable();
    const oneClass = tableOf([...table.columns, levelColumn('same', Array(ROWS).fill('x'))]);
    const request = { kind: 'linear' as const, options: {}, backend: 'cpu' as const };
    const result = await runTraining(
      oneClass,
      setup('same', 'classification'),
      request,
      pluginOf('linear'),
      () => {},
    );
    expect(result.ok ? 'ok' : result.error.code).toBe('single-class');
  });
});
