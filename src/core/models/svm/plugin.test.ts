import { describe, expect, it } from 'vitest';
import type { TaskType, TrainingProgress, TrainingSet } from '../modelTypes';
import { svmDecisionScores } from './decisionScores';
import { LARGE_DATA_ROWS, svmDefaults } from './meta';
import { svmPlugin } from './plugin';
import { seededRandom } from './seededShuffle';
import type { SvmOptions } from './svmTypes';

/** Rows around one centre per class along the first axis; `noise` blurs the classes. */
function blobs(rows: number, classes: readonly number[], noise: number, seed = 5): TrainingSet {
  const random = seededRandom(seed);
  const x = new Float64Array(rows * 2);
  const y = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    y[r] = classes[r % classes.length]!;
    x[r * 2] = 3 * y[r]! + noise * (random() - 0.5);
    x[r * 2 + 1] = noise * (random() - 0.5);
  }
  const labels = ['low', 'mid', 'high'].slice(0, Math.max(...classes) + 1);
  return { x, rows, cols: 2, y, featureNames: ['spend', 'visits'], classes: labels };
}

async function train(
  data: TrainingSet,
  options: Partial<SvmOptions>,
  task: TaskType = 'classification',
  seed = 1,
) {
  const progress: TrainingProgress[] = [];
  const context = {
    task,
    seed,
    validation: null,
    onProgress: (p: TrainingProgress) => progress.push(p),
  };
  const result = await svmPlugin.train(data, { ...svmDefaults(task), ...options }, context);
  return { result, progress };
}

async function trained(
  data: TrainingSet,
  options: Partial<SvmOptions>,
  task: TaskType = 'classification',
  seed = 1,
) {
  const { result } = await train(data, options, task, seed);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const errorCode = async (data: TrainingSet, options: Partial<SvmOptions>) => {
  const { result } = await train(data, options);
  return result.ok ? 'trained' : result.error.code;
};

describe('svmPlugin.meta', () => {
  it('is the standardised-input SVM for both tasks', () => {
    expect(svmPlugin.meta).toMatchObject({ kind: 'svm', wantsStandardised: true });
    expect(svmPlugin.meta.tasks).toEqual(['classification', 'regression']);
  });

  it('defaults like scikit-learn: RBF, C 1, gamma "scale", tol 1e-3; probabilities for classes', () => {
    expect(svmDefaults('classification')).toMatchObject({
      kernel: 'rbf',
      C: 1,
      gamma: 'scale',
      tol: 1e-3,
      probability: true,
    });
    expect(svmDefaults('regression').probability).toBe(false);
  });

  it('describes only options that exist in the defaults', () => {
    const keys = Object.keys(svmDefaults('classification'));
    for (const spec of svmPlugin.meta.options) expect(keys).toContain(spec.key);
  });
});

describe('svmPlugin.train: expected failures', () => {
  it('needs two classes among the training rows', async () => {
    expect(await errorCode(blobs(20, [1], 1), {})).toBe('svm-single-class');
  });

  it('names the column with an empty cell', async () => {
    const data = blobs(20, [0, 1], 1);
    data.x[7] = Number.NaN;
    const { result } = await train(data, {});
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'svm-missing-values',
      column: 'visits',
    });
  });

  it.each([
    [{ C: 0 }],
    [{ gamma: -1 }],
    [{ degree: 2.5 }],
    [{ epsilon: -0.1 }],
    [{ tol: Number.NaN }],
  ] as const)('refuses the setting %o', async (options) => {
    expect(await errorCode(blobs(20, [0, 1], 1), options)).toBe('svm-invalid-option');
  });

  it(`refuses a non-linear kernel on more than ${LARGE_DATA_ROWS} rows unless smo is chosen`, async () => {
    const big = blobs(LARGE_DATA_ROWS + 1, [0, 1], 1);
    expect(await errorCode(big, { kernel: 'rbf' })).toBe('svm-kernel-too-large');
    expect(await errorCode(big, { kernel: 'poly' })).toBe('svm-kernel-too-large');
  });
});

