import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../prep/split/seededRandom';
import { augmentedInput, type TransposeStyle } from './backprop';
import { batchGradient } from './batchGradient';
import { kernelMask, parameterLayout } from './flatParameters';
import type { HiddenActivation, OutputActivation } from './neuralTypes';
import { lossTermsPerRow } from './outputLoss';
import { tapedGradient } from './testing/autodiffOracle';
import { useCpuBackend } from './testing/cpuBackend';

const ROWS = 9;
const INPUTS = 3;
const HIDDEN = [5, 4];
const OUTPUT_UNITS: Record<OutputActivation, number> = { linear: 2, sigmoid: 1, softmax: 3 };

function uniforms(count: number, seed: number, scale = 1): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: count }, () => (random() * 2 - 1) * scale);
}

/** Targets an output layer is trained on: real values, 0/1 labels or one-hot rows. */
function targetsFor(output: OutputActivation, units: number): tf.Tensor2D {
  const random = seededRandom(5);
  const values = new Float32Array(ROWS * units);
  for (let row = 0; row < ROWS; row++) {
    if (output === 'softmax') values[row * units + Math.floor(random() * units)] = 1;
    for (let unit = 0; unit < units && output !== 'softmax'; unit++) {
      values[row * units + unit] = output === 'sigmoid' ? Math.round(random()) : random() * 4 - 2;
    }
  }
  return tf.tensor2d(values, [ROWS, units]);
}

interface Case {
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly dropout: number;
  readonly l2: number;
  readonly style: TransposeStyle;
}

const cases: Case[] = [];
for (const activation of ['relu', 'tanh', 'elu', 'sigmoid'] as const)
  for (const output of ['linear', 'sigmoid', 'softmax'] as const)
    for (const [dropout, l2] of [
      [0, 0],
      [0.3, 0],
      [0, 0.05],
      [0.4, 0.02],
    ] as const)
      for (const style of ['flags', 'explicit'] as const)
        cases.push({ activation, output, dropout, l2, style });

function maxAbsDifference(a: Float32Array, b: Float32Array): number {
  return a.reduce((max, value, i) => Math.max(max, Math.abs(value - (b[i] ?? NaN))), 0);
}

describe('hand-written gradients against tfjs autodiff (the former taped step)', () => {
  beforeAll(useCpuBackend);

  it.each(cases)(
    '$activation hidden, $output output, dropout $dropout, l2 $l2, $style transposes',
    async ({ activation, output, dropout, l2, style }) => {
      const units = OUTPUT_UNITS[output];
      const layout = parameterLayout(
        [INPUTS, ...HIDDEN].map((inputSize, i) => ({ inputSize, units: HIDDEN[i] ?? units })),
      );
      const baseline = tf.memory().numTensors;
      const params = tf.tensor1d(uniforms(layout.size, 3, 0.9));
      const x = tf.tensor2d(uniforms(ROWS * INPUTS, 4, 1.5), [ROWS, INPUTS]);
      const targets = targetsFor(output, units);
      const l2Mask = tf.tensor1d(kernelMask(layout));
      const step = dropout > 0 ? { rate: dropout, seed: 17 } : null;
      const [ours, oursLoss] = tf.tidy(() => {
        const batch = { x, targets, augmented: augmentedInput(x, style) };
        const setup = { layout, activation, output, l2, l2Mask, transposeStyle: style };
        const { gradient, scale, lossSum } = batchGradient(params, batch, setup, step);
        const terms = ROWS * lossTermsPerRow(output, units);
        return [tf.mul(gradient, scale), tf.div(tf.sum(lossSum), terms)];
      });
      const objective = { layout, activation, output, l2, dropout: step };
      const taped = tapedGradient(params, x, targets, objective);

      const expected = (await taped.gradient.data()) as Float32Array;
      const tolerance = 2e-5 * Math.max(1, ...expected.map(Math.abs));
      expect(maxAbsDifference((await ours.data()) as Float32Array, expected)).toBeLessThan(
        tolerance,
      );
      // The gradient is not trivially zero (a dead network would pass any comparison).
      expect(Math.max(...expected.map(Math.abs))).toBeGreaterThan(1e-3);
      expect((await oursLoss.data())[0]).toBeCloseTo((await taped.dataLoss.data())[0] ?? NaN, 5);

      tf.dispose([params, x, targets, l2Mask, ours, oursLoss, taped.gradient, taped.dataLoss]);
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );
});
