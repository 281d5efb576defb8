import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, shuffleInPlace } from '../../prep/split/seededRandom';
import type { TransposeStyle } from './backprop';
import { rowTensors, trainOneEpoch, type EpochSetup } from './epochSteps';
import { initialLayerValues, type MlpSpec } from './initialWeights';
import type { OptimizerName } from './neuralTypes';
import { tapedGradient } from './testing/autodiffOracle';
import { useCpuBackend } from './testing/cpuBackend';
import { createTrainingState, disposeTrainingState, type TrainingState } from './trainingState';

const spec: MlpSpec = {
  inputSize: 4,
  hiddenUnits: [6, 5],
  activation: 'tanh',
  output: 'linear',
  outputUnits: 1,
};
const ROWS = 50;
const BATCH = 16; // three full batches and a last one of 2 rows

function regressionRows() {
  const random = seededRandom(21);
  const x = Float64Array.from({ length: ROWS * spec.inputSize }, () => random() * 2 - 1);
  const targets = Float32Array.from({ length: ROWS }, (_, row) => Math.sin(3 * (x[row * 4] ?? 0)));
  return rowTensors(x, spec.inputSize, targets);
}

function setupFor(
  state: TrainingState,
  dropout: number,
  l2: number,
  transposeStyle: TransposeStyle = 'flags',
): EpochSetup {
  const { activation, output } = spec;
  const random = seededRandom(3);
  return { state, activation, output, batchSize: BATCH, dropout, l2, random, transposeStyle };
}

/** The former training loop: same shuffle and dropout seeds, tfjs autodiff and tf.train. */
async function tapedEpoch(name: OptimizerName, dropout: number, l2: number): Promise<Float32Array> {
  const data = regressionRows();
  const state = createTrainingState(initialLayerValues(spec, 5), name, 0.05, l2);
  const params = tf.tidy(() => tf.variable(state.params.clone()));
  const optimizer =
    name === 'adam'
      ? tf.train.adam(0.05)
      : name === 'sgd'
        ? tf.train.sgd(0.05)
        : tf.train.rmsprop(0.05, 0.9);
  const random = seededRandom(3);
  const order = shuffleInPlace(
    Int32Array.from({ length: ROWS }, (_, row) => row),
    random,
  );
  for (let start = 0; start < ROWS; start += BATCH) {
    const seed = Math.floor(random() * 2 ** 30);
    tf.tidy(() => {
      const index = tf.tensor1d(order.slice(start, start + BATCH), 'int32');
      const x = tf.gather(data.x, index) as tf.Tensor2D;
      const targets = tf.gather(data.targets, index) as tf.Tensor2D;
      const objective = { layout: state.layout, ...spec, l2, dropout: { rate: dropout, seed } };
      const { gradient } = tapedGradient(params, x, targets, objective);
      optimizer.applyGradients([{ name: params.name, tensor: gradient }]);
    });
  }
  const values = (await params.data()) as Float32Array;
  optimizer.dispose();
  disposeTrainingState(state);
  tf.dispose([params, data.x, data.targets]);
  return values;
}

describe('trainOneEpoch (hand-written step)', () => {
  beforeAll(useCpuBackend);

  it.each([
    ['adam', 0, 0],
    ['sgd', 0.3, 0],
    ['rmsprop', 0, 0.01],
    ['adam', 0.2, 0.005],
  ] as const)(
    'takes the same steps as the taped loop with %s, dropout %s, l2 %s',
    async (name, dropout, l2) => {
      const baseline = tf.memory().numTensors;
      const data = regressionRows();
      const state = createTrainingState(initialLayerValues(spec, 5), name, 0.05, l2);
      const start = (await state.params.data()) as Float32Array;
      const loss = await trainOneEpoch(data, setupFor(state, dropout, l2));
      const ours = (await state.params.data()) as Float32Array;
      disposeTrainingState(state);
      tf.dispose([data.x, data.targets]);
      const expected = await tapedEpoch(name, dropout, l2);
      expect(Number.isFinite(loss)).toBe(true);
      expect(
        Math.max(...ours.map((value, i) => Math.abs(value - (start[i] ?? 0)))),
      ).toBeGreaterThan(1e-3);
      ours.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 4));
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );

  it.each(['flags', 'explicit'] as const)(
    'runs about 50 tfjs kernels per step with %s transposes (taped: about 150)',
    async (style) => {
      const kernelsPerEpoch = async (rows: number): Promise<number> => {
        const random = seededRandom(4);
        const x = Float64Array.from({ length: rows * 20 }, () => random());
        const data = rowTensors(x, 20, new Float32Array(rows));
        const wide = { ...spec, inputSize: 20, hiddenUnits: [64, 64], activation: 'relu' as const };
        const state = createTrainingState(initialLayerValues(wide, 1), 'adam', 0.001, 0);
        const setup = { ...setupFor(state, 0, 0, style), activation: wide.activation };
        const { kernels } = await tf.profile(() =>
          trainOneEpoch(data, { ...setup, batchSize: 10 }),
        );
        disposeTrainingState(state);
        tf.dispose([data.x, data.targets]);
        return kernels.length;
      };
      // Per-epoch work (shuffle, loss read-back) cancels out in the difference.
      const perStep = ((await kernelsPerEpoch(60)) - (await kernelsPerEpoch(20))) / 4;
      expect(perStep).toBeGreaterThan(30);
      expect(perStep).toBeLessThanOrEqual(56);
    },
  );
});
