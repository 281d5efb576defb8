import * as tf from '@tensorflow/tfjs-core';
import {
  kernelMask,
  packLayers,
  parameterLayout,
  unpackLayers,
  type ParameterLayout,
} from './flatParameters';
import { createFlatOptimizer, type FlatOptimizer } from './flatOptimizers';
import type { LayerValues } from './initialWeights';
import type { OptimizerName } from './neuralTypes';

/** The tensors a training run updates: flat parameters, their optimiser, the L2 mask. */
export interface TrainingState {
  readonly layout: ParameterLayout;
  readonly params: tf.Variable<tf.Rank.R1>;
  readonly optimizer: FlatOptimizer;
  /** 1 at kernel weights, 0 at biases; null when there is no L2 penalty. */
  readonly l2Mask: tf.Tensor1D | null;
}

/** Parameters holding `layers` and a fresh optimiser for them (free with disposeTrainingState). */
export function createTrainingState(
  layers: readonly LayerValues[],
  optimizer: OptimizerName,
  learningRate: number,
  l2: number,
): TrainingState {
  const layout = parameterLayout(layers);
  const params = tf.tidy(
    () => tf.variable(tf.tensor1d(packLayers(layers, layout)), false) as tf.Variable<tf.Rank.R1>,
  );
  return {
    layout,
    params,
    optimizer: createFlatOptimizer(optimizer, learningRate, layout.size),
    l2Mask: l2 > 0 ? tf.tensor1d(kernelMask(layout)) : null,
  };
}

/** Frees every tensor of the state. */
export function disposeTrainingState(state: TrainingState): void {
  state.optimizer.dispose();
  tf.dispose([state.params, ...(state.l2Mask === null ? [] : [state.l2Mask])]);
}

/** The current parameter values, per layer. */
export async function readTrainedLayers(state: TrainingState): Promise<LayerValues[]> {
  const values = await state.params.data();
  return unpackLayers(Float32Array.from(values), state.layout);
}
