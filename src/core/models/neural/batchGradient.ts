import * as tf from '@tensorflow/tfjs-core';
import { backward, forwardTrace, type TransposeStyle } from './backprop';
import { layerViews, type ParameterLayout } from './flatParameters';
import type { DropoutStep } from './mlpGraph';
import type { HiddenActivation, OutputActivation } from './neuralTypes';
import { outputLoss } from './outputLoss';

/** One batch: inputs, encoded targets and augmentedInput(inputs, style). */
export interface Batch {
  readonly x: tf.Tensor2D;
  readonly targets: tf.Tensor2D;
  readonly augmented: tf.Tensor2D;
}

/** The network and loss a gradient is taken of. */
export interface GradientSetup {
  readonly layout: ParameterLayout;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly l2: number;
  /** 1 at kernel weights, 0 at biases (needed when l2 > 0). */
  readonly l2Mask: tf.Tensor1D | null;
  readonly transposeStyle: TransposeStyle;
}

/** A batch's objective gradient, `scale * gradient`, and its data-loss sum. */
export interface BatchGradient {
  readonly gradient: tf.Tensor1D;
  readonly scale: number;
  /** Sum of the data-loss terms (no L2), still on the device. */
  readonly lossSum: tf.Tensor;
}

/**
 * The gradient of (mean data loss + l2 * sum of squared kernel weights) with respect to the flat
 * parameters, written out by hand rather than taped: forward pass, loss gradient at the logits,
 * backpropagation, L2 term. Run inside tf.tidy; equals tf.grads of the same objective
 * (batchGradient.test.ts).
 */
export function batchGradient(
  params: tf.Tensor1D,
  batch: Batch,
  setup: GradientSetup,
  dropout: DropoutStep | null,
): BatchGradient {
  const views = layerViews(params, setup.layout);
  const trace = forwardTrace(views, batch.x, setup.activation, dropout);
  const { lossSum, delta, scale } = outputLoss(setup.output, trace.logits, batch.targets);
  const style = setup.transposeStyle;
  let gradient = backward(views, trace, delta, setup.activation, style, batch.augmented);
  if (setup.l2 > 0) {
    if (setup.l2Mask === null) throw new Error('batchGradient: l2 > 0 needs l2Mask');
    // Keras's penalty l2 * sum(W^2) adds 2 l2 W to the kernels' gradient (in units of scale).
    gradient = tf.add(gradient, tf.mul(tf.mul(params, setup.l2Mask), (2 * setup.l2) / scale));
  }
  return { gradient, scale, lossSum };
}
