import { predictLinear } from './linear/predictLinear';
import type { LinearModel } from './linear/linearTypes';
import type { Matrix, ModelKind, Predictions } from './modelTypes';
import { forwardPass } from './neural/forwardPass';
import type { NeuralModel } from './neural/neuralTypes';
import { predictionsFromOutputs } from './neural/predictions';
import { predictFittedSvm, type FittedSvm } from './svm/plugin';

export type Predictor = (model: unknown, data: Matrix) => Predictions;

/**
 * Prediction only, for scoring and charts: no training code and no tfjs (the neural network's
 * forward pass is plain TypeScript), so a results worker stays small.
 */
export function predictorOf(kind: ModelKind): Predictor {
  switch (kind) {
    case 'linear':
      return (model, data) => predictLinear(model as LinearModel, data);
    case 'svm':
      return (model, data) => predictFittedSvm(model as FittedSvm, data);
    case 'neural':
      return (model, data) =>
        predictionsFromOutputs(model as NeuralModel, forwardPass(model as NeuralModel, data));
  }
}
