import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerName } from './neuralTypes';

/**
 * An optimiser over one flat parameter vector. `apply` takes the gradient as `scale * gradient`
 * (the backward pass leaves the loss's constant factor out) and updates `params` in place; call it
 * inside tf.tidy.
 */
export interface FlatOptimizer {
  apply(params: tf.Variable<tf.Rank.R1>, gradient: tf.Tensor1D, scale: number): void;
  dispose(): void;
}

// tfjs's defaults: Adam's betas, and Keras's rho for rmsprop.
const BETA1 = 0.9;
const BETA2 = 0.999;
const RHO = 0.9;

function zeros(size: number): tf.Variable<tf.Rank.R1> {
  return tf.tidy(() => tf.variable(tf.zeros([size]), false) as tf.Variable<tf.Rank.R1>);
}

/** Plain SGD: params -= learningRate * g. */
function sgd(learningRate: number): FlatOptimizer {
  return {
    apply: (params, gradient, scale) =>
      params.assign(tf.sub(params, tf.mul(gradient, learningRate * scale))),
    dispose: () => undefined,
  };
}

/** tfjs's RMSprop without momentum: ms = rho ms + (1 - rho) g^2; params -= lr g / sqrt(ms + eps). */
function rmsprop(learningRate: number, size: number, epsilon: number): FlatOptimizer {
  const meanSquare = zeros(size);
  return {
    apply: (params, gradient, scale) => {
      const squared = tf.mul(tf.square(gradient), (1 - RHO) * scale * scale);
      meanSquare.assign(tf.add(tf.mul(meanSquare, RHO), squared));
      const step = tf.div(gradient, tf.sqrt(tf.add(meanSquare, epsilon)));
      params.assign(tf.sub(params, tf.mul(step, learningRate * scale)));
    },
    dispose: () => meanSquare.dispose(),
  };
}

/**
 * tfjs's Adam, with the bias corrections folded into two scalars per step:
 * lr m^ / (sqrt(v^) + eps) = [lr sqrt(1 - b2^t) / (1 - b1^t)] m / (sqrt(v) + eps sqrt(1 - b2^t)).
 */
function adam(learningRate: number, size: number, epsilon: number): FlatOptimizer {
  const first = zeros(size);
  const second = zeros(size);
  let step = 0;
  return {
    apply: (params, gradient, scale) => {
      step += 1;
      const correction2 = Math.sqrt(1 - BETA2 ** step);
      const stepSize = (learningRate * correction2) / (1 - BETA1 ** step);
      first.assign(tf.add(tf.mul(first, BETA1), tf.mul(gradient, (1 - BETA1) * scale)));
      const squared = tf.mul(tf.square(gradient), (1 - BETA2) * scale * scale);
      second.assign(tf.add(tf.mul(second, BETA2), squared));
      const denominator = tf.add(tf.sqrt(second), epsilon * correction2);
      params.assign(tf.sub(params, tf.mul(tf.div(first, denominator), stepSize)));
    },
    dispose: () => tf.dispose([first, second]),
  };
}

/** A flat optimiser by name for `size` parameters; epsilon is the active backend's, as in tfjs. */
export function createFlatOptimizer(
  name: OptimizerName,
  learningRate: number,
  size: number,
): FlatOptimizer {
  const epsilon = tf.backend().epsilon();
  if (name === 'sgd') return sgd(learningRate);
  if (name === 'rmsprop') return rmsprop(learningRate, size, epsilon);
  return adam(learningRate, size, epsilon);
}
