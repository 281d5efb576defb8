import type { ModelMeta } from '../modelTypes';
import type { NeuralOptions } from './neuralTypes';

/** Preset architectures for the options form; `parseHiddenLayers` accepts any such list. */
export const HIDDEN_LAYER_PRESETS = [
  '16',
  '32',
  '64',
  '128',
  '32,16',
  '64,32',
  '128,64',
  '64,32,16',
  '128,64,32',
] as const;

const DEFAULTS: NeuralOptions = {
  hiddenLayers: '32,16',
  activation: 'relu',
  dropout: 0,
  l2: 0,
  optimizer: 'adam',
  // Adam at 0.01 reaches scikit-learn's held-out scores on small tables in tens of epochs
  // (neural.sklearn.test.ts); early stopping keeps the best epoch if it overshoots.
  learningRate: 0.01,
  batchSize: 64,
  epochs: 200,
  patience: 10,
};

/** Form description and defaults of the neural plug-in (same defaults for both tasks). */
export const neuralMeta: ModelMeta<NeuralOptions> = {
  kind: 'neural',
  tasks: ['regression', 'classification'],
  wantsStandardised: true,
  defaults: () => DEFAULTS,
  options: [
    { key: 'hiddenLayers', kind: 'choice', choices: HIDDEN_LAYER_PRESETS },
    { key: 'activation', kind: 'choice', choices: ['relu', 'tanh', 'elu', 'sigmoid'] },
    { key: 'dropout', kind: 'number', min: 0, max: 0.9, step: 0.05 },
    { key: 'l2', kind: 'number', min: 0, max: 1, step: 0.0001 },
    { key: 'optimizer', kind: 'choice', choices: ['adam', 'sgd', 'rmsprop'] },
    { key: 'learningRate', kind: 'number', min: 1e-5, max: 1, log: true },
    { key: 'batchSize', kind: 'number', min: 1, max: 8192, step: 1, log: true },
    { key: 'epochs', kind: 'number', min: 1, max: 2000, step: 1 },
    { key: 'patience', kind: 'number', min: 0, max: 200, step: 1 },
  ],
};
