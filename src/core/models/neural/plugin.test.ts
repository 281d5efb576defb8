import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainingProgress, TrainingSet } from '../modelTypes';
import { forwardPass } from './forwardPass';
import type { NeuralModel, NeuralOptions } from './neuralTypes';
import { neuralPlugin } from './plugin';
import { useCpuBackend } from './testing/cpuBackend';
import { sectorClassificationSet, smoothRegressionSet, splitRows } from './testing/syntheticSets';
import { forwardPassTfjs } from './tfjsPredict';

const options = (overrides: Partial<NeuralOptions> = {}): NeuralOptions => ({
  ...neuralPlugin.meta.defaults('regression'),
  hiddenLayers: '16,8',
  learningRate: 0.01,
  batchSize: 32,
  epochs: 40,
  ...overrides,
});

async function train(
  data: TrainingSet,
  chosen: NeuralOptions,
  validation: TrainingSet | null = null,
  onProgress: (progress: TrainingProgress) => void = () => undefined,
): Promise<NeuralModel> {
  const task = data.classes === null ? 'regression' : 'classification';
  const result = await neuralPlugin.train(data, chosen, { task, seed: 3, validation, onProgress });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('neuralPlugin', () => {
  beforeAll(useCpuBackend);

  it('describes a neural model for both tasks that wants standardised inputs', () => {
    expect(neuralPlugin.meta.kind).toBe('neural');
    expect(neuralPlugin.meta.tasks).toEqual(['regression', 'classification']);
    expect(neuralPlugin.meta.wantsStandardised).toBe(true);
    const keys = neuralPlugin.meta.options.map((option) => option.key).sort();
    expect(keys).toEqual(Object.keys(neuralPlugin.meta.defaults('regression')).sort());
  });

  it('streams loss and validation loss once per epoch', async () => {
    const [fit, held] = splitRows(smoothRegressionSet(150, 3, 1), 120);
    const seen: TrainingProgress[] = [];
    const model = await train(fit, options({ epochs: 6, patience: 0 }), held, (p) => seen.push(p));
    const epochs = seen.filter((p) => p.epoch !== undefined);
    expect(epochs.map((p) => p.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(epochs.map((p) => p.fraction)).toEqual([1, 2, 3, 4, 5, 6].map((e) => e / 6));
    expect(epochs.map((p) => p.loss)).toEqual(model.lossHistory.map((point) => point.loss));
    expect(epochs.map((p) => p.valLoss)).toEqual(model.lossHistory.map((point) => point.valLoss));
    expect(seen[seen.length - 1]?.fraction).toBe(1);
  });

  it('fits a regression target on its own scale and records the backend used', async () => {
    const [fit, test] = splitRows(smoothRegressionSet(400, 3, 2), 300);
    const model = await train(fit, options());
    const { values, probabilities } = neuralPlugin.predict(model, test);
    expect(probabilities).toBeNull();
    let squared = 0;
    test.y.forEach((y, row) => (squared += (y - (values[row] ?? NaN)) ** 2));
    // The target spans about 40 units around 50; a fitted network is within a couple of units.
    expect(Math.sqrt(squared / test.rows)).toBeLessThan(2.5);
    expect(model.backend).toBe('cpu');
    expect(model.layerSizes).toEqual([3, 16, 8, 1]);
  });

  it('classifies two classes with a sigmoid unit and [1 - p, p] probabilities', async () => {
    const [fit, test] = splitRows(sectorClassificationSet(400, 2, 2, 4), 300);
    const model = await train(fit, options());
    const { values, probabilities } = neuralPlugin.predict(model, test);
    expect(model.layerSizes[model.layerSizes.length - 1]).toBe(1);
    const p = probabilities ?? new Float64Array();
    expect(p).toHaveLength(test.rows * 2);
    for (let row = 0; row < test.rows; row++) {
      expect((p[row * 2] ?? 0) + (p[row * 2 + 1] ?? 0)).toBeCloseTo(1, 12);
      expect(values[row]).toBe((p[row * 2 + 1] ?? 0) > 0.5 ? 1 : 0);
    }
    const correct = test.y.filter((y, row) => values[row] === y).length;
    expect(correct / test.rows).toBeGreaterThan(0.9);
  });

  it('classifies three classes with softmax rows that sum to one', async () => {
    const [fit, test] = splitRows(sectorClassificationSet(600, 2, 3, 5), 450);
    const model = await train(fit, options({ epochs: 60 }));
    const { values, probabilities } = neuralPlugin.predict(model, test);
    const p = probabilities ?? new Float64Array();
    for (let row = 0; row < test.rows; row++) {
      const rowP = [0, 1, 2].map((k) => p[row * 3 + k] ?? NaN);
      expect(rowP.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(values[row]).toBe(rowP.indexOf(Math.max(...rowP)));
    }
    const correct = test.y.filter((y, row) => values[row] === y).length;
    expect(correct / test.rows).toBeGreaterThan(0.85);
  });

  it('is plain JSON: a round-tripped model predicts exactly the same', async () => {
    const data = sectorClassificationSet(120, 3, 3, 6);
    const model = await train(data, options({ epochs: 5 }));
    const copy = JSON.parse(JSON.stringify(model)) as NeuralModel;
    expect(copy).toEqual(model);
    expect(neuralPlugin.predict(copy, data)).toEqual(neuralPlugin.predict(model, data));
  });

  it('scores a trained model the same in tfjs (float32) as in plain TypeScript, without leaks', async () => {
    const data = smoothRegressionSet(300, 5, 8);
    const model = await train(data, options({ activation: 'elu', epochs: 10 }));
    const baseline = tf.memory().numTensors;
    const viaTfjs = await forwardPassTfjs(model, data);
    expect(tf.memory().numTensors).toBe(baseline);
    const plain = forwardPass(model, data);
    plain.forEach((value, row) => {
      expect(Math.abs(value - (viaTfjs[row] ?? NaN)) / Math.abs(value)).toBeLessThan(1e-5);
    });
  });

  it.each([
    [{ hiddenLayers: '32,abc' }, 'invalid-hidden-layers'],
    [{ dropout: 1 }, 'invalid-option'],
    [{ learningRate: 0 }, 'invalid-option'],
    [{ batchSize: 2.5 }, 'invalid-option'],
    [{ epochs: 0 }, 'invalid-option'],
    [{ patience: -1 }, 'invalid-option'],
  ] as const)('rejects %o with %s', async (overrides, code) => {
    const result = await neuralPlugin.train(smoothRegressionSet(20, 2, 1), options(overrides), {
      task: 'regression',
      seed: 1,
      validation: null,
      onProgress: () => undefined,
    });
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('names the column holding a missing value instead of training on it', async () => {
    const data = smoothRegressionSet(20, 3, 1);
    const x = data.x.slice();
    x[4 * 3 + 2] = NaN;
    const context = {
      task: 'regression' as const,
      seed: 1,
      validation: null,
      onProgress: () => undefined,
    };
    const result = await neuralPlugin.train({ ...data, x }, options(), context);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'non-finite-input',
      column: 'x3',
    });
  });

  it('refuses a classification target with a single class', async () => {
    const data = { ...sectorClassificationSet(20, 2, 2, 1), classes: ['only'] };
    const context = {
      task: 'classification' as const,
      seed: 1,
      validation: null,
      onProgress: () => undefined,
    };
    const result = await neuralPlugin.train(data, options(), context);
    expect(result.ok ? null : result.error.code).toBe('single-class');
  });
});
