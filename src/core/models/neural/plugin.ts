import { fail, ok, type Result } from '../../result';
import type { ModelPlugin, TrainContext, TrainError, TrainingSet } from '../modelTypes';
import { assembleModel, divergedNotice, finishedMessage } from './assembleModel';
import { checkNeuralOptions, checkTrainingRows } from './checkInputs';
import { forwardPass } from './forwardPass';
import type { MlpSpec } from './initialWeights';
import { neuralMeta } from './meta';
import type { NeuralModel, NeuralOptions } from './neuralTypes';
import { predictionsFromOutputs } from './predictions';
import { encodeTargets, outputEncodingFor, type OutputEncoding } from './targetEncoding';
import {
  trainMlp,
  type EncodedRows,
  type MlpTrainingConfig,
  type MlpTrainingHooks,
} from './trainMlp';

function trainingConfig(
  data: TrainingSet,
  options: NeuralOptions,
  hiddenUnits: number[],
  encoding: OutputEncoding,
  seed: number,
): MlpTrainingConfig {
  const { output, outputUnits } = encoding;
  const spec: MlpSpec = {
    inputSize: data.cols,
    hiddenUnits,
    activation: options.activation,
    output,
    outputUnits,
  };
  // A batch larger than the data is the whole data (as Keras does).
  return { ...options, spec, batchSize: Math.min(options.batchSize, data.rows), seed };
}

/**
 * Trains the network; `hooks.shouldStop` (not part of the plug-in contract) is polled between
 * epochs. A loss that blows up in the first epoch is a `diverged` failure; later, a notice.
 */
export async function trainNeural(
  data: TrainingSet,
  options: NeuralOptions,
  context: TrainContext,
  hooks: Pick<MlpTrainingHooks, 'shouldStop'> = {},
): Promise<Result<NeuralModel, TrainError>> {
  const hidden = checkNeuralOptions(options);
  if (!hidden.ok) return hidden;
  // An empty held-out set would make every validation loss 0 / 0.
  const validation =
    context.validation !== null && context.validation.rows > 0 ? context.validation : null;
  const rowsCheck = checkTrainingRows(context.task, data, validation);
  if (!rowsCheck.ok) return rowsCheck;
  const encoding = outputEncodingFor(context.task, data);
  const config = trainingConfig(data, options, hidden.value, encoding, context.seed);
  const encode = (set: TrainingSet): EncodedRows => ({
    x: set.x,
    cols: set.cols,
    targets: encodeTargets(set.y, encoding),
  });
  const run = await trainMlp(encode(data), validation && encode(validation), config, {
    ...hooks,
    onEpoch: ({ epoch, loss, valLoss }) =>
      context.onProgress({
        fraction: epoch / options.epochs,
        epoch,
        loss,
        ...(valLoss === null ? {} : { valLoss }),
      }),
  });
  if (run.stopReason === 'diverged' && run.bestEpoch === 0) {
    const notice = divergedNotice(run, options.learningRate);
    return fail({ code: 'diverged', message: notice.message });
  }
  context.onProgress({ fraction: 1, message: finishedMessage(run) });
  return ok(assembleModel(options, config.spec, encoding, run, context.task));
}

/** The neural-network plug-in: an MLP trained with tfjs, scored in plain TypeScript. */
export const neuralPlugin: ModelPlugin<NeuralOptions, NeuralModel> = {
  meta: neuralMeta,
  train: (data, options, context) => trainNeural(data, options, context),
  predict: (model, data) => predictionsFromOutputs(model, forwardPass(model, data)),
};
