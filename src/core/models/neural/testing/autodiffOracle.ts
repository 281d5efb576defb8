import * as tf from '@tensorflow/tfjs-core';
import { layerViews, type ParameterLayout } from '../flatParameters';
import { forwardLogits, l2Penalty, meanDataLoss, type DropoutStep } from '../mlpGraph';
import type { HiddenActivation, OutputActivation } from '../neuralTypes';

/** The objective training minimises, as the former taped training step wrote it. */
export interface OracleObjective {
  readonly layout: ParameterLayout;
  readonly activation: HiddenActivation;
  readonly output: OutputActivation;
  readonly l2: number;
  readonly dropout: DropoutStep | null;
}

/**
 * tfjs's autodiff of mean data loss + l2 * sum of squared kernels with respect to the flat
 * parameters: the test oracle for the hand-written gradients. Needs the gradient registry
 * (testing/cpuBackend.ts loads it). Returns the gradient and the data loss without L2.
 */
export function tapedGradient(
  params: tf.Tensor1D,
  x: tf.Tensor2D,
  targets: tf.Tensor2D,
  objective: OracleObjective,
): { gradient: tf.Tensor1D; dataLoss: tf.Scalar } {
  return tf.tidy(() => {
    const dataLoss = (flat: tf.Tensor): tf.Scalar => {
      const { kernels, biases } = layerViews(flat as tf.Tensor1D, objective.layout);
      const logits = forwardLogits(kernels, biases, objective.activation, x, objective.dropout);
      return meanDataLoss(objective.output, logits, targets);
    };
    const total = (flat: tf.Tensor): tf.Scalar => {
      if (objective.l2 === 0) return dataLoss(flat);
      const { kernels } = layerViews(flat as tf.Tensor1D, objective.layout);
      return tf.add(dataLoss(flat), l2Penalty(kernels, objective.l2));
    };
    const [gradient] = tf.grads(total)([params]);
    if (gradient === undefined) throw new Error('tapedGradient: no gradient');
    return { gradient: gradient as tf.Tensor1D, dataLoss: dataLoss(params) };
  });
}
