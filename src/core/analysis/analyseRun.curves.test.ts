import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Matrix, ModelKind, TaskType } from '../models/modelTypes';
import { pluginOf } from '../models/modelPlugins';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { seededRandom } from '../prep/split/seededRandom';
import { PART_TEST } from '../results/resultTypes';
import { runTraining } from '../training/runTraining';
import { analyseRun } from './analyseRun';

/** Row count of every matrix the model is asked to predict, in call order. */
const predictedRows = vi.hoisted(() => [] as number[]);
/** Row count of every matrix given to a column-swap predictor (kernel SVMs), in call order. */
const swappedRows = vi.hoisted(() => [] as number[]);

vi.mock('../explain/kernelSwap/swapPredictorOf', async (importOriginal) => {
  const real = await importOriginal<typeof import('../explain/kernelSwap/swapPredictorOf')>();
  return {
    swapPredictorOf: (kind: ModelKind, model: unknown) => {
      const swap = real.swapPredictorOf(kind, model);
      return (
        swap && { forRows: (base: Matrix) => (swappedRows.push(base.rows), swap.forRows(base)) }
      );
    },
  };
});

vi.mock('../models/modelPredictors', async (importOriginal) => {
  const real = await importOriginal<typeof import('../models/modelPredictors')>();
  return {
    ...real,
    predictorOf: (kind: ModelKind) => {
      const predict = real.predictorOf(kind);
      return (model: unknown, data: Matrix) => {
        predictedRows.push(data.rows);
        return predict(model, data);
      };
    },
  };
});

const ROWS = 240;

/** sales follow spend, then region; tier cuts sales into three classes. */
function table() {
  const random = seededRandom(23);
  const spend = Array.from({ length: ROWS }, () => random() * 100);
  const noise = spend.map(() => random());
  const region = spend.map((_, i) => (i % 2 === 0 ? 'north' : 'south'));
  const sales = spend.map((s, i) => 4 * s + (region[i] === 'south' ? 40 : 0) + 20 * random());
  const tier = sales.map((s) => (s > 300 ? 'gold' : s > 150 ? 'silver' : 'bronze'));
  return tableOf([
    numberColumn('spend', spend),
    numberColumn('noise', noise),
    levelColumn('region', region),
    numberColumn('sales', sales),
    levelColumn('tier', tier),
  ]);
}

async function trained(kind: ModelKind, target: string, task: TaskType) {
  const data = table();
  const setup = {
    target,
    task,
    features: [{ column: 'spend' }, { column: 'noise' }, { column: 'region' }],
    impute: 'median' as const,
    split: { validationPct: 20, testPct: 20, seed: 1, folds: 0, timeColumn: null },
  };
  const request = { kind, options: {}, backend: 'cpu' as const };
  const result = await runTraining(data, setup, request, pluginOf(kind), () => {});
  if (!result.ok) throw new Error(result.error.message);
  const testRows = result.value.predictions.part.filter((part) => part === PART_TEST).length;
  return { data, outcome: result.value, testRows };
}

describe('analyseRun computes each partial-dependence curve once', () => {
  beforeEach(() => {
    predictedRows.length = 0;
    swappedRows.length = 0;
  });

  it('reuses the top driver’s curve of a non-linear model for the fit chart', async () => {
    const { data, outcome, testRows } = await trained('svm', 'sales', 'regression');
    predictedRows.length = 0;
    const analysed = analyseRun(data, outcome, null);
    if (!analysed.ok) throw new Error(analysed.error.message);
    // Permutation importance predicts the test rows; a curve swaps values into background rows.
    expect(predictedRows.filter((rows) => rows > testRows)).toHaveLength(0);
    const curveCalls = swappedRows.filter((rows) => rows > testRows);
    const drivers = analysed.value.summary.drivers.map((driver) => driver.column);
    expect(drivers).toHaveLength(3);
    expect(curveCalls).toHaveLength(drivers.length);
    expect(analysed.value.fit?.column).toBe(analysed.value.importance?.features[0]?.column);
    expect(analysed.value.fit?.kind).toBe('partial-dependence');
  });

  it('draws a linear model’s chart with one curve, as it has no driver curves', async () => {
    const { data, outcome, testRows } = await trained('linear', 'sales', 'regression');
    predictedRows.length = 0;
    const analysed = analyseRun(data, outcome, 'region');
    if (!analysed.ok) throw new Error(analysed.error.message);
    expect(predictedRows.filter((rows) => rows > testRows)).toHaveLength(1);
    expect(analysed.value.fit?.column).toBe('region');
  });

  it('names the class each driver of a multi-class model is about, as its chart does', async () => {
    const { data, outcome } = await trained('svm', 'tier', 'classification');
    const analysed = analyseRun(data, outcome, null);
    if (!analysed.ok) throw new Error(analysed.error.message);
    const { fit, summary } = analysed.value;
    const top = summary.drivers[0];
    expect(fit?.kind).toBe('probability');
    expect(top?.column).toBe(fit?.column);
    expect(top?.className).toBe(outcome.classes?.[fit?.classIndex ?? -1]);
    for (const driver of summary.drivers) {
      expect(outcome.classes).toContain(driver.className);
      expect(driver.versusClass).toBeNull();
    }
  });
});
