import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../prep/split/seededRandom';
import { dropoutMultiplier } from '../backprop';
import { parameterLayout } from '../flatParameters';
import type { HiddenActivation, OutputActivation } from '../neuralTypes';
import { lossTermsPerRow } from '../outputLoss';
import { tapedGradient } from '../testing/autodiffOracle';
import { useCpuBackend } from '../testing/cpuBackend';
import { createStepBuffers } from './stepBuffers';
import { batchGradientInto } from './typedGradient';

const ROWS = 9;
const INPUTS = 3;
const HIDDEN = [5, 4];
const OUTPUT_UNITS: Record<OutputActivation, number> = { linear: 2, sigmoid: 1, softmax: 3 };

function uniforms(count: number, seed: number, scale = 1): Float32Array {
  const random = seededRandom(seed);
  return Float32Array.from({ length: count }, () => (random() * 2 - 1) * scale);
}

/** Targets an output layer is trained on: real values, 0/1 labels or one-hot rows. */
function targetsFor(output: OutputActivation, units: number): Float32Array {
  const random = seededRandom(5);
  const values = new Float32Array(ROWS * units);
  for (let row = 0; row < ROWS; row++) {
    if (output === 'softmax') values[row * units + Math.floor(random() * units)] = 1;
    for (let unit = 0; unit < units && output !== 'softmax'; unit++) {
      values[row * units + unit] = output === 'sigmoid' ? Math.round(random()) : random() * 4 - 2;
    }
  }
  return values;
}

interface Case {
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly dropout: number;
  readonly l2: number;
  /** Whether the products run in the WebAssembly SIMD kernel or in JavaScript. */
  readonly simd: boolean;
}

// The combinations batchGradient.test.ts checks for the tfjs step.
const cases: Case[] = [];
for (const activation of ['relu', 'tanh', 'elu', 'sigmoid'] as const)
  for (const output of ['linear', 'sigmoid', 'softmax'] as const)
    for (const [dropout, l2] of [
      [0, 0],
      [0.3, 0],
      [0, 0.05],
      [0.4, 0.02],
    ] as const)
      for (const simd of [true, false]) cases.push({ activation, output, dropout, l2, simd });

describe('typed-array gradients against tfjs autodiff', () => {
  beforeAll(useCpuBackend);

  it.each(cases)(
    '$activation hidden, $output output, dropout $dropout, l2 $l2, SIMD $simd',
    async ({ activation, output, dropout, l2, simd }) => {
      const units = OUTPUT_UNITS[output];
      const layout = parameterLayout(
        [INPUTS, ...HIDDEN].map((inputSize, i) => ({ inputSize, units: HIDDEN[i] ?? units })),
      );
      const params = uniforms(layout.size, 3, 0.9);
      const x = uniforms(ROWS * INPUTS, 4, 1.5);
      const targets = targetsFor(output, units);
      const step = dropout > 0 ? { rate: dropout, seed: 17 } : null;

      const buffers = createStepBuffers(layout, ROWS + 3, step !== null, simd);
      expect(buffers.arena.simd).toBe(simd);
      buffers.inputs[0]?.set(x);
      buffers.targets.set(targets);
      buffers.masks.forEach((mask, layer) => {
        const drawn = tf.tidy(() =>
          dropoutMultiplier([ROWS, HIDDEN[layer] ?? 0], dropout, 17 + layer),
        );
        mask.set(drawn.dataSync());
        drawn.dispose();
      });
      const network = { layout, activation, output, l2 };
      const lossSum = batchGradientInto(
        network,
        Float64Array.from(params),
        buffers,
        ROWS,
        step !== null,
      );

      const xTensor = tf.tensor2d(x, [ROWS, INPUTS]);
      const targetTensor = tf.tensor2d(targets, [ROWS, units]);
      const paramTensor = tf.tensor1d(params);
      const objective = { layout, activation, output, l2, dropout: step };
      const taped = tapedGradient(paramTensor, xTensor, targetTensor, objective);
      const expected = (await taped.gradient.data()) as Float32Array;
      const expectedLoss = (await taped.dataLoss.data())[0] ?? NaN;
      tf.dispose([xTensor, targetTensor, paramTensor, taped.gradient, taped.dataLoss]);

      const largest = Math.max(...expected.map(Math.abs));
      // The gradient is not trivially zero (a dead network would pass any comparison).
      expect(largest).toBeGreaterThan(1e-3);
      const tolerance = 2e-5 * Math.max(1, largest);
      expected.forEach((value, i) =>
        expect(Math.abs((buffers.gradient[i] ?? NaN) - value)).toBeLessThan(tolerance),
      );
      expect(lossSum / (ROWS * lossTermsPerRow(output, units))).toBeCloseTo(expectedLoss, 5);
    },
  );
});
