import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../prep/split/seededRandom';
import { augmentedInput } from './backprop';
import { rowTensors, trainOneEpoch, type EpochSetup } from './epochSteps';
import { cutsBatchesOnHost, hostBatch } from './hostBatches';
import { initialLayerValues, type MlpSpec } from './initialWeights';
import { useCpuBackend } from './testing/cpuBackend';
import { createTrainingState, disposeTrainingState } from './trainingState';

const ROWS = 40;
const COLS = 3;

function rows() {
  const random = seededRandom(9);
  const x = Float64Array.from({ length: ROWS * COLS }, () => random() * 2 - 1);
  const targets = Float32Array.from({ length: ROWS * 2 }, () => random());
  return { x, targets };
}

describe('batches cut on the host', () => {
  beforeAll(useCpuBackend);

  it('are only used on wasm', () => {
    expect(cutsBatchesOnHost('wasm')).toBe(true);
    expect(['cpu', 'webgl', 'webgpu'].map(cutsBatchesOnHost)).toEqual([false, false, false]);
  });

  it.each(['flags', 'explicit'] as const)(
    'hold the same values as a gather on the device (%s transposes)',
    async (style) => {
      const { x, targets } = rows();
      const data = rowTensors(x, COLS, targets, true);
      if (data.host === undefined) throw new Error('no host rows');
      const picked = Int32Array.from([7, 0, 39, 7, 12]);
      const [host, device] = tf.tidy(() => {
        const index = tf.tensor1d(picked, 'int32');
        const gathered = tf.gather(data.x, index) as tf.Tensor2D;
        const fromDevice = [
          gathered,
          tf.gather(data.targets, index),
          augmentedInput(gathered, style),
        ];
        const fromHost = hostBatch(data.host as NonNullable<typeof data.host>, picked, style);
        return [[fromHost.x, fromHost.targets, fromHost.augmented], fromDevice];
      });
      for (const [index, tensor] of host.entries()) {
        expect(tensor.shape).toEqual(device[index]?.shape);
        expect(await tensor.data()).toEqual(await device[index]?.data());
      }
      tf.dispose([...host, ...device, data.x, data.targets]);
    },
  );

  it('train an epoch to exactly the weights the gathered batches give', async () => {
    const spec: MlpSpec = {
      inputSize: COLS,
      hiddenUnits: [5],
      activation: 'relu',
      output: 'linear',
      outputUnits: 2,
    };
    const { x, targets } = rows();
    const weightsAfterEpoch = async (keepHost: boolean) => {
      const data = rowTensors(x, COLS, targets, keepHost);
      const state = createTrainingState(initialLayerValues(spec, 4), 'adam', 0.05, 0.01);
      const setup: EpochSetup = {
        state,
        activation: spec.activation,
        output: spec.output,
        batchSize: 16,
        dropout: 0.2,
        l2: 0.01,
        random: seededRandom(2),
        transposeStyle: 'explicit',
      };
      const loss = await trainOneEpoch(data, setup);
      const weights = Array.from(await state.params.data());
      disposeTrainingState(state);
      tf.dispose([data.x, data.targets]);
      return { loss, weights };
    };
    const gathered = await weightsAfterEpoch(false);
    const cut = await weightsAfterEpoch(true);
    expect(cut).toEqual(gathered);
    expect(gathered.loss).toBeGreaterThan(0);
  });
});
