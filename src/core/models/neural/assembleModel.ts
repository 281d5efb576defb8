import * as tf from '@tensorflow/tfjs-core';
import type { TaskType } from '../modelTypes';
import { layerSizesOf, type MlpSpec } from './initialWeights';
import type { NeuralModel, NeuralNotice, NeuralOptions } from './neuralTypes';
import type { OutputEncoding } from './targetEncoding';
import type { MlpTrainingRun } from './trainMlp';

/** The English notice (and failure message) for a run whose loss stopped being finite. */
export function divergedNotice(run: MlpTrainingRun, learningRate: number): NeuralNotice {
  const epoch = run.history.length + 1;
  const suggested = Number((learningRate / 10).toPrecision(2));
  const kept = run.bestEpoch > 0 ? ` The weights from epoch ${run.bestEpoch} are kept.` : '';
  return {
    code: 'diverged',
    params: { epoch, keptEpoch: run.bestEpoch, learningRate, suggestedLearningRate: suggested },
    message:
      `Training became unstable at epoch ${epoch} (the loss was no longer a number).${kept} ` +
      `Try a lower learning rate, for example ${suggested} instead of ${learningRate}.`,
  };
}

/** The last progress message of a run that produced a model. */
export function finishedMessage(run: MlpTrainingRun): string {
  const ran = run.history.length;
  if (run.stopReason === 'early-stopping') {
    return `Stopped early after ${ran} epochs; kept epoch ${run.bestEpoch}, the one with the lowest loss.`;
  }
  return `Trained for ${ran} epochs; kept epoch ${run.bestEpoch}.`;
}

/** The fitted model as plain JSON data, with notices about how the run ended. */
export function assembleModel(
  options: NeuralOptions,
  spec: MlpSpec,
  encoding: OutputEncoding,
  run: MlpTrainingRun,
  task: TaskType,
): NeuralModel {
  const notices: NeuralNotice[] = [];
  if (run.stopReason === 'diverged') {
    notices.push(divergedNotice(run, options.learningRate));
  } else if (run.stopReason === 'stopped') {
    const epoch = run.history.length;
    const message = `Training was stopped after epoch ${epoch}; the weights from epoch ${run.bestEpoch} are kept.`;
    notices.push({ code: 'stopped', params: { epoch }, message });
  }
  const last = run.layers.length - 1;
  return {
    format: 'sheetsense-mlp-v1',
    task,
    inputSize: spec.inputSize,
    layerSizes: layerSizesOf(spec),
    layers: run.layers.map((layer, index) => ({
      inputSize: layer.inputSize,
      units: layer.units,
      activation: index === last ? spec.output : spec.activation,
      weights: Array.from(layer.weights),
      biases: Array.from(layer.biases),
    })),
    targetScale: encoding.targetScale,
    classCount: encoding.classCount,
    lossHistory: run.history,
    bestEpoch: run.bestEpoch,
    stopReason: run.stopReason,
    backend: tf.getBackend(),
    options,
    notices,
  };
}
