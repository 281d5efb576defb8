import { describe, expect, it } from 'vitest';
import { importBytes } from '../data/importBytes';
import { pluginOf } from '../models/modelPlugins';
import type { ModelKind, TaskType } from '../models/modelTypes';
import { levelColumn, numberColumn, tableOf } from '../prep/testing/buildTable';
import { seededRandom } from '../prep/split/seededRandom';
import { runTraining } from '../training/runTraining';
import { analyseRun } from './analyseRun';
import { exportRunPredictions } from './exportPredictions';

const ROWS = 300;

/** sales follow spend (strongly) and region (a little); `noise` is unrelated. */
function table() {
  const random = seededRandom(11);
  const spend = Array.from({ length: ROWS }, () => random() * 100);
  const noise = spend.map(() => random());
  const region = spend.map((_, i) => (i % 2 === 0 ? 'north' : 'south'));
  const sales = spend.map((s, i) => 4 * s + (region[i] === 'south' ? 15 : 0) + 20 * random());
  const bought = sales.map((s) => (s > 200 ? 'yes' : 'no'));
  return tableOf([
    numberColumn('spend', spend),
    numberColumn('noise', noise),
    levelColumn('region', region),
    numberColumn('sales', sales),
    levelColumn('bought', bought),
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
  return { data, outcome: result.value };
}

describe('analyseRun', () => {
  it('ranks the driving column first and draws the fit against it', async () => {
    const { data, outcome } = await trained('linear', 'sales', 'regression');
    const analysed = analyseRun(data, outcome, null);
    if (!analysed.ok) throw new Error(analysed.error.message);
    const { diagnostics, importance, fit, summary } = analysed.value;
    expect(diagnostics.task).toBe('regression');
    expect(diagnostics.total).toBe(ROWS);
    expect(importance?.features[0]?.column).toBe('spend');
    expect(importance?.part).toBe(2);
    expect(fit?.column).toBe('spend');
    expect(summary.drivers[0]?.column).toBe('spend');
    expect(summary.drivers[0]?.direction).toBe('up');
  });

  it('gives a non-linear classifier ROC data and a probability curve for a chosen column', async () => {
    const { data, outcome } = await trained('svm', 'bought', 'classification');
    const analysed = analyseRun(data, outcome, 'region');
    if (!analysed.ok) throw new Error(analysed.error.message);
    const { diagnostics, fit } = analysed.value;
    if (diagnostics.task !== 'classification') throw new Error('expected classification');
    expect(diagnostics.roc[0]?.auc).toBeGreaterThan(0.9);
    expect(fit?.kind).toBe('probability');
    expect(fit?.levels).toEqual(['north', 'south']);
  });

  it('exports every scored row, readable again as a table', async () => {
    const { data, outcome } = await trained('linear', 'sales', 'regression');
    const parts = exportRunPredictions(data, outcome, 'csv');
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((offset, p) => (bytes.set(p, offset), offset + p.length), 0);
    const back = importBytes(bytes, 'predictions.csv', {});
    if (!back.ok) throw new Error(back.error.code);
    expect(back.value.table.rowCount).toBe(ROWS);
    const names = back.value.table.columns.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['row', 'part', 'predicted sales', 'residual']));
  });
});
