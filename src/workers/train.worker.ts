import * as Comlink from 'comlink';
import { pluginOf } from '../core/models/modelPlugins';
import { runTraining, type BeforeTrain } from '../core/training/runTraining';
import type { BackendChoice } from '../core/training/trainingTypes';
import type { TrainWorkerApi } from './trainApi';

/** Registers tfjs backends only when a neural network trains (tfjs is loaded on demand). */
function neuralBackendPicker(choice: BackendChoice): BeforeTrain {
  return async (train, options) => {
    const { prepareNeuralBackend } = await import('./neuralBackend');
    return prepareNeuralBackend(choice, train, options);
  };
}

const api: TrainWorkerApi = {
  async train(table, setup, request, onProgress) {
    const plugin = pluginOf(request.kind);
    const beforeTrain = request.kind === 'neural' ? neuralBackendPicker(request.backend) : null;
    return runTraining(table, setup, request, plugin, onProgress, beforeTrain);
  },
};

Comlink.expose(api);
