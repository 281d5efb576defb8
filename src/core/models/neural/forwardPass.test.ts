import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TaskType } from '../modelTypes';
import forwardFixture from './fixtures/forward-pass.json';
import { forwardPass } from './forwardPass';
import type { DenseLayer, HiddenActivation, NeuralModel, OutputActivation } from './neuralTypes';
import { randomInputs, randomModel } from './testing/randomModel';
import { useCpuBackend } from './testing/cpuBackend';
import { forwardPassTfjs } from './tfjsPredict';

interface ForwardCase {
  name: string;
  task: TaskType;
  layers: DenseLayer[];
  x: number[][];
  outputs: number[][];
}

function modelFromSklearn(c: ForwardCase): NeuralModel {
  const sizes = [c.layers[0]?.inputSize ?? 0, ...c.layers.map((layer) => layer.units)];
  const last = c.layers[c.layers.length - 1];
  const base = randomModel(sizes, 'relu', last?.activation as OutputActivation, 0);
  return { ...base, layers: c.layers, targetScale: null };
}

/** tfjs-layers' own Sequential model holding the same weights: an independent forward pass. */
function layersModelPredict(model: NeuralModel, x: Float64Array, rows: number): Float32Array {
  const network = tfl.sequential();
  model.layers.forEach((layer, index) => {
    network.add(
      tfl.layers.dense({
        units: layer.units,
        activation: layer.activation,
        ...(index === 0 ? { inputShape: [layer.inputSize] } : {}),
      }),
    );
  });
  const values = model.layers.flatMap((l) => [
    tf.tensor2d([...l.weights], [l.inputSize, l.units]),
    tf.tensor1d([...l.biases]),
  ]);
  network.setWeights(values);
  const output = tf.tidy(() => {
    const predicted = network.predict(tf.tensor2d(Float32Array.from(x), [rows, model.inputSize]));
    return (predicted as tf.Tensor).dataSync() as Float32Array;
  });
  tf.dispose(values);
  network.dispose();
  return output;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number) {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let k = 0; k < actual.length; k++) {
    const scale = Math.max(1, Math.abs(expected[k] ?? 0));
    worst = Math.max(worst, Math.abs((actual[k] ?? NaN) - (expected[k] ?? NaN)) / scale);
  }
  expect(worst).toBeLessThan(tolerance);
}

describe('forwardPass (plain TypeScript, float64)', () => {
  beforeAll(useCpuBackend);

  it.each(forwardFixture.cases as ForwardCase[])(
    'reproduces scikit-learn $name outputs to 1e-9',
    (c) => {
      const model = modelFromSklearn(c);
      const x = Float64Array.from(c.x.flat());
      const outputs = forwardPass(model, { x, rows: c.x.length, cols: model.inputSize });
      expectClose(outputs, c.outputs.flat(), 1e-9);
    },
  );

  const shapes: [HiddenActivation, OutputActivation, number[]][] = [
    ['relu', 'linear', [6, 16, 8, 1]],
    ['tanh', 'sigmoid', [5, 12, 1]],
    ['elu', 'softmax', [7, 10, 6, 4]],
    ['sigmoid', 'softmax', [3, 9, 3]],
    ['elu', 'linear', [4, 1]],
  ];

  it.each(shapes)(
    '%s hidden, %s output: matches tfjs-layers and our tfjs pass to 1e-5',
    async (activation, output, sizes) => {
      const model = randomModel(sizes, activation, output, sizes.length * 31);
      const rows = 300;
      const x = randomInputs(rows, model.inputSize, 5);
      const ours = forwardPass(model, { x, rows, cols: model.inputSize });
      const tensors = tf.memory().numTensors;
      expectClose(ours, layersModelPredict(model, x, rows), 1e-5);
      expectClose(ours, await forwardPassTfjs(model, { x, rows, cols: model.inputSize }), 1e-5);
      expect(tf.memory().numTensors).toBe(tensors);
    },
  );

  it('maps regression outputs back to the target scale', () => {
    const base = randomModel([3, 4, 1], 'relu', 'linear', 9);
    const x = randomInputs(10, 3, 2);
    const standardised = forwardPass(base, { x, rows: 10, cols: 3 });
    const scaled = forwardPass(
      { ...base, targetScale: { mean: 100, std: 20 } },
      { x, rows: 10, cols: 3 },
    );
    scaled.forEach((value, row) =>
      expect(value).toBeCloseTo((standardised[row] ?? NaN) * 20 + 100, 9),
    );
  });

  it('scores more rows than one block holds the same as row by row', () => {
    const model = randomModel([4, 8, 3], 'tanh', 'softmax', 4);
    const rows = 2500;
    const x = randomInputs(rows, 4, 8);
    const all = forwardPass(model, { x, rows, cols: 4 });
    const lastRow = forwardPass(model, { x: x.subarray((rows - 1) * 4), rows: 1, cols: 4 });
    expect([...all.subarray((rows - 1) * 3)]).toEqual([...lastRow]);
  });

  it('refuses inputs with the wrong number of columns', () => {
    const model = randomModel([4, 2, 1], 'relu', 'linear', 1);
    expect(() => forwardPass(model, { x: new Float64Array(6), rows: 2, cols: 3 })).toThrow(
      /4 columns/,
    );
  });
});
