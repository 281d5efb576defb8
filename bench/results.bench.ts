// Chart data for the results screen on 1,000,000 scored rows (seeded): what the results worker
// computes, against what a Recharts user would write (every row as an object, full sorts, one
// pass per threshold). The whole analysis (diagnostics, permutation importance, fit curve,
// summary) of a 1M-row OLS run is timed too.
// Environment: BENCH_RESULTS_ROWS (rows, default 1,000,000).
import type { Column, DataTable } from '../src/core/data/table';
import { analyseRun } from '../src/core/analysis/analyseRun';
import { pluginOf } from '../src/core/models/modelPlugins';
import { seededRandom } from '../src/core/prep/split/seededRandom';
import { classificationDiagnostics, regressionDiagnostics } from '../src/core/results';
import type { RowPredictions } from '../src/core/results/resultTypes';
import { runTraining } from '../src/core/training/runTraining';
import type { TrainingOutcome } from '../src/core/training/trainingTypes';
import type { BenchCase, BenchSuite } from './benchTypes';

const ROWS = Number(process.env.BENCH_RESULTS_ROWS ?? 1_000_000);
const FEATURES = 8;

function numeric(name: string, values: Float64Array): Column {
  const raw = { kind: 'numbers' as const, values };
  return {
    name,
    type: 'numeric',
    inferredType: 'numeric',
    raw,
    values,
    codes: null,
    levels: null,
    missing: 0,
    format: {},
  };
}

/** y = sum of j * x_j / 4 + a bent term + noise; features uniform in [0, 10). */
function table(): DataTable {
  const random = seededRandom(2026);
  const features = Array.from({ length: FEATURES }, () => new Float64Array(ROWS));
  const y = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    let sum = 0;
    for (let j = 0; j < FEATURES; j++) {
      const x = random() * 10;
      features[j]![i] = x;
      sum += (j * x) / 4;
    }
    y[i] = sum + 0.05 * features[0]![i]! ** 2 + (random() - 0.5) * 4;
  }
  const columns = features.map((values, j) => numeric(`x${j}`, values));
  return { name: 'bench.csv', rowCount: ROWS, columns: [...columns, numeric('y', y)] };
}

async function trainedOls(data: DataTable): Promise<TrainingOutcome> {
  const setup = {
    target: 'y',
    task: 'regression' as const,
    features: Array.from({ length: FEATURES }, (_, j) => ({ column: `x${j}` })),
    impute: 'median' as const,
    split: { validationPct: 20, testPct: 20, seed: 1, folds: 0, timeColumn: null },
  };
  const request = { kind: 'linear' as const, options: {}, backend: 'cpu' as const };
  const result = await runTraining(data, setup, request, pluginOf('linear'), () => {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Every row as an object, a full sort for the Q-Q plot, a histogram, all points kept. */
function naiveRegressionCharts(p: RowPredictions) {
  const points = Array.from(p.rows, (row, i) => ({
    row,
    actual: p.actual[i]!,
    predicted: p.predicted[i]!,
    residual: p.actual[i]! - p.predicted[i]!,
  }));
  const sorted = [...points].sort((a, b) => a.residual - b.residual);
  const min = sorted[0]!.residual;
  const width = (sorted[sorted.length - 1]!.residual - min) / 50 || 1;
  const bins = new Array<number>(51).fill(0);
  for (const point of points) bins[Math.floor((point.residual - min) / width)]! += 1;
  return { points, qq: sorted, bins };
}

/** Binary scores: a full object sort for ROC, then one pass over all rows per threshold. */
function naiveClassificationCharts(p: RowPredictions) {
  const scored = Array.from(p.actual, (actual, i) => ({
    actual,
    score: p.probabilities![i * 2 + 1]!,
  }));
  scored.sort((a, b) => b.score - a.score);
  const positives = scored.filter((r) => r.actual === 1).length;
  let tp = 0;
  const roc = scored.map((r, i) => {
    if (r.actual === 1) tp += 1;
    return { tpr: tp / positives, fpr: (i + 1 - tp) / (scored.length - positives) };
  });
  const thresholds = Array.from({ length: 101 }, (_, t) => {
    const cut = t / 100;
    let hits = 0;
    for (const r of scored) if (r.score >= cut && r.actual === 1) hits += 1;
    return hits;
  });
  return { roc, thresholds };
}

/** Seeded binary labels with scores that rank them well (all rows in the test part). */
function binaryPredictions(): RowPredictions {
  const random = seededRandom(7);
  const actual = new Float64Array(ROWS);
  const probabilities = new Float64Array(ROWS * 2);
  for (let i = 0; i < ROWS; i++) {
    actual[i] = random() < 0.3 ? 1 : 0;
    const score = Math.min(1, Math.max(0, 0.35 * actual[i]! + 0.65 * random()));
    probabilities[i * 2] = 1 - score;
    probabilities[i * 2 + 1] = score;
  }
  const predicted = Float64Array.from(actual, (_, i) => (probabilities[i * 2 + 1]! >= 0.5 ? 1 : 0));
  return {
    rows: Int32Array.from({ length: ROWS }, (_, i) => i),
    part: new Uint8Array(ROWS).fill(2),
    actual,
    predicted,
    probabilities,
    classes: ['no', 'yes'],
  };
}

export const suite: BenchSuite = {
  title: `Results chart data on ${ROWS.toLocaleString('en')} scored rows`,
  async prepare(): Promise<readonly BenchCase[]> {
    const data = table();
    const outcome = await trainedOls(data);
    const binary = binaryPredictions();
    const bytes = ROWS * 8 * 3;
    return [
      {
        name: `regression charts ${ROWS} rows`,
        bytes,
        rows: ROWS,
        implementations: [
          {
            name: 'ours (regressionDiagnostics)',
            ours: true,
            run: () => ({ rows: ROWS, output: regressionDiagnostics(outcome.predictions) }),
          },
          {
            name: 'ours, whole analysis (analyseRun: + importance, fit curve, summary)',
            run: () => ({ rows: ROWS, output: analyseRun(data, outcome, null) }),
          },
          {
            name: 'objects + full sort, every point kept',
            run: () => ({ rows: ROWS, output: naiveRegressionCharts(outcome.predictions) }),
          },
        ],
      },
      {
        name: `binary classification charts ${ROWS} rows`,
        bytes,
        rows: ROWS,
        implementations: [
          {
            name: 'ours (classificationDiagnostics)',
            ours: true,
            run: () => ({ rows: ROWS, output: classificationDiagnostics(binary) }),
          },
          {
            name: 'objects + sort, one pass per threshold',
            run: () => ({ rows: ROWS, output: naiveClassificationCharts(binary) }),
          },
        ],
      },
    ];
  },
};