describe('svmPlugin.train: solvers', () => {
  const big = blobs(LARGE_DATA_ROWS + 1, [0, 1], 2);

  it('uses SMO up to the row limit', async () => {
    expect((await trained(blobs(200, [0, 1], 2), { kernel: 'linear' })).solver).toBe('smo');
  });

  it('switches a linear kernel to primal Newton above it, or to DCD for the hinge loss', async () => {
    expect((await trained(big, { kernel: 'linear' })).solver).toBe('linear-newton');
    expect((await trained(big, { kernel: 'linear', linearLoss: 'l1' })).solver).toBe('linear-dcd');
  });

  it('uses linear-dcd whenever it is chosen', async () => {
    const model = await trained(blobs(300, [0, 1, 2], 2), { solver: 'linear-dcd' });
    expect(model.solver).toBe('linear-dcd');
  });

  it('gives the same model for the same seed (dcd shuffles rows, Platt shuffles folds)', async () => {
    const data = blobs(400, [0, 1, 2], 4);
    for (const solver of ['linear-dcd', 'smo'] as const) {
      const first = await trained(data, { solver }, 'classification', 9);
      const again = await trained(data, { solver }, 'classification', 9);
      expect(JSON.stringify(again)).toBe(JSON.stringify(first));
    }
  });

  it('reports progress that rises to 1', async () => {
    const { progress } = await train(blobs(600, [0, 1, 2], 4), {});
    const fractions = progress.map((p) => p.fraction);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });
});

describe('svmPlugin models and predictions', () => {
  it('survive a JSON round trip and predict the same', async () => {
    const data = blobs(300, [0, 1, 2], 4);
    for (const solver of ['smo', 'linear-dcd', 'linear-newton'] as const) {
      const model = await trained(data, { solver });
      const copy = JSON.parse(JSON.stringify(model)) as typeof model;
      expect(svmPlugin.predict(copy, data)).toEqual(svmPlugin.predict(model, data));
    }
  });

  it('predict class indices, with probabilities that sum to one per row', async () => {
    const data = blobs(300, [0, 1, 2], 2);
    const predictions = svmPlugin.predict(await trained(data, {}), data);
    expect(new Set(predictions.values)).toEqual(new Set([0, 1, 2]));
    for (let row = 0; row < data.rows; row++) {
      const p = [...predictions.probabilities!.subarray(row * 3, row * 3 + 3)];
      expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 12);
      for (const value of p) expect(value >= 0 && value <= 1).toBe(true);
    }
  });

  it('never predicts a class that had no training rows', async () => {
    const data = blobs(300, [0, 2], 8);
    const model = await trained(data, {});
    const { values, probabilities } = svmPlugin.predict(model, blobs(60, [0, 1, 2], 8, 6));
    expect(values).not.toContain(1);
    for (let row = 0; row < 60; row++) expect(probabilities![row * 3 + 1]).toBe(0);
  });

  it('regression: values are predictions, and decision scores are those predictions', async () => {
    const data = { ...blobs(200, [0, 1], 1), classes: null };
    data.y.forEach((_, r) => (data.y[r] = 2 * data.x[r * 2]! - 1));
    const options = { kernel: 'linear' as const, epsilon: 0.01, scaleTarget: false };
    const model = await trained(data, options, 'regression');
    const predictions = svmPlugin.predict(model, data);
    predictions.values.forEach((value, r) => expect(value).toBeCloseTo(data.y[r]!, 1));
    expect(svmDecisionScores(model, data)).toEqual(predictions.values);
  });
});

describe('svmPlugin target scaling (regression)', () => {
  /** Revenue-like target: 500 + 80 per unit of spend, in the hundreds, as marketing data is. */
  function revenue(rows: number): TrainingSet {
    const random = seededRandom(11);
    const x = new Float64Array(rows);
    const y = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      x[r] = 4 * (random() - 0.5);
      y[r] = 500 + 80 * x[r]! + 5 * (random() - 0.5);
    }
    return { x, rows, cols: 1, y, featureNames: ['spend'], classes: null };
  }

  const r2 = (data: TrainingSet, predicted: Float64Array) => {
    const mean = data.y.reduce((a, b) => a + b, 0) / data.rows;
    let residual = 0;
    let total = 0;
    data.y.forEach((value, i) => {
      residual += (value - predicted[i]!) ** 2;
      total += (value - mean) ** 2;
    });
    return 1 - residual / total;
  };

  it('fits a target in the hundreds with default C and epsilon, and predicts on its scale', async () => {
    const data = revenue(300);
    const model = await trained(data, {}, 'regression');
    const mean = data.y.reduce((a, b) => a + b, 0) / data.rows;
    expect(model.targetScale?.mean).toBeCloseTo(mean, 9);
    expect(r2(data, svmPlugin.predict(model, data).values)).toBeGreaterThan(0.98);
  });

  it('matches raw scikit-learn SVR behaviour when scaling is off (underfits such a target)', async () => {
    const data = revenue(300);
    const raw = await trained(data, { scaleTarget: false }, 'regression');
    expect(raw.targetScale ?? null).toBeNull();
    expect(r2(data, svmPlugin.predict(raw, data).values)).toBeLessThan(0.9);
  });
});
