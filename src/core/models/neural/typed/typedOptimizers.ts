import * as tf from '@tensorflow/tfjs-core';
import { packLayers, parameterLayout } from '../flatParameters';
import type { LayerValues } from '../initialWeights';
import type { OptimizerName } from '../neuralTypes';

/** An optimiser that updates a flat parameter vector in place from its gradient. */
export interface TypedOptimizer {
  apply(params: Float64Array, gradient: Float64Array): void;
}

// tfjs's defaults, as in flatOptimizers.ts: Adam's betas, and Keras's rho for rmsprop.
const BETA1 = 0.9;
const BETA2 = 0.999;
const RHO = 0.9;

function sgd(learningRate: number): TypedOptimizer {
  return {
    apply: (params, gradient) => {
      for (let k = 0; k < params.length; k++)
        params[k] = (params[k] as number) - learningRate * (gradient[k] as number);
    },
  };
}

/** RMSprop without momentum: ms = rho ms + (1 - rho) g^2; params -= lr g / sqrt(ms + eps). */
function rmsprop(learningRate: number, size: number, epsilon: number): TypedOptimizer {
  const meanSquare = new Float64Array(size);
  return {
    apply: (params, gradient) => {
      for (let k = 0; k < size; k++) {
        const g = gradient[k] as number;
        const ms = RHO * (meanSquare[k] as number) + (1 - RHO) * g * g;
        meanSquare[k] = ms;
        params[k] = (params[k] as number) - (learningRate * g) / Math.sqrt(ms + epsilon);
      }
    },
  };
}

/** Adam with the bias corrections folded into two scalars per step, as flatOptimizers.ts does. */
function adam(learningRate: number, size: number, epsilon: number): TypedOptimizer {
  const first = new Float64Array(size);
  const second = new Float64Array(size);
  let step = 0;
  return {
    apply: (params, gradient) => {
      step += 1;
      const correction2 = Math.sqrt(1 - BETA2 ** step);
      const stepSize = (learningRate * correction2) / (1 - BETA1 ** step);
      const shiftedEpsilon = epsilon * correction2;
      for (let k = 0; k < size; k++) {
        const g = gradient[k] as number;
        const m = BETA1 * (first[k] as number) + (1 - BETA1) * g;
        const v = BETA2 * (second[k] as number) + (1 - BETA2) * g * g;
        first[k] = m;
        second[k] = v;
        params[k] = (params[k] as number) - (stepSize * m) / (Math.sqrt(v) + shiftedEpsilon);
      }
    },
  };
}

/**
 * The same optimiser maths as createFlatOptimizer, on a Float64Array of `size` parameters;
 * `epsilon` is the tfjs backend's (1e-7 on cpu) so both paths take the same steps.
 */
export function createTypedOptimizer(
  name: OptimizerName,
  learningRate: number,
  size: number,
  epsilon: number,
): TypedOptimizer {
  if (name === 'sgd') return sgd(learningRate);
  if (name === 'rmsprop') return rmsprop(learningRate, size, epsilon);
  return adam(learningRate, size, epsilon);
}

/**
 * What both host-side runners start from: the initial layers packed into one Float64Array, its
 * layout, and the optimiser over it (with the active tfjs backend's epsilon, as its optimisers).
 */
export function hostParameters(
  initial: readonly LayerValues[],
  config: { readonly optimizer: OptimizerName; readonly learningRate: number },
) {
  const layout = parameterLayout(initial);
  const params = Float64Array.from(packLayers(initial, layout));
  const epsilon = tf.backend().epsilon();
  const optimizer = createTypedOptimizer(
    config.optimizer,
    config.learningRate,
    layout.size,
    epsilon,
  );
  return { layout, params, optimizer };
}
