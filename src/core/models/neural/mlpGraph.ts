import * as tf from '@tensorflow/tfjs-core';
import type { HiddenActivation, OutputActivation } from './neuralTypes';

/** Dropout for one training step; the seed changes per step so masks differ but replay exactly. */
export interface DropoutStep {
  readonly rate: number;
  readonly seed: number;
}

/** Applies a hidden-layer or output activation; the same definitions as the pure forward pass. */
export function activate(
  x: tf.Tensor2D,
  activation: HiddenActivation | OutputActivation,
): tf.Tensor2D {
  switch (activation) {
    case 'relu':
      return tf.relu(x);
    case 'tanh':
      return tf.tanh(x);
    case 'elu':
      return tf.elu(x);
    case 'sigmoid':
      return tf.sigmoid(x);
    case 'softmax':
      return tf.softmax(x);
    case 'linear':
      return x;
  }
}

/** Output-layer pre-activations (logits); dropout follows each hidden layer when training. */
export function forwardLogits(
  kernels: readonly tf.Tensor2D[],
  biases: readonly tf.Tensor1D[],
  hiddenActivation: HiddenActivation,
  x: tf.Tensor2D,
  dropout: DropoutStep | null,
): tf.Tensor2D {
  let current = x;
  const last = kernels.length - 1;
  for (let layer = 0; layer <= last; layer++) {
    const kernel = kernels[layer] as tf.Tensor2D;
    const bias = biases[layer] as tf.Tensor1D;
    const z = tf.add<tf.Tensor2D>(tf.matMul(current, kernel), bias);
    if (layer === last) return z;
    current = activate(z, hiddenActivation);
    if (dropout !== null && dropout.rate > 0) {
      current = tf.dropout(current, dropout.rate, undefined, dropout.seed + layer) as tf.Tensor2D;
    }
  }
  return current;
}

/** Mean loss of logits against encoded targets: MSE, binary or categorical cross-entropy. */
export function meanDataLoss(
  output: OutputActivation,
  logits: tf.Tensor2D,
  targets: tf.Tensor2D,
): tf.Scalar {
  if (output === 'sigmoid') return tf.losses.sigmoidCrossEntropy(targets, logits);
  if (output === 'softmax') return tf.losses.softmaxCrossEntropy(targets, logits);
  return tf.losses.meanSquaredError(targets, logits);
}

/** Keras's L2 penalty: l2 times the sum of squared kernel weights (biases are not penalised). */
export function l2Penalty(kernels: readonly tf.Tensor2D[], l2: number): tf.Scalar {
  const sums = kernels.map((kernel) => tf.sum(tf.square(kernel)));
  return tf.mul(tf.addN(sums), l2);
}
