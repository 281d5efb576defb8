import * as tf from '@tensorflow/tfjs-core';
import type { OutputActivation } from './neuralTypes';

/** How a batch's loss came out: a sum on the device, and the gradient at the logits. */
export interface OutputLoss {
  /** Sum of the per-element (MSE, binary) or per-row (softmax) losses; 1 or 1x1 elements. */
  readonly lossSum: tf.Tensor;
  /** The loss's gradient at the logits divided by `scale` (kept unscaled to save an op). */
  readonly delta: tf.Tensor2D;
  /** d(mean batch loss)/d(logits) = scale * delta. */
  readonly scale: number;
}

/**
 * The loss of logits against encoded targets, as tfjs's losses define it (MSE, sigmoid and
 * softmax cross-entropy, mean reduction), with its gradient at the logits: 2 (out - y) / (n k)
 * for MSE, (p - y) / (n k) for sigmoid and (p - y) / n for softmax.
 */
export function outputLoss(
  output: OutputActivation,
  logits: tf.Tensor2D,
  targets: tf.Tensor2D,
): OutputLoss {
  const [rows, units] = logits.shape;
  if (output === 'softmax') {
    const logProbabilities = tf.logSoftmax(logits);
    const lossSum = tf.neg(tf.sum(tf.mul(targets, logProbabilities)));
    const delta = tf.sub<tf.Tensor2D>(tf.exp(logProbabilities), targets);
    return { lossSum, delta, scale: 1 / rows };
  }
  if (output === 'sigmoid') {
    // softplus(z) - y z is the binary cross-entropy of sigmoid(z), stable for large |z|.
    const lossSum = tf.sum(tf.sub(tf.softplus(logits), tf.mul(targets, logits)));
    const delta = tf.sub<tf.Tensor2D>(tf.sigmoid(logits), targets);
    return { lossSum, delta, scale: 1 / (rows * units) };
  }
  const residual = tf.sub<tf.Tensor2D>(logits, targets);
  // One output: the sum of squares is a single 1x1 matMul instead of square + sum.
  const lossSum =
    units === 1 ? tf.matMul(residual, residual, true, false) : tf.sum(tf.square(residual));
  return { lossSum, delta: residual, scale: 2 / (rows * units) };
}

/** How many loss terms a row contributes to the mean (MSE and sigmoid: per unit; softmax: 1). */
export function lossTermsPerRow(output: OutputActivation, units: number): number {
  return output === 'softmax' ? 1 : units;
}
