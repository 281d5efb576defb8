import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TrainContext, TrainingSet } from '../modelTypes';
import { forwardPass } from './forwardPass';
import { neuralMeta } from './meta';
import type { NeuralModel, NeuralOptions } from './neuralTypes';
import { trainNeural } from './plugin';
import { useCpuBackend } from './testing/cpuBackend';
import { sectorClassificationSet, smoothRegressionSet } from './testing/syntheticSets';

const quiet = (validation: TrainingSet | null, seed = 1): TrainContext => ({
  task: 'regression',
  seed,
  validation,
  onProgress: () => undefined,
});

const small: NeuralOptions = {
  ...neuralMeta.defaults('regression'),
  hiddenLayers: '8,4',
  epochs: 5,
  batchSize: 16,
};

async function fitted(
  data: TrainingSet,
  options: NeuralOptions,
  context: TrainContext,
): Promise<NeuralModel> {
  const result = await trainNeural(data, options, context);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const allWeights = (model: NeuralModel): number[] =>
  model.layers.flatMap((layer) => [...layer.weights, ...layer.biases]);

/** Mean squared error on the standardised target: what the network reports as regression loss. */
function standardisedMse(model: NeuralModel, data: TrainingSet): number {
  const scale = model.targetScale ?? { mean: 0, std: 1 };
  const predicted = forwardPass(model, data);
  let sum = 0;
  data.y.forEach((y, row) => {
    sum += (((predicted[row] ?? NaN) - y) / scale.std) ** 2;
  });
  return sum / data.rows;
}

describe('neural training', () => {
  beforeAll(useCpuBackend);
  const data = smoothRegressionSet(120, 4, 7);

  it('gives identical weights for the same seed and data on the cpu backend', async () => {
    const options = { ...small, dropout: 0.2 };
    const first = await fitted(data, options, quiet(null, 42));
    const second = await fitted(data, options, quiet(null, 42));
    expect(allWeights(second)).toEqual(allWeights(first));
    expect(second.lossHistory).toEqual(first.lossHistory);
  });

  it('gives different weights for a different seed', async () => {
    const first = await fitted(data, small, quiet(null, 1));
    const second = await fitted(data, small, quiet(null, 2));
    expect(allWeights(second)).not.toEqual(allWeights(first));
  });

  it('stops when validation loss stops improving and restores the best epoch', async () => {
    // 40 very noisy rows and a wide network: validation loss turns up after a few epochs.
    const train = smoothRegressionSet(40, 8, 3, 30);
    const validation = smoothRegressionSet(200, 8, 4, 30);
    const options = {
      ...small,
      hiddenLayers: '64,64',
      learningRate: 0.01,
      epochs: 300,
      batchSize: 20,
      patience: 8,
    };
    const model = await fitted(train, options, quiet(validation));
    const valLosses = model.lossHistory.map((point) => point.valLoss ?? NaN);
    const best = Math.min(...valLosses);
    expect(model.stopReason).toBe('early-stopping');
    expect(valLosses.indexOf(best) + 1).toBe(model.bestEpoch);
    expect(model.lossHistory).toHaveLength(model.bestEpoch + options.patience);
    expect(valLosses[valLosses.length - 1]).toBeGreaterThan(best);
    // The returned weights are the best epoch's, not the last epoch's.
    expect(standardisedMse(model, validation)).toBeCloseTo(best, 4);
  });

  it('keeps the last epoch when patience is 0', async () => {
    const model = await fitted(data, { ...small, patience: 0, epochs: 7 }, quiet(data));
    expect(model.stopReason).toBe('completed');
    expect(model.bestEpoch).toBe(7);
    expect(standardisedMse(model, data)).toBeCloseTo(model.lossHistory[6]?.valLoss ?? NaN, 4);
  });

  it('fails with "diverged" and a lower learning rate to try when the first epoch blows up', async () => {
    const options = { ...small, optimizer: 'sgd' as const, learningRate: 1e4 };
    const result = await trainNeural(data, options, quiet(null));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('diverged');
    expect(result.error.message).toMatch(/lower learning rate, for example 1000 instead of 10000/);
  });

  it('keeps the best finite epoch and warns when the loss blows up later', async () => {
    // Plain SGD a little past its stability limit: the loss grows every step until it overflows.
    const options = {
      ...small,
      hiddenLayers: '',
      optimizer: 'sgd' as const,
      learningRate: 1.5,
      epochs: 60,
      batchSize: 20,
      patience: 0,
    };
    const train = smoothRegressionSet(200, 4, 3);
    const model = await fitted(train, options, quiet(null));
    expect(model.stopReason).toBe('diverged');
    expect(model.notices.map((notice) => notice.code)).toEqual(['diverged']);
    expect(model.notices[0]?.message).toMatch(/lower learning rate/);
    const losses = model.lossHistory.map((point) => point.loss);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(model.bestEpoch).toBe(losses.indexOf(Math.min(...losses)) + 1);
    expect(allWeights(model).every(Number.isFinite)).toBe(true);
    // Far below what the later, exploding epochs reached: the early weights came back.
    expect(standardisedMse(model, train)).toBeLessThan(losses[1] ?? 0);
  });

  it('frees every tensor it made, whether it completes, stops early or diverges', async () => {
    const baseline = tf.memory().numTensors;
    await fitted(data, { ...small, dropout: 0.3, l2: 0.01 }, quiet(data));
    await fitted(data, { ...small, optimizer: 'rmsprop', patience: 1, epochs: 50 }, quiet(data));
    await trainNeural(data, { ...small, optimizer: 'sgd', learningRate: 1e4 }, quiet(null));
    const classes = sectorClassificationSet(90, 3, 3, 2);
    const context = { ...quiet(classes), task: 'classification' as const };
    await fitted(classes, small, context);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('polls shouldStop between epochs and keeps what it has', async () => {
    let polls = 0;
    const result = await trainNeural(data, { ...small, epochs: 50 }, quiet(data), {
      shouldStop: () => ++polls > 3,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.stopReason).toBe('stopped');
    expect(result.value.lossHistory).toHaveLength(3);
    expect(result.value.notices[0]?.code).toBe('stopped');
  });

  it('shrinks the weights with a larger L2 penalty', async () => {
    const norm = (model: NeuralModel): number =>
      model.layers.reduce((sum, layer) => sum + layer.weights.reduce((s, w) => s + w * w, 0), 0);
    const options = { ...small, epochs: 30, learningRate: 0.01 };
    const free = await fitted(data, options, quiet(null));
    const penalised = await fitted(data, { ...options, l2: 0.05 }, quiet(null));
    expect(norm(penalised)).toBeLessThan(norm(free) * 0.8);
  });

  it.each(['adam', 'sgd', 'rmsprop'] as const)('learns the target with %s', async (optimizer) => {
    const learningRate = optimizer === 'sgd' ? 0.05 : 0.01;
    const model = await fitted(
      data,
      { ...small, optimizer, learningRate, epochs: 40 },
      quiet(null),
    );
    const losses = model.lossHistory.map((point) => point.loss);
    // Standardised MSE: 1 is predicting the mean; a fitted network is well below it.
    expect(losses[losses.length - 1]).toBeLessThan(Math.min(0.5, (losses[0] ?? 0) / 2));
  });
});
