import * as tf from '@tensorflow/tfjs-core';
import { transposeStyleFor } from './backprop';
import type { EpochRunner, RunnerInputs } from './epochRunner';
import { evaluateLoss, rowTensors, trainOneEpoch, type EpochSetup } from './epochSteps';
import { cutsBatchesOnHost } from './hostBatches';
import { disposeKept, keepWeights, restoreWeights, type KeptWeights } from './keptWeights';
import { createTrainingState, disposeTrainingState, readTrainedLayers } from './trainingState';

/** Epochs of the hand-written step in tfjs ops, on the active tfjs backend. */
export function tensorRunner({
  train,
  validation,
  config,
  initial,
  random,
}: RunnerInputs): EpochRunner {
  const training = createTrainingState(initial, config.optimizer, config.learningRate, config.l2);
  const backend = tf.getBackend();
  const trainRows = rowTensors(train.x, train.cols, train.targets, cutsBatchesOnHost(backend));
  const validationRows =
    validation && rowTensors(validation.x, validation.cols, validation.targets);
  const setup: EpochSetup = {
    ...config,
    state: training,
    activation: config.spec.activation,
    output: config.spec.output,
    random,
    transposeStyle: transposeStyleFor(backend),
  };
  let kept: KeptWeights | null = null;
  return {
    trainEpoch: () => trainOneEpoch(trainRows, setup),
    validationLoss: async () =>
      validationRows === null ? null : await evaluateLoss(validationRows, setup),
    keepCurrent: () => {
      kept = keepWeights(kept, [training.params]);
    },
    restoreKept: () => {
      if (kept !== null) restoreWeights(kept, [training.params]);
    },
    readLayers: () => readTrainedLayers(training),
    dispose: () => {
      disposeKept(kept);
      disposeTrainingState(training);
      tf.dispose([trainRows.x, trainRows.targets]);
      if (validationRows !== null) tf.dispose([validationRows.x, validationRows.targets]);
    },
  };
}
