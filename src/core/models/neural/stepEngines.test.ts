import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../prep/split/seededRandom';
import type { MlpSpec } from './initialWeights';
import type { OptimizerName, OutputActivation } from './neuralTypes';
import { useCpuBackend } from './testing/cpuBackend';
import {
  stepEngineFor,
  trainMlp,
  type EncodedRows,
  type MlpTrainingConfig,
  type MlpTrainingRun,
  type StepEngine,
} from './trainMlp';

const ROWS = 60;
const INPUTS = 4;
const OUTPUT_UNITS: Record<OutputActivation, number> = { linear: 1, sigmoid: 1, softmax: 3 };

/** Rows whose targets depend smoothly on the first two inputs, encoded for the output layer. */
function encodedRows(output: OutputActivation, rows: number, seed: number): EncodedRows {
  const random = seededRandom(seed);
  const units = OUTPUT_UNITS[output];
  const x = Float64Array.from({ length: rows * INPUTS }, () => random() * 2 - 1);
  const targets = new Float32Array(rows * units);
  for (let row = 0; row < rows; row++) {
    const score = Math.sin(3 * (x[row * INPUTS] ?? 0)) + (x[row * INPUTS + 1] ?? 0);
    if (output === 'linear') targets[row] = score;
    else if (output === 'sigmoid') targets[row] = score > 0 ? 1 : 0;
    else targets[row * units + Math.min(units - 1, Math.floor((score + 2) * 0.75))] = 1;
  }
  return { x, cols: INPUTS, targets };
}

interface Case {
  readonly engine: StepEngine;
  readonly optimizer: OptimizerName;
  readonly output: OutputActivation;
  readonly dropout: number;
  readonly l2: number;
  readonly patience: number;
}

function configFor({
  optimizer,
  output,
  dropout,
  l2,
  patience,
}: Omit<Case, 'engine'>): MlpTrainingConfig {
  const spec: MlpSpec = {
    inputSize: INPUTS,
    hiddenUnits: [7, 5],
    activation: 'tanh',
    output,
    outputUnits: OUTPUT_UNITS[output],
  };
  // batch 16 over 60 rows: three full batches and a last one of 12 rows per epoch.
  const base = { spec, optimizer, learningRate: 0.02, batchSize: 16, epochs: 4 };
  return { ...base, patience, dropout, l2, seed: 11 };
}

const weightsOf = (run: MlpTrainingRun): number[] =>
  run.layers.flatMap((layer) => [...layer.weights, ...layer.biases]);

const settings: Omit<Case, 'engine'>[] = [
  { optimizer: 'adam', output: 'linear', dropout: 0, l2: 0, patience: 0 },
  { optimizer: 'sgd', output: 'linear', dropout: 0.25, l2: 0.01, patience: 0 },
  { optimizer: 'rmsprop', output: 'sigmoid', dropout: 0, l2: 0.02, patience: 2 },
  { optimizer: 'adam', output: 'softmax', dropout: 0.3, l2: 0, patience: 2 },
];
const cases: Case[] = (['typed-arrays', 'tfjs-gradient'] as const).flatMap((engine) =>
  settings.map((setting) => ({ engine, ...setting })),
);

describe('training engines against the tfjs-ops step', () => {
  beforeAll(useCpuBackend);

  it.each(cases)(
    '$engine: $optimizer, $output output, dropout $dropout, l2 $l2: the same weights and losses',
    async ({ engine, ...setting }) => {
      const config = configFor(setting);
      const train = encodedRows(setting.output, ROWS, 2);
      const validation = setting.patience > 0 ? encodedRows(setting.output, 25, 3) : null;
      const tensors = tf.memory().numTensors;
      const ours = await trainMlp(train, validation, config, {}, engine);
      expect(tf.memory().numTensors).toBe(tensors);
      const ops = await trainMlp(train, validation, config, {}, 'tfjs-ops');

      expect(ours.bestEpoch).toBe(ops.bestEpoch);
      expect(ours.stopReason).toBe(ops.stopReason);
      expect(ours.history).toHaveLength(ops.history.length);
      ours.history.forEach((point, i) => {
        expect(point.loss).toBeCloseTo(ops.history[i]?.loss ?? NaN, 4);
        expect(point.valLoss ?? -1).toBeCloseTo(ops.history[i]?.valLoss ?? -1, 4);
      });
      const expected = weightsOf(ops);
      const initial = weightsOf(await trainMlp(train, null, { ...config, epochs: 0 }));
      const moved = Math.max(...expected.map((w, i) => Math.abs(w - (initial[i] ?? NaN))));
      // Training moved the weights well beyond the tolerance the engines are compared at.
      expect(moved).toBeGreaterThan(0.02);
      weightsOf(ours).forEach((w, i) =>
        expect(Math.abs(w - (expected[i] ?? NaN))).toBeLessThan(2e-4),
      );
    },
  );

  it('picks typed arrays on cpu, a host-side optimiser on wasm, tfjs ops on GPUs', () => {
    expect(['cpu', 'wasm', 'webgl', 'webgpu'].map(stepEngineFor)).toEqual([
      'typed-arrays',
      'tfjs-gradient',
      'tfjs-ops',
      'tfjs-ops',
    ]);
  });

  it('runs on the cpu backend by default, with typed arrays', async () => {
    const config = configFor(settings[0] as Omit<Case, 'engine'>);
    const train = encodedRows('linear', ROWS, 2);
    const byDefault = await trainMlp(train, null, config);
    const typed = await trainMlp(train, null, config, {}, 'typed-arrays');
    expect(weightsOf(byDefault)).toEqual(weightsOf(typed));
  });
});
