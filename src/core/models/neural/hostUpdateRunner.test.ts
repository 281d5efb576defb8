import * as tf from '@tensorflow/tfjs-core';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../prep/split/seededRandom';
import { registerBackends } from './registerBackends';
import { trainMlp, type EncodedRows, type MlpTrainingConfig } from './trainMlp';

const INPUTS = 5;

/** Three-class rows (one-hot targets) decided by the first two inputs. */
function classRows(rows: number, seed: number): EncodedRows {
  const random = seededRandom(seed);
  const x = Float64Array.from({ length: rows * INPUTS }, () => random() * 2 - 1);
  const targets = new Float32Array(rows * 3);
  for (let row = 0; row < rows; row++) {
    const score = (x[row * INPUTS] ?? 0) + 0.5 * (x[row * INPUTS + 1] ?? 0);
    targets[row * 3 + (score < -0.4 ? 0 : score < 0.4 ? 1 : 2)] = 1;
  }
  return { x, cols: INPUTS, targets };
}

const config: MlpTrainingConfig = {
  spec: {
    inputSize: INPUTS,
    hiddenUnits: [9, 6],
    activation: 'relu',
    output: 'softmax',
    outputUnits: 3,
  },
  optimizer: 'adam',
  learningRate: 0.02,
  batchSize: 32,
  epochs: 5,
  patience: 3,
  dropout: 0.2,
  l2: 0.01,
  seed: 4,
};

describe('host-side optimiser on the real wasm backend', () => {
  beforeAll(async () => {
    const require = createRequire(import.meta.url);
    registerBackends(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
    await tf.setBackend('wasm');
    await tf.ready();
  });

  it('is the default on wasm and trains to the tfjs-ops step weights, freeing its tensors', async () => {
    expect(tf.getBackend()).toBe('wasm');
    const train = classRows(150, 1);
    const validation = classRows(40, 2);
    const tensors = tf.memory().numTensors;
    const ours = await trainMlp(train, validation, config);
    expect(tf.memory().numTensors).toBe(tensors);
    const ops = await trainMlp(train, validation, config, {}, 'tfjs-ops');
    const named = await trainMlp(train, validation, config, {}, 'tfjs-gradient');

    expect(ours.layers).toEqual(named.layers);
    expect(ours.bestEpoch).toBe(ops.bestEpoch);
    ours.history.forEach((point, i) => {
      expect(point.loss).toBeCloseTo(ops.history[i]?.loss ?? NaN, 4);
      expect(point.valLoss ?? NaN).toBeCloseTo(ops.history[i]?.valLoss ?? NaN, 4);
    });
    // The loss fell: the comparison is between two runs that really trained.
    expect(ours.history.at(-1)?.loss ?? NaN).toBeLessThan((ours.history[0]?.loss ?? 0) * 0.95);
    const expected = ops.layers.flatMap((layer) => [...layer.weights, ...layer.biases]);
    ours.layers
      .flatMap((layer) => [...layer.weights, ...layer.biases])
      .forEach((w, i) => expect(Math.abs(w - (expected[i] ?? NaN))).toBeLessThan(2e-4));
  });
});
