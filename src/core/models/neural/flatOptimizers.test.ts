import * as tf from '@tensorflow/tfjs-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../prep/split/seededRandom';
import { createFlatOptimizer } from './flatOptimizers';
import type { OptimizerName } from './neuralTypes';
import { useCpuBackend } from './testing/cpuBackend';

const SIZE = 40;
const STEPS = 6;

function uniforms(count: number, random: () => number, scale: number): Float32Array {
  return Float32Array.from({ length: count }, () => (random() * 2 - 1) * scale);
}

/** The optimiser the former taped step used for each name (rmsprop with Keras's rho). */
function tfjsOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  if (name === 'sgd') return tf.train.sgd(learningRate);
  if (name === 'rmsprop') return tf.train.rmsprop(learningRate, 0.9);
  return tf.train.adam(learningRate);
}

describe('flat optimisers against tfjs optimisers', () => {
  beforeAll(useCpuBackend);
  let baseline = 0;
  afterEach(() => expect(tf.memory().numTensors).toBe(baseline));

  it.each(['adam', 'sgd', 'rmsprop'] as const)(
    '%s takes the same steps as tf.train given scale * gradient',
    async (name) => {
      baseline = tf.memory().numTensors;
      const random = seededRandom(9);
      const start = uniforms(SIZE, random, 1);
      const ours = tf.tidy(() => tf.variable(tf.tensor1d(start), false) as tf.Variable<tf.Rank.R1>);
      const theirs = tf.tidy(() => tf.variable(tf.tensor1d(start)));
      const flat = createFlatOptimizer(name, 0.05, SIZE);
      const reference = tfjsOptimizer(name, 0.05);
      for (let step = 0; step < STEPS; step++) {
        // Gradient sizes and scales vary from step to step, as the last, smaller batch does.
        const scale = step === STEPS - 1 ? 0.8 : 0.25;
        const raw = tf.tensor1d(uniforms(SIZE, random, 3 + step));
        tf.tidy(() => flat.apply(ours, raw, scale));
        tf.tidy(() =>
          reference.applyGradients([{ name: theirs.name, tensor: tf.mul(raw, scale) }]),
        );
        raw.dispose();
        const [a, b] = [await ours.data(), await theirs.data()];
        const moved = Math.max(...b.map((value, i) => Math.abs(value - (start[i] ?? 0))));
        expect(moved).toBeGreaterThan(0.01 * (step + 1));
        b.forEach((value, i) => expect(a[i]).toBeCloseTo(value, 5));
      }
      flat.dispose();
      reference.dispose();
      tf.dispose([ours, theirs]);
    },
  );
});
